export { isoDate } from "@partnership/runtime";

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * `date` plus `months` calendar months. A month end stays a month end (31 March + 6 months is
 * 30 September; 28 February 2025 + 6 months is 31 August), otherwise the day is kept, clamped.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const endOfMonth = d === daysInMonth(y, m);
  return format(year, month, endOfMonth ? daysInMonth(year, month) : Math.min(d, daysInMonth(year, month)));
}

/** Whole calendar months from `from` to `to` (31 March → 30 November is 8). */
export function monthsBetween(from: string, to: string): number {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  return months;
}

/** Days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The latest financial year end (given as 'MM-DD') strictly before `today`. */
export function latestYearEndBefore(financialYearEnd: string, today: string): string {
  const [month, day] = financialYearEnd.split("-").map(Number) as [number, number];
  const [year] = parts(today);
  for (const y of [year, year - 1]) {
    const end = format(y, month, Math.min(day, daysInMonth(y, month)));
    if (end < today) return end;
  }
  return format(year - 2, month, Math.min(day, daysInMonth(year - 2, month)));
}

/** `date` plus `days` days. */
export { addDays } from "@partnership/runtime";
