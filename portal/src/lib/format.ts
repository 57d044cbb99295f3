const ACRONYMS = new Set(["nrm", "ms1", "kpis", "uk", "it", "gp", "hmo", "ngo", "ppe", "stpo", "stro", "lms"]);

/** "PRIVATE_DWELLING" → "Private dwelling"; "REFERRED_TO_NRM" → "Referred to NRM". */
export function label(value: string | null | undefined): string {
  if (!value) return "—";
  const words = value
    .toLowerCase()
    .split("_")
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Days are calendar days (the server's LocalDate), so they are read and shown in UTC: never a day
// early for a browser west of Greenwich. Times are instants, shown on the partnership's clock.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DAY_AND_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
const DAY_AND_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});
const NUMBER = new Intl.NumberFormat("en-GB");

function day(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** "2020-03-31" → "31 March 2020". */
export function date(value: string | null | undefined): string {
  if (!value) return "—";
  const parsed = day(value);
  return Number.isNaN(parsed.getTime()) ? value : DAY.format(parsed);
}

/**
 * A server's sentence with its ISO days in words: "2099-01-01 is in the future" → "1 January 2099
 * is in the future". The API speaks ISO to machines; people read days.
 */
export function daysInWords(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})(?![\d:T])/g, (iso) => date(iso));
}

/** An instant → "31 March 2020 at 09:30", UK time. */
export function dateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : DAY_AND_TIME.format(parsed);
}

/** A period of days → "1 April 2019 to 31 March 2020". */
export function dateRange(from: string | null | undefined, to: string | null | undefined): string {
  return `${date(from)} to ${date(to)}`;
}

/** A financial year end as the registry gives it ("03-31", month then day) → "31 March". */
export function yearEnd(value: string | null | undefined): string {
  const parts = /^(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!parts) return value || "—";
  return DAY_AND_MONTH.format(new Date(Date.UTC(2000, Number(parts[1]) - 1, Number(parts[2]))));
}

/** 12345 → "12,345". */
export function number(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : NUMBER.format(value);
}

const MILLIONS = (amount: string) => `£${NUMBER.format(Number(amount))} million`;

/** A turnover band in the registry's words: "FROM_100M_TO_500M" → "£100 million to £500 million". */
export function turnoverBand(value: string | null | undefined): string {
  if (!value || value === "UNKNOWN") return "Not known";
  const between = /^FROM_(\d+)M_TO_(\d+)M$/.exec(value);
  if (between) return `${MILLIONS(between[1]!)} to ${MILLIONS(between[2]!)}`;
  const under = /^UNDER_(\d+)M$/.exec(value);
  if (under) return `Under ${MILLIONS(under[1]!)}`;
  const over = /^OVER_(\d+)M$/.exec(value);
  if (over) return `Over ${MILLIONS(over[1]!)}`;
  return label(value);
}

/** A field's name as words: "periodEnd" → "period end", "turnoverBand" → "turnover band". */
export function fieldWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Place names are proper nouns: "WEST_BROMWICH" → "West Bromwich". */
export function place(value: string | null | undefined): string {
  if (!value) return "—";
  return value
    .toLowerCase()
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
