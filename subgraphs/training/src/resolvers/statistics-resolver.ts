import {
  actingPartnership,
  badUserInput,
  DataCategory,
  forbidden,
  hasDetailAccess,
  LocalDate,
  Sensitive,
  suppress,
  suppressBreakdown,
} from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Participation } from "../types/participation-counts.js";
import { TrainingParticipation } from "../types/participation.js";
import { publishedParticipation } from "./published-participation.js";
import { AgencyLevelCount, LevelCount, TrainingStatistics } from "../types/outputs.js";

type StatisticsPeriod = Pick<TrainingStatistics, "partnershipId" | "from" | "to" | "qualified" | "participation">;

/** Training figures count training records of named people: exact only for callers granted PERSONNEL. */
export const TRAINING_FIGURES_CATEGORY = DataCategory.PERSONNEL;

/** Counts by level as the one suppression routine publishes them for this caller. */
export function publishedLevels(
  rows: ReadonlyArray<{ level: LevelCount["level"] & string; count: number }>,
  detailAccess: boolean,
): LevelCount[] {
  return suppressBreakdown(
    rows.map(({ level, count }) => ({ key: level, count })),
    detailAccess,
    { order: "given" },
  ).map(({ key, ...count }) => ({ level: key, ...count }));
}

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

const detail = (ctx: TrainingContext) => hasDetailAccess(ctx.caller, TRAINING_FIGURES_CATEGORY);

function qualified(period: StatisticsPeriod, ctx: TrainingContext): Promise<number> {
  period.qualified ??= ctx.statistics.qualifiedFirstResponders(period.partnershipId, period.to);
  return period.qualified;
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
  async peopleTrainedByLevel(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return publishedLevels(await ctx.statistics.peopleTrainedByLevel(period), detail(ctx));
  }

  @FieldResolver(() => [AgencyLevelCount], { nullable: true })
  async peopleTrainedByAgency(
    @Root() period: StatisticsPeriod,
    @Ctx() ctx: TrainingContext,
  ): Promise<AgencyLevelCount[]> {
    const rows = (await ctx.statistics.peopleTrainedByAgency(period)).map(({ agencyId, level, count }) => ({
      key: { agencyId, level },
      count,
    }));
    return suppressBreakdown(rows, detail(ctx), { order: "given" }).map(({ key, ...count }) => ({
      agencyId: key?.agencyId ?? null,
      agency: key ? { id: key.agencyId } : null,
      level: key?.level ?? null,
      ...count,
    }));
  }

  @FieldResolver(() => [LevelCount], { nullable: true })
  async sessionsDelivered(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return publishedLevels(await ctx.statistics.sessionsDelivered(period), detail(ctx));
  }

  @FieldResolver(() => Int, { nullable: true })
  async qualifiedFirstResponders(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return suppress(await qualified(period, ctx), detail(ctx)).count;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  async qualifiedFirstRespondersSuppressed(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return suppress(await qualified(period, ctx), detail(ctx)).suppressed;
  }

  @FieldResolver(() => TrainingParticipation, {
    nullable: true,
    description:
      "People who attended training in the period: present at a session or course, whether they completed it (a certificate) or only attended (webinars and briefings issue none). In all and by course, format, level, agency and sector.",
  })
  @Sensitive(DataCategory.STATISTICS)
  attended(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return publishedParticipation(period, Participation.ATTENDED, ctx, detail(ctx));
  }

  @FieldResolver(() => TrainingParticipation, {
    nullable: true,
    description:
      "People who completed training in the period (a certificate issued), in all and by course, format, level, agency and sector; by level it is peopleTrainedByLevel.",
  })
  @Sensitive(DataCategory.STATISTICS)
  completed(@Root() period: StatisticsPeriod, @Ctx() ctx: TrainingContext) {
    return publishedParticipation(period, Participation.COMPLETED, ctx, detail(ctx));
  }
}
