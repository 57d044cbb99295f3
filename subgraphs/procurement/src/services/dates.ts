import { addMonthsKeepingMonthEnd, daysInMonth } from "@partnership/runtime";

/** Whole calendar months from `from` to `to`, month ends kept (31 March → 30 November is 8). */
export function monthsBetween(from: string, to: string): number {
  let months = 0;
  while (addMonthsKeepingMonthEnd(from, months + 1) <= to) months += 1;
  return months;
}

/** The latest financial year end (given as 'MM-DD') strictly before `today`. */
export function latestYearEndBefore(financialYearEnd: string, today: string): string {
  const [month, day] = financialYearEnd.split("-").map(Number) as [number, number];
  const year = Number(today.slice(0, 4));
  const end = (y: number) =>
    `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, daysInMonth(y, month))).padStart(2, "0")}`;
  for (const y of [year, year - 1]) if (end(y) < today) return end(y);
  return end(year - 2);
}
