import { date, label } from "./format";

/** A concern's fields as a person names them, keyed as the API's history names them. */
export const FIELD_LABELS: Record<string, string> = {
  receivedOn: "Received",
  source: "Source",
  referringAgency: "Referred by",
  exploitationTypes: "Exploitation",
  status: "Status",
  responseLevel: "Response level",
  leadAgency: "Lead agency",
  participatingAgencies: "Agencies taking part",
  location: "Premises",
  closedOn: "Closed",
  outcome: "Outcome",
  intelligenceSummary: "Intelligence",
  crimeReference: "Crime reference",
  reference: "Reference",
};

/** What the history's ids stand for, as far as the page knows them. */
export interface HistoryNames {
  agencyName(id: string): string | undefined;
  /** The concern's premises, when `id` is its current location; earlier premises are not readable. */
  location(id: string): string | undefined;
}

const FIELD_KINDS: Record<string, "agency" | "agencies" | "location" | "date" | "enum" | "enums" | "text"> = {
  receivedOn: "date",
  closedOn: "date",
  source: "enum",
  status: "enum",
  responseLevel: "enum",
  exploitationTypes: "enums",
  referringAgency: "agency",
  leadAgency: "agency",
  participatingAgencies: "agencies",
  location: "location",
};

/** One recorded value in words: agencies by name, premises by address, codes and dates as a person writes them. */
export function historyValue(field: string, value: unknown, names: HistoryNames): string {
  if (value == null || value === "" || (Array.isArray(value) && value.length === 0)) return "none";
  const agency = (id: unknown) => names.agencyName(String(id)) ?? "an agency no longer in the directory";
  switch (FIELD_KINDS[field] ?? "text") {
    case "date":
      return date(String(value));
    case "enum":
      return label(String(value));
    case "enums":
      return (value as unknown[]).map((v) => label(String(v))).join(", ");
    case "agency":
      return agency(value);
    case "agencies":
      return (value as unknown[]).map(agency).join(", ");
    case "location":
      return names.location(String(value)) ?? "earlier premises (since replaced)";
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** A field of a record as a person names it: "leadAgency" → "Lead agency". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? label(field.replace(/([a-z])([A-Z])/g, "$1_$2"));
}
