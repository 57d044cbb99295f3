/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD, UTC), in one place. Adding months has three rules
 * in law and practice, each named for what it means; pick by the rule the domain states, never by
 * what the code nearby happens to do.
 */

/** A day in ISO form (YYYY-MM-DD), UTC. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

function parts(day: string): [number, number, number] {
  return day.split("-").map(Number) as [number, number, number];
}

function format(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/** The ISO day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return isoDate(new Date((dayNumber(day) + days) * DAY_MS));
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year and month `months` after a year and month (1–12). */
function shiftMonth(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * `months` calendar months after `day`: the same day of that month, or its last day when it has no
 * such day (31 January + 1 month = 28 or 29 February). How a certificate's validity and a subject
 * access request's one month (as the ICO reads UK GDPR Art. 12(3)) are counted: always from the
 * first day, never month by month (31 January + 3 months is 30 April).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const [year, month] = shiftMonth(y, m, months);
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * `months` calendar months after `day`, a month end staying a month end (31 March + 6 months is
 * 30 September; 28 February 2025 + 6 months is 31 August): financial years and the six months a
 * modern slavery statement is due within run from month end to month end.
 */
export function addMonthsKeepingMonthEnd(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const later = addMonths(day, months);
  if (d !== daysInMonth(y, m)) return later;
  const [year, month] = parts(later);
  return format(year, month, daysInMonth(year, month));
}

/**
 * `years` and `months` after `day`, a day the target month lacks rolling over into the next month
 * (29 February + 1 year is 1 March): how long data is kept, so a retention period never ends a
 * day early.
 */
export function addPeriodRollingOver(day: string, years: number, months: number): string {
  const [y, m, d] = parts(day);
  return isoDate(new Date(Date.UTC(y + years, m - 1 + months, d)));
}
