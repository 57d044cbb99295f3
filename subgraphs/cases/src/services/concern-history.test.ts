import { buildFederatedSchema } from "@partnership/runtime";
import { describe, expect, it } from "vitest";
import { cases } from "../module.js";
import { diffConcern, TRACKED_FIELDS } from "./concern-history.js";

describe("a concern's change history", () => {
  it("classifies each recorded field exactly as the Concern type does, so history never shows more than the field", async () => {
    const { classification } = await buildFederatedSchema(cases.schema);
    const concernFields = classification.sensitive.get("Concern")!;
    for (const tracked of Object.values(TRACKED_FIELDS)) {
      expect(concernFields.get(tracked.field), tracked.field).toEqual({
        category: tracked.category,
        detail: tracked.detail,
      });
    }
  });

  it("records only the fields that changed, with both values", () => {
    expect(
      diffConcern(
        { status: "RECEIVED" as never, participatingAgencyIds: ["a"], outcome: null },
        { status: "SCOPING" as never, participatingAgencyIds: ["a"], outcome: null },
      ),
    ).toEqual([{ field: "status", category: "CASE_SUMMARY", detail: false, old: "RECEIVED", new: "SCOPING" }]);
  });
});
