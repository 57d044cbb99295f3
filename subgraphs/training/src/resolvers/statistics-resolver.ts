import { badUserInput, LocalDate } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { AgencyLevelCount, LevelCount, TrainingStatistics } from "./types.js";

@Resolver(() => TrainingStatistics)
export class TrainingStatisticsResolver {
  @Query(() => TrainingStatistics, {
    description: "The partnership's training figures for a period (e.g. a financial year).",
  })
  trainingStatistics(
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period." }) to: string,
  ): Pick<TrainingStatistics, "from" | "to"> {
    if (to < from) throw badUserInput("to", `must not be before from (${from})`);
    return { from, to };
  }

  @FieldResolver(() => [LevelCount], { nullable: true })
  peopleTrainedByLevel(@Root() period: TrainingStatistics, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.peopleTrainedByLevel(period);
  }

  @FieldResolver(() => [AgencyLevelCount], { nullable: true })
  async peopleTrainedByAgency(
    @Root() period: TrainingStatistics,
    @Ctx() ctx: TrainingContext,
  ): Promise<AgencyLevelCount[]> {
    return (await ctx.statistics.peopleTrainedByAgency(period)).map(({ agencyId, level, count }) => ({
      agency: { id: agencyId },
      level,
      count,
    }));
  }

  @FieldResolver(() => [LevelCount], { nullable: true })
  sessionsDelivered(@Root() period: TrainingStatistics, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.sessionsDelivered(period);
  }

  @FieldResolver(() => Int, { nullable: true })
  qualifiedFirstResponders(@Root() period: TrainingStatistics, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.qualifiedFirstResponders(period.to);
  }
}
