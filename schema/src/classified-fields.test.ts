import { describe, expect, it } from "vitest";
import { classifiedFieldsOf } from "./classified-fields.js";

describe("the classification read from a supergraph", () => {
  it("lists each category's fields as Type.field, sorted, across type definitions and extensions", () => {
    const sdl = `
      directive @sensitive(category: String!) on FIELD_DEFINITION
      type Concern { id: ID! town: String @sensitive(category: "CASE_SUMMARY") intelligence: String @sensitive(category: "POLICE_INTELLIGENCE") }
      extend type Concern { address: String @sensitive(category: "LOCATION_ADDRESS") }
      type Agency { id: ID! reference: String @sensitive(category: "CASE_SUMMARY") name: String }`;
    const classified = classifiedFieldsOf(sdl);
    expect(classified.CASE_SUMMARY).toEqual(["Agency.reference", "Concern.town"]);
    expect(classified.LOCATION_ADDRESS).toEqual(["Concern.address"]);
    expect(classified.HEALTH).toBeUndefined();
  });
});
