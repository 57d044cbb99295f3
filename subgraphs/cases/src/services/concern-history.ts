import { type Caller, DataCategory } from "@partnership/runtime";
import type { Concern, StoredFieldChange } from "../entities/index.js";

/** A concern's column as the API names it, and who may read or write it. */
interface TrackedField {
  field: string;
  category: DataCategory;
  detail: boolean;
}

const summary = (field: string): TrackedField => ({ field, category: DataCategory.CASE_SUMMARY, detail: false });

/**
 * Every stored field of a concern that changes are recorded for, named as in the API and classified
 * as the API classifies it (a test holds the two together), so the history shows each reader
 * exactly what the fields themselves would.
 */
export const TRACKED_FIELDS = {
  receivedOn: summary("receivedOn"),
  source: summary("source"),
  referringAgencyId: summary("referringAgency"),
  exploitationTypes: summary("exploitationTypes"),
  status: summary("status"),
  responseLevel: summary("responseLevel"),
  leadAgencyId: summary("leadAgency"),
  participatingAgencyIds: summary("participatingAgencies"),
  locationId: summary("location"),
  closedOn: summary("closedOn"),
  outcome: { field: "outcome", category: DataCategory.CASE_SUMMARY, detail: true },
  intelligenceSummary: { field: "intelligenceSummary", category: DataCategory.POLICE_INTELLIGENCE, detail: true },
  crimeReference: { field: "crimeReference", category: DataCategory.POLICE_INTELLIGENCE, detail: true },
} satisfies Partial<Record<keyof Concern, TrackedField>>;

export type TrackedColumn = keyof typeof TRACKED_FIELDS;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose values differ between two states of a concern, with both values. */
export function diffConcern(before: Partial<Concern>, after: Partial<Concern>): StoredFieldChange[] {
  return (Object.keys(TRACKED_FIELDS) as TrackedColumn[])
    .filter((column) => column in after && !same(before[column], after[column]))
    .map((column) => ({
      ...TRACKED_FIELDS[column],
      old: before[column] ?? null,
      new: after[column] ?? null,
    }));
}

/** Whether this caller may read a recorded change: the field's category is granted to them. */
export function mayRead(caller: Caller, change: Pick<StoredFieldChange, "category">): boolean {
  return Boolean(caller.grants[change.category]);
}
