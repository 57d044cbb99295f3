import { describe, expect, it } from "vitest";
import { addMonths, certificateExpiry, certificateHolds, certificateNumber } from "./certificates.js";

describe("certificates", () => {
  it("add months, keeping to the end of shorter months", () => {
    expect(addMonths("2019-05-15", 24)).toBe("2021-05-15");
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2019-01-31", 1)).toBe("2019-02-28");
    expect(addMonths("2019-11-30", 3)).toBe("2020-02-29");
  });

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
