import type { DataCategory } from "../../gql/graphql";

/** The data categories an agreement can grant, in the schema's order, with what each covers. */
export const DATA_CATEGORIES: ReadonlyArray<{ value: DataCategory; label: string }> = [
  { value: "CASE_SUMMARY", label: "Case summary (reference, dates, status, area)" },
  { value: "LOCATION_ADDRESS", label: "Addresses of places of concern" },
  { value: "VICTIM_IDENTITY", label: "Victims' identities" },
  { value: "VICTIM_DEMOGRAPHICS", label: "Victims' age group, gender and nationality" },
  { value: "SAFEGUARDING", label: "Safeguarding and NRM referrals" },
  { value: "HEALTH", label: "Health" },
  { value: "POLICE_INTELLIGENCE", label: "Police intelligence" },
  { value: "OFFENDER_IDENTITY", label: "Offenders' identities" },
  { value: "ENFORCEMENT", label: "Enforcement and orders" },
  { value: "SUPPLIER_RISK", label: "Supplier risk" },
  { value: "COMMERCIAL", label: "Commercial records" },
  { value: "PERSONNEL", label: "Staff details" },
  { value: "STATISTICS", label: "Figures" },
];

/** A category in words, as the draft form names it. */
export function categoryWords(category: string): string {
  return DATA_CATEGORIES.find((c) => c.value === category)?.label ?? category;
}
