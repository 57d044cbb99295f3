import { LocalDate, Public } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Partnership } from "../entities/index.js";
import { trainingStatisticsPeriod } from "./statistics-resolver.js";
import { TrainingStatistics } from "../types/outputs.js";

/** The partnership's training for a period: the training part of the annual report in one query. */
@Resolver(() => Partnership)
export class PartnershipTrainingResolver {
  @FieldResolver(() => TrainingStatistics, {
    nullable: true,
    description:
      "The training figures for a period, as trainingStatistics gives them. Only for the partnership the request acts in; FORBIDDEN for any other.",
  })
  @Public()
  trainingStatistics(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: TrainingContext,
  ) {
    return trainingStatisticsPeriod(ctx, partnership.id, from, to);
  }
}
