import { describe, expect, it } from "vitest";
import { AUDIT_ROW_FIELDS, AUDIT_ROW_VALUES, type AuditEntry, AuditTrail, groupsOf } from "./audit-trail.js";
import type { Caller } from "./caller.js";
import { Role } from "./roles.js";

const caller: Caller = {
  userId: "u1",
  agencyId: "a1",
  sector: "POLICE",
  roles: [Role.CASEWORKER],
  grants: {},
  partnership: null,
  requestId: "r1",
  operation: "Page",
};

const returned = (entityType: string, field: string, entityId: string, category = "CASE_SUMMARY"): AuditEntry => ({
  entityType,
  entityId,
  field,
  category,
  agreementId: "agreement-1",
  outcome: "RETURNED",
  reason: null,
});

/** Each row's values, as the view reads them: its fields × its records. */
const valuesOf = (rows: ReturnType<typeof groupsOf>) =>
  rows.flatMap((row) => (row.fields ?? [row.field!]).flatMap((field) => row.entity_ids.map((id) => `${field}:${id}`)));

const trailOf = (entries: AuditEntry[]) => {
  const trail = new AuditTrail();
  for (const entry of entries) trail.record(entry);
  return trail;
};

describe("a request's audit rows", () => {
  it("names in one row the fields read of the same records, as graphql-js reads a page record by record", () => {
    const entries = ["c1", "c2", "c3"].flatMap((id) => [
      returned("Concern", "reference", id),
      returned("Concern", "status", id),
      returned("Concern", "receivedOn", id),
    ]);
    const rows = groupsOf(caller, trailOf(entries));
    expect(rows.map((r) => [r.field, r.fields, r.entity_ids])).toEqual([
      [null, ["reference", "status", "receivedOn"], ["c1", "c2", "c3"]],
    ]);
  });

  it("keeps a row of its own for a field not read of every record, and for another category, type or outcome", () => {
    const entries = [
      returned("Concern", "reference", "c1"),
      returned("Concern", "ward", "c1"),
      returned("Concern", "reference", "c2"),
      // ward was null on c2: not recorded there.
      returned("Concern", "address", "c1", "LOCATION_ADDRESS"),
      returned("Concern", "address", "c2", "LOCATION_ADDRESS"),
      returned("Location", "type", "c1"),
      returned("Location", "type", "c2"),
      { ...returned("Concern", "supplier", "c1"), agreementId: null, outcome: "DENIED", reason: "NOT_TAKING_PART" },
      { ...returned("Concern", "supplier", "c2"), agreementId: null, outcome: "DENIED", reason: "NOT_TAKING_PART" },
    ] satisfies AuditEntry[];
    const rows = groupsOf(caller, trailOf(entries));
    expect(rows.map((r) => [r.entity_type, r.field, r.fields, r.category, r.outcome, r.entity_ids])).toEqual([
      ["Concern", "reference", null, "CASE_SUMMARY", "RETURNED", ["c1", "c2"]],
      ["Concern", "ward", null, "CASE_SUMMARY", "RETURNED", ["c1"]],
      ["Concern", "address", null, "LOCATION_ADDRESS", "RETURNED", ["c1", "c2"]],
      ["Location", "type", null, "CASE_SUMMARY", "RETURNED", ["c1", "c2"]],
      ["Concern", "supplier", null, "CASE_SUMMARY", "DENIED", ["c1", "c2"]],
    ]);
    expect(valuesOf(rows).sort()).toEqual(entries.map((e) => `${e.field}:${e.entityId}`).sort());
  });

  it("names in one row fields read of the same records in another order, but not of other records or counts", () => {
    const entries = [
      ...["c1", "c2", "c3"].map((id) => returned("Location", "type", id)),
      // A field resolved through a loader is recorded as its batch answers.
      ...["c3", "c1", "c2"].map((id) => returned("Location", "area", id)),
      ...["c1", "c1", "c2"].map((id) => returned("Location", "ward", id)),
      ...["c1", "c2", "c2"].map((id) => returned("Location", "postcode", id)),
    ];
    const rows = groupsOf(caller, trailOf(entries));
    expect(rows.map((r) => [r.field, r.fields, r.entity_ids])).toEqual([
      [null, ["type", "area"], ["c1", "c2", "c3"]],
      ["ward", null, ["c1", "c1", "c2"]],
      ["postcode", null, ["c1", "c2", "c2"]],
    ]);
    expect(valuesOf(rows).sort()).toEqual(entries.map((e) => `${e.field}:${e.entityId}`).sort());
  });

  it("accounts for every value exactly once, whatever the mix", () => {
    const fields = ["a", "b", "c", "d"];
    const entries: AuditEntry[] = [];
    // Records 0–9; field d skips every third record, and c is read twice of record 4.
    for (let id = 0; id < 10; id++) {
      for (const field of fields) {
        if (field === "d" && id % 3 === 0) continue;
        entries.push(returned("Concern", field, `c${id}`));
        if (field === "c" && id === 4) entries.push(returned("Concern", field, `c${id}`));
      }
    }
    const rows = groupsOf(caller, trailOf(entries));
    expect(valuesOf(rows).sort()).toEqual(entries.map((e) => `${e.field}:${e.entityId}`).sort());
    expect(rows.map((r) => r.fields ?? r.field)).toEqual([["a", "b"], "c", "d"]);
  });

  it("splits records past AUDIT_ROW_VALUES and fields past AUDIT_ROW_FIELDS, so every value keeps its place", () => {
    const ids = Array.from({ length: AUDIT_ROW_VALUES + 1 }, (_, i) => `p${i}`);
    const many = groupsOf(
      caller,
      trailOf(ids.flatMap((id) => [returned("Person", "email", id), returned("Person", "phone", id)])),
    );
    expect(many.map((r) => [r.fields, r.entity_ids.length])).toEqual([
      [["email", "phone"], AUDIT_ROW_VALUES],
      [["email", "phone"], 1],
    ]);
    const fieldNames = Array.from({ length: AUDIT_ROW_FIELDS + 1 }, (_, i) => `f${i}`);
    const wide = groupsOf(caller, trailOf(fieldNames.map((field) => returned("Report", field, "r1"))));
    expect(wide.map((r) => r.fields?.length ?? 1)).toEqual([AUDIT_ROW_FIELDS, 1]);
    for (const row of [...many, ...wide])
      expect((row.fields?.length ?? 1) * row.entity_ids.length).toBeLessThan(1_000_000);
  });
});
