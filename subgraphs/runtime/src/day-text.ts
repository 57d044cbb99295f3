const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: [\d:]+)?$/;

/**
 * A day written by a person or exported by a UK system: ISO (2020-03-31, with or without a time)
 * or day first (31/03/2020, 1/4/2020). The ISO day, or undefined when it is neither form or is
 * no day of the calendar (31/02/2020). A day-first date is never read month first: a UK file's
 * 04/05/2020 is the 4th of May.
 */
export function dayFromText(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  const uk = iso ? null : UK.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
