import { type Suppressible, suppress, suppressBreakdown } from "@partnership/runtime";
import type { TrainingContext } from "../context.js";
import { Course } from "../entities/index.js";
import { type KeyedCount, Participation, type ParticipationCounts } from "../types/participation-counts.js";
import type { TrainingParticipation } from "../types/participation.js";
import type { TrainingStatistics } from "../types/outputs.js";

type StatisticsPeriod = Pick<TrainingStatistics, "partnershipId" | "from" | "to" | "participation">;

/** The period's attendance and completion counts, counted once per request for every field that shows them. */
function counts(period: StatisticsPeriod, ctx: TrainingContext): Promise<ParticipationCounts> {
  period.participation ??= ctx.statistics.participation(
    period,
    (ctx.caller.partnership?.memberAgencies ?? []).map(({ id, sector }) => ({ id, sector })),
  );
  return period.participation;
}

/**
 * A breakdown as the suppression routine publishes it, most first. For callers without detail
 * access the rows are ordered by their published counts (then by name), never the exact ones, so
 * the order gives no withheld difference away.
 */
function mostFirst<K>(
  rows: ReadonlyArray<KeyedCount<K>>,
  detailAccess: boolean,
  name: (key: K) => string,
): Array<{ key: K | null } & Suppressible> {
  const answer = suppressBreakdown(rows, detailAccess, { order: "given" });
  if (detailAccess) return answer;
  const shown = answer
    .filter((row) => !row.suppressed)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || name(a.key!).localeCompare(name(b.key!)));
  return [...shown, ...answer.filter((row) => row.suppressed)];
}

/** Attendance (`ATTENDED`: attended or completed) or completion in a period, as this caller may see it. */
export async function publishedParticipation(
  period: StatisticsPeriod,
  measure: Participation,
  ctx: TrainingContext,
  detailAccess: boolean,
): Promise<TrainingParticipation> {
  const exact = (await counts(period, ctx))[measure];
  const titles = new Map(exact.byCourse.map((row) => [row.key, row.title]));
  const byCourse = mostFirst(exact.byCourse, detailAccess, (id) => titles.get(id) ?? id);
  const courses = await ctx.loaders.course.loadMany(byCourse.flatMap((row) => (row.key ? [row.key] : [])));
  const course = new Map(courses.filter((c): c is Course => c instanceof Course).map((c) => [c.id, c]));
  const total = suppress(exact.people, detailAccess);
  return {
    people: total.count,
    peopleSuppressed: total.suppressed,
    byCourse: byCourse.map(({ key, ...count }) => ({ course: key ? (course.get(key) ?? null) : null, ...count })),
    byFormat: suppressBreakdown(exact.byFormat, detailAccess, { order: "given" }).map(({ key, ...count }) => ({
      format: key,
      ...count,
    })),
    byLevel: suppressBreakdown(exact.byLevel, detailAccess, { order: "given" }).map(({ key, ...count }) => ({
      level: key,
      ...count,
    })),
    byAgency: mostFirst(exact.byAgency, detailAccess, (id) => id).map(({ key, ...count }) => ({
      agencyId: key ?? null,
      agency: key ? { id: key } : null,
      ...count,
    })),
    bySector: mostFirst(exact.bySector, detailAccess, (sector) => sector).map(({ key, ...count }) => ({
      sector: key,
      ...count,
    })),
  };
}
