import { LocalDate, Public } from "@partnership/runtime";
import { Arg, FieldResolver, Resolver } from "type-graphql";
import { Partnership } from "../entities/index.js";
import { TrainingStatisticsResolver } from "./statistics-resolver.js";
import { TrainingStatistics } from "./types.js";

/** The partnership's training for a period: the training part of the annual report in one query. */
@Resolver(() => Partnership)
export class PartnershipTrainingResolver {
  @FieldResolver(() => TrainingStatistics, {
    description: "The training figures for a period, as trainingStatistics gives them.",
  })
  @Public()
  trainingStatistics(
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
  ) {
    return new TrainingStatisticsResolver().trainingStatistics(from, to);
  }
}
