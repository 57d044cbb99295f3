/** A day in ISO form (YYYY-MM-DD), UTC; today by default. Rules take the day as a parameter; only callers read the clock. */
export function isoDate(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}
