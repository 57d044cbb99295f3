import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { label, place } from "../src/lib/format.js";
import { Restrictions, restrictionText } from "../src/lib/restriction-map.js";

const refused = (path: Array<string | number>, category: string) => ({
  message: `Restricted: needs ${category}`,
  path,
  extensions: { code: "FORBIDDEN_BY_SHARING_AGREEMENT", category, reason: "NO_AGREEMENT" },
});

describe("reading the gateway's refusals", () => {
  const restrictions = Restrictions.from(
    new CombinedGraphQLErrors({
      data: null,
      errors: [
        refused(["concern", "intelligenceSummary"], "POLICE_INTELLIGENCE"),
        refused(["concern", "visits"], "ENFORCEMENT"),
        refused(["concerns", "nodes", 3, "location", "address"], "LOCATION_ADDRESS"),
        { message: "input.outcome: a concern closes only with its outcome", extensions: { code: "BAD_USER_INPUT" } },
        {
          message: "no category",
          path: ["concern", "reference"],
          extensions: { code: "FORBIDDEN_BY_SHARING_AGREEMENT" },
        },
      ],
    }),
  );

  it("finds the category refused at a field's path, and only there", () => {
    expect(restrictions.categoryAt(["concern", "intelligenceSummary"])).toBe("POLICE_INTELLIGENCE");
    expect(restrictions.categoryAt(["concerns", "nodes", 3, "location", "address"])).toBe("LOCATION_ADDRESS");
    expect(restrictions.categoryAt(["concerns", "nodes", 2, "location", "address"])).toBeUndefined();
    expect(restrictions.categoryAt(["concern", "crimeReference"])).toBeUndefined();
  });

  it("says a field under a refused list or object is refused for the same category", () => {
    expect(restrictions.categoryAt(["concern", "visits", 0, "notes"])).toBe("ENFORCEMENT");
    expect(restrictions.categoryAt(["concern", "visits"])).toBe("ENFORCEMENT");
  });

  it("keeps every other error, including a refusal that names no category, to show as it is", () => {
    expect(restrictions.size).toBe(3);
    expect(restrictions.otherErrors.map((e) => e.message)).toEqual([
      "input.outcome: a concern closes only with its outcome",
      "no category",
    ]);
  });

  it("reads no restriction from a transport error or no error", () => {
    expect(Restrictions.from(new Error("network down")).size).toBe(0);
    expect(Restrictions.from(undefined).size).toBe(0);
  });

  it("words a restriction as the portal shows it while the agreements are not known: what is withheld, who to ask", () => {
    expect(restrictionText("VICTIM_IDENTITY")).toBe(
      "Restricted: victims' identities. Your agency needs a sharing agreement that grants victims' identities; ask the partnership's coordinator.",
    );
    expect(restrictionText("POLICE_INTELLIGENCE", "NOT_TAKING_PART")).toBe(
      "Restricted: police intelligence, shown only to agencies taking part in this record. Ask its lead agency or the partnership's coordinator to add your agency.",
    );
  });

  it("names the agreement in force that would grant the category, and why it does not grant it to the caller", () => {
    const shop = { reference: "ISA-SHOP-2019-01", title: "SHOP operational information sharing", callerIsParty: false };
    const util = { reference: "ISA-UTIL-2025-05", title: "Utilities at disruption visits", callerIsParty: true };
    expect(restrictionText("POLICE_INTELLIGENCE", "NO_AGREEMENT", [shop])).toBe(
      "Restricted: police intelligence. It is shared under “SHOP operational information sharing” (ISA-SHOP-2019-01), to which your agency is not a party; ask the partnership's coordinator.",
    );
    expect(restrictionText("LOCATION_ADDRESS", "NO_AGREEMENT", [util])).toBe(
      "Restricted: premises addresses. It is shared under “Utilities at disruption visits” (ISA-UTIL-2025-05), which does not grant it to your agency; ask the partnership's coordinator.",
    );
    expect(restrictionText("LOCATION_ADDRESS", "NO_AGREEMENT", [shop, util])).toBe(
      "Restricted: premises addresses. It is shared under “SHOP operational information sharing” (ISA-SHOP-2019-01) and “Utilities at disruption visits” (ISA-UTIL-2025-05), none of which grants it to your agency; ask the partnership's coordinator.",
    );
    expect(restrictionText("COMMERCIAL", "NO_AGREEMENT", [])).toBe(
      "Restricted: commercial information. No agreement of this partnership shares commercial information; ask the partnership's coordinator to propose one.",
    );
    // Not taking part is a matter for the lead agency, whatever the agreements say.
    expect(restrictionText("POLICE_INTELLIGENCE", "NOT_TAKING_PART", [shop])).toBe(
      "Restricted: police intelligence, shown only to agencies taking part in this record. Ask its lead agency or the partnership's coordinator to add your agency.",
    );
  });

  it("keeps why a field was refused", () => {
    expect(restrictions.refusalAt(["concern", "intelligenceSummary"])).toEqual({
      category: "POLICE_INTELLIGENCE",
      reason: "NO_AGREEMENT",
    });
    expect(restrictions.categories).toEqual(["POLICE_INTELLIGENCE", "ENFORCEMENT", "LOCATION_ADDRESS"]);
  });
});

describe("labels", () => {
  it("reads enum values as words, keeping acronyms", () => {
    expect(label("PRIVATE_DWELLING")).toBe("Private dwelling");
    expect(label("REFERRED_TO_NRM")).toBe("Referred to NRM");
    expect(label(null)).toBe("—");
  });

  it("reads towns as place names", () => {
    expect(place("WEST_BROMWICH")).toBe("West Bromwich");
    expect(place("ROWLEY_REGIS")).toBe("Rowley Regis");
  });
});
