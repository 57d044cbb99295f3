import { AGENCIES_PER_PARTNERSHIP } from "@partnership/cases/seed";
import { demoAgencyId } from "@partnership/runtime";
import { describe, expect, it } from "vitest";
import { REGION, REGIONAL_POLICE, regionPartnership, regionPartnerships } from "./region.js";

describe("the benchmarks' region", () => {
  const region = regionPartnerships(REGION.partnerships);

  it("is partnerships of their own (ids, names, reference prefixes the directory accepts) sharing one police force", () => {
    for (const key of ["id", "shortName", "name", "referencePrefix"] as const)
      expect(new Set(region.map((p) => p.directory[key])).size).toBe(REGION.partnerships);
    for (const { directory } of region) {
      expect(directory.referencePrefix).toMatch(/^[A-Z]{2,8}$/);
      expect(directory.members.map((m) => m.agencyId)).toContain(demoAgencyId(REGIONAL_POLICE));
    }
  });

  it("gives the casework the partnership's own id, its members as agencies, and as many towns and agencies each", () => {
    for (const { directory, casework } of region) {
      expect(casework.id).toBe(directory.id);
      expect(casework.agencyIds).toHaveLength(AGENCIES_PER_PARTNERSHIP);
      expect(casework.areaNames).toHaveLength(region[0]!.casework.areaNames.length);
      const members = new Set(directory.members.map((m) => m.agencyId));
      for (const agency of [...casework.agencyIds, ...casework.leadAgencyIds]) expect(members).toContain(agency);
    }
  });

  it("is the same first partnership whether seeded alone or with the others", () => {
    expect(regionPartnerships(1)).toEqual([region[0]]);
    expect(regionPartnership(1)).toEqual(region[0]);
  });
});
