import type { DataCategory } from "../data-category.js";
import type { Caller } from "../security/caller.js";

/**
 * Statistical disclosure control for every count that leaves the platform: the method the Office
 * for National Statistics uses for small-area tables.
 *
 * - A count from 1 to 4 is withheld (published as null, `suppressed: true`): so few could identify
 *   people.
 * - Every other count is rounded to the nearest multiple of 5 (0 stays 0; 5-7 give 5, 8-12 give 10).
 *   So every published count, and every difference between two published counts, is a multiple of
 *   5 and can never equal a withheld count: subtracting a period's figures from an overlapping
 *   period's (or an area from its town, or one breakdown row from a total) gives 0, 5, 10, ... and
 *   never recovers a 1 to 4.
 * - In a breakdown, a withheld row also hides its key: the rows withheld are folded into one row
 *   keyed {@link SUPPRESSED_KEY} (or with an empty area or agency), so a withheld nationality is
 *   not named. The rows published are ordered by their published counts, not the exact ones, so the
 *   order gives nothing away either.
 *
 * Exact figures go only to callers with detail access to what is counted: the caller's agreements
 * grant the category the counted field is classified under (or its own agency owns the records
 * counted). Such a caller is an agency the data's owners agreed to share that category with, and the
 * partnership's annual report is written for them; anyone else, and every network figure (no one has
 * detail access to a network's records), gets the rounded figures.
 */
export const SMALL_COUNT = { min: 1, max: 4 } as const;

/** Published counts are multiples of this. */
export const ROUNDING_BASE = 5;

/** The key of the one row that stands for every withheld row of a breakdown. */
export const SUPPRESSED_KEY = "SUPPRESSED";

export interface Suppressible {
  count: number | null;
  suppressed: boolean;
}

/** Whether the caller's agreements grant the category the counted records are classified under. */
export function hasDetailAccess(caller: Caller, category: DataCategory): boolean {
  return Boolean(caller.grants[category]);
}

function isSmall(count: number): boolean {
  return count >= SMALL_COUNT.min && count <= SMALL_COUNT.max;
}

/** The published form of a count for a caller without detail access: withheld or rounded to base 5. */
export function roundToBase(count: number): number {
  return Math.round(count / ROUNDING_BASE) * ROUNDING_BASE;
}

/**
 * The one suppression routine for a single figure. A network's figures pass `detailAccess: false`:
 * no one has detail access to a network's records.
 */
export function suppress(count: number, detailAccess: boolean): Suppressible {
  if (detailAccess) return { count, suppressed: false };
  if (isSmall(count)) return { count: null, suppressed: true };
  return { count: roundToBase(count), suppressed: false };
}

export interface BreakdownOptions {
  /**
   * "count" (the default): published rows most first, then by key, as published; "given": keep the
   * order the rows came in (e.g. calendar quarters, levels).
   */
  order?: "count" | "given";
}

/**
 * The one suppression routine for a breakdown: each row's count as {@link suppress} publishes it,
 * and for callers without detail access the withheld rows folded into one row whose key is `null`
 * (callers show it as {@link SUPPRESSED_KEY}, an empty area or agency), so no withheld row is named.
 */
export function suppressBreakdown<K>(
  rows: ReadonlyArray<{ key: K; count: number }>,
  detailAccess: boolean,
  { order = "count" }: BreakdownOptions = {},
): Array<{ key: K | null } & Suppressible> {
  if (detailAccess) return rows.map(({ key, count }) => ({ key, count, suppressed: false }));
  const published: Array<{ key: K; position: number } & Suppressible> = [];
  let withheld = false;
  rows.forEach(({ key, count }, position) => {
    const figure = suppress(count, false);
    if (figure.suppressed) withheld = true;
    else published.push({ key, position, ...figure });
  });
  if (order === "count")
    published.sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || String(a.key).localeCompare(String(b.key)));
  const answer: Array<{ key: K | null } & Suppressible> = published.map(({ key, count, suppressed }) => ({
    key,
    count,
    suppressed,
  }));
  if (withheld) answer.push({ key: null, count: null, suppressed: true });
  return answer;
}

// A figure's change against the previous period is computed from what this routine published; the
// package's index exports this module, so the comparison travels with it.
export * from "./comparison.js";
