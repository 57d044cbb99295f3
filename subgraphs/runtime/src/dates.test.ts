import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addMonthsKeepingMonthEnd,
  addPeriodRollingOver,
  daysBetween,
  daysInMonth,
} from "./dates.js";

describe("calendar arithmetic on ISO days", () => {
  it("adds and counts days across month, year and leap-day boundaries", () => {
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2019-12-31", 1)).toBe("2020-01-01");
    expect(addDays("2020-03-01", -1)).toBe("2020-02-29");
    expect(daysBetween("2026-12-11", "2027-01-11")).toBe(31);
    expect(daysBetween("2026-12-11", "2026-12-11")).toBe(0);
    expect(daysBetween("2026-12-11", "2026-11-30")).toBe(-11);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });

  it("adds calendar months to the same day, or the month's last when it has none, counted from the first day", () => {
    expect(addMonths("2019-05-15", 24)).toBe("2021-05-15");
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2019-01-31", 1)).toBe("2019-02-28");
    expect(addMonths("2019-11-30", 3)).toBe("2020-02-29");
    expect(addMonths("2027-01-31", 3)).toBe("2027-04-30");
    expect(addMonths("2026-11-30", 1)).toBe("2026-12-30");
    expect(addMonths("2026-12-11", -18)).toBe("2025-06-11");
  });

  it("keeps a month end a month end when the rule says so", () => {
    expect(addMonthsKeepingMonthEnd("2025-03-31", 6)).toBe("2025-09-30");
    expect(addMonthsKeepingMonthEnd("2024-02-29", 6)).toBe("2024-08-31");
    expect(addMonthsKeepingMonthEnd("2025-12-31", 6)).toBe("2026-06-30");
    expect(addMonthsKeepingMonthEnd("2025-01-15", -12)).toBe("2024-01-15");
    expect(addMonthsKeepingMonthEnd("2026-11-30", 1)).toBe("2026-12-31");
  });

  it("rolls a day the target month lacks over into the next, so a retention period never ends early", () => {
    expect(addPeriodRollingOver("2020-02-29", 1, 0)).toBe("2021-03-01");
    expect(addPeriodRollingOver("2019-01-31", 0, 1)).toBe("2019-03-03");
    expect(addPeriodRollingOver("2019-05-15", 6, 0)).toBe("2025-05-15");
  });
});
