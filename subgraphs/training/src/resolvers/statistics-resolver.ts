import { actingPartnership, badUserInput, forbidden, LocalDate } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { AgencyLevelCount, LevelCount, TrainingStatistics } from "./types.js";

type StatisticsPeriod = Pick<TrainingStatistics, "partnershipId" | "from" | "to">;

/**
 * The period whose figures a statistics field answers. Figures are only ever the acting
 * partnership's: asking for another partnership's (even one the caller's agency also belongs to,
 * acting elsewhere) is refused rather than answered with its numbers or with empty ones.
 */
export function trainingStatisticsPeriod(
  ctx: TrainingContext,
  partnershipId: string | null,
  from: string,
  to: string,
): StatisticsPeriod {
  const acting = actingPartnership(ctx.caller);
  if (partnershipId !== null && partnershipId !== acting.id)
    throw forbidden(
      `training figures are given only for the partnership the request acts in (${acting.id}); send x-partnership-id to act in partnership ${partnershipId}`,
    );
  if (to < from) throw badUserInput("to", `must not be before from (${from})`);
  return { partnershipId: acting.id, from, to };
}

@Resolver(() => TrainingStatistics)
export class TrainingStatisticsResolver {
  @Query(() => TrainingStatistics, {
    description:
      "The training figures for a period (e.g. a financial year) of the partnership the request acts in: its sessions and completions only.",
  })
  trainingStatistics(
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period." }) to: string,
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership whose figures these are; must be the one the request acts in (FORBIDDEN otherwise). That one when empty.",
    })
    partnershipId: string | null,
    @Ctx() ctx: TrainingContext,
  ): StatisticsPeriod {
    return trainingStatisticsPeriod(ctx, partnershipId ?? null, from, to);
  }

  @FieldResolver(() => [LevelCount], { nullable: true })
  peopleTrainedByLevel(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.peopleTrainedByLevel(period);
  }

  @FieldResolver(() => [AgencyLevelCount], { nullable: true })
  async peopleTrainedByAgency(
    @Root() period: StatisticsPeriod,
    @Ctx() ctx: TrainingContext,
  ): Promise<AgencyLevelCount[]> {
    return (await ctx.statistics.peopleTrainedByAgency(period)).map(({ agencyId, level, count }) => ({
      agency: { id: agencyId },
      level,
      count,
    }));
  }

  @FieldResolver(() => [LevelCount], { nullable: true })
  sessionsDelivered(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.sessionsDelivered(period);
  }

  @FieldResolver(() => Int, { nullable: true })
  qualifiedFirstResponders(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return ctx.statistics.qualifiedFirstResponders(period.partnershipId, period.to);
  }
}
