import { buildFederatedSchema } from "@partnership/runtime";
import { GraphQLInputObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { cases } from "../module.js";
import { TRACKED_FIELDS } from "./concern-history.js";

/** Input fields that set a recorded column under another name: new premises set the concern's locationId. */
const SETS: Record<string, string> = { location: "locationId" };

describe("concurrent edits of a concern", () => {
  // A field a versioned write sets but the history does not record could never clash: a stale
  // write would silently revert it. So every such input field must be a recorded one.
  it.each([
    ["UpdateConcernInput", []],
    ["ChangeConcernStatusInput", ["reason"]],
  ])("every field %s sets is recorded in the history, so a change to it since is seen", async (input, notSet) => {
    const { schema } = await buildFederatedSchema(cases.schema);
    const type = schema.getType(input);
    expect(type).toBeInstanceOf(GraphQLInputObjectType);
    const fields = Object.keys((type as GraphQLInputObjectType).getFields()).filter((f) => !notSet.includes(f));
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !((SETS[field] ?? field) in TRACKED_FIELDS))).toEqual([]);
  });
});
