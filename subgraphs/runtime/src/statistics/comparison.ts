import { addDays, addMonths, daysBetween } from "../dates.js";
import type { Suppressible } from "./suppression.js";

/** A reporting period: both days included, ISO days (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** Months from an ISO day's month to another's (2020-04-… to 2021-03-… is 11). */
const monthsFrom = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** Whether a period runs from the first day of a month to the last day of a month. */
export function isWholeMonths({ from, to }: Period): boolean {
  return from.endsWith("-01") && addDays(to, 1).endsWith("-01");
}

/**
 * The period of the same length just before one: what "this year against last" compares with.
 * A period of whole calendar months moves back by its number of months, so a financial year
 * (April to March) compares with the previous financial year and a quarter with the quarter
 * before, whatever the months' lengths and leap days; any other period moves back by its number
 * of days and ends the day before it starts.
 */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1);
  if (isWholeMonths(period)) return { from: addMonths(period.from, -(monthsFrom(period.from, period.to) + 1)), to };
  return { from: addDays(period.from, -(daysBetween(period.from, period.to) + 1)), to };
}

export interface Change {
  /** The later figure minus the earlier; null when either is withheld. */
  change: number | null;
  /** The change as a whole percent of the earlier figure; null when either is withheld or the earlier is 0. */
  changePercent: number | null;
}

/** Half away from zero, so a rise and a fall of the same size read the same ("38% more", "38% fewer"). */
function wholePercent(part: number, whole: number): number {
  const percent = Math.round((100 * Math.abs(part)) / whole);
  return part < 0 ? -percent : percent;
}

/**
 * The change between two figures as each was published to the caller: exact figures for a caller
 * with detail access, the suppressed and rounded ones otherwise. Computed from what was published,
 * never from the exact counts behind it, a change tells no one more than the two figures do.
 */
export function changeBetween(current: Suppressible, previous: Suppressible): Change {
  if (current.count === null || previous.count === null) return { change: null, changePercent: null };
  const change = current.count - previous.count;
  return { change, changePercent: previous.count === 0 ? null : wholePercent(change, previous.count) };
}
