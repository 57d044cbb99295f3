import { describe, expect, it } from "vitest";
import { dueOn } from "./subject-request-dates.js";

describe("a subject request's due date (one calendar month, Art. 12(3))", () => {
  it("is the same day of the next month", () => {
    expect(dueOn("2026-12-11")).toBe("2027-01-11");
    expect(dueOn("2026-03-15")).toBe("2026-04-15");
  });

  it("is the last day of the next month when it has no such day", () => {
    expect(dueOn("2027-01-31")).toBe("2027-02-28");
    expect(dueOn("2028-01-31")).toBe("2028-02-29");
    expect(dueOn("2026-10-31")).toBe("2026-11-30");
    expect(dueOn("2026-01-29")).toBe("2026-02-28");
  });

  it("is extended from the day of receipt, not month by month", () => {
    expect(dueOn("2027-01-31", 2)).toBe("2027-04-30");
    expect(dueOn("2026-12-11", 2)).toBe("2027-03-11");
    expect(dueOn("2026-11-30")).toBe("2026-12-30");
  });
});
