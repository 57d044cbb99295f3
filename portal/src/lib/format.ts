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

export function date(value: string | null | undefined): string {
  if (!value) return "—";
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return parsed.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
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
