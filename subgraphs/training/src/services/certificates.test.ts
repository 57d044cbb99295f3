import { describe, expect, it } from "vitest";
import { certificateExpiry, certificateHolds, certificateNumber } from "./certificates.js";

describe("certificates", () => {
  it("expire the day before the same date a validity later, or never", () => {
    expect(certificateExpiry("2019-05-15", 24)).toBe("2021-05-14");
    expect(certificateExpiry("2019-05-15", null)).toBeNull();
  });

  it("hold from completion to their last valid day, inclusive", () => {
    expect(certificateHolds("2019-05-15", "2021-05-14", "2019-05-14")).toBe(false);
    expect(certificateHolds("2019-05-15", "2021-05-14", "2019-05-15")).toBe(true);
    expect(certificateHolds("2019-05-15", "2021-05-14", "2021-05-14")).toBe(true);
    expect(certificateHolds("2019-05-15", "2021-05-14", "2021-05-15")).toBe(false);
    expect(certificateHolds("2019-05-15", null, "2040-01-01")).toBe(true);
  });

  it("are numbered by level and year", () => {
    expect(certificateNumber("L3", "2019-05-15", 42)).toBe("MS-L3-2019-000042");
  });
});
