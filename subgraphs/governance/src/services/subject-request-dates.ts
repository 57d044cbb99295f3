/** UK GDPR Art. 12(3): one month to answer, extendable by two further months. */
export const MONTHS_TO_ANSWER = 1;
export const MAX_EXTENSION_MONTHS = 2;

/**
 * The ISO day `months` calendar months after `day`: the same day of that month, or its last day
 * when it has no such day (31 January + 1 month = 28 or 29 February), as the ICO reads Art. 12(3).
 * Always counted from the day of receipt, never month by month: 31 January + 3 months is 30 April.
 */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day a request received on `receivedOn` is due, with `extensionMonths` further months. */
export function dueOn(receivedOn: string, extensionMonths = 0): string {
  return addCalendarMonths(receivedOn, MONTHS_TO_ANSWER + extensionMonths);
}

/** Whole days from `today` to `due`: 0 on the due day, negative once it has passed. */
export function daysBetween(today: string, due: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
