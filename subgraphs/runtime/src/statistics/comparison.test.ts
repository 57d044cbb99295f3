import { describe, expect, it } from "vitest";
import { changeBetween, isWholeMonths, previousPeriod } from "./comparison.js";
import { suppress } from "./suppression.js";

describe("the previous period", () => {
  it("a financial year compares with the financial year before", () => {
    expect(previousPeriod({ from: "2020-04-01", to: "2021-03-31" })).toEqual({ from: "2019-04-01", to: "2020-03-31" });
    // Leap days do not shift it: 2020/21 has 365 days, 2019/20 has 366.
    expect(previousPeriod({ from: "2019-04-01", to: "2020-03-31" })).toEqual({ from: "2018-04-01", to: "2019-03-31" });
  });

  it("whole calendar months move back by their number of months", () => {
    expect(previousPeriod({ from: "2020-01-01", to: "2020-03-31" })).toEqual({ from: "2019-10-01", to: "2019-12-31" });
    expect(previousPeriod({ from: "2020-03-01", to: "2020-03-31" })).toEqual({ from: "2020-02-01", to: "2020-02-29" });
    expect(previousPeriod({ from: "2020-01-01", to: "2020-12-31" })).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    expect(previousPeriod({ from: "2021-02-01", to: "2021-02-28" })).toEqual({ from: "2021-01-01", to: "2021-01-31" });
  });

  it("any other period moves back by its number of days, ending the day before it starts", () => {
    expect(isWholeMonths({ from: "2020-01-15", to: "2020-02-14" })).toBe(false);
    expect(previousPeriod({ from: "2020-01-15", to: "2020-02-14" })).toEqual({ from: "2019-12-15", to: "2020-01-14" });
    expect(previousPeriod({ from: "2020-03-01", to: "2020-03-01" })).toEqual({ from: "2020-02-29", to: "2020-02-29" });
    expect(previousPeriod({ from: "2020-03-02", to: "2020-03-31" })).toEqual({ from: "2020-02-01", to: "2020-03-01" });
  });
});

describe("the change against the previous period", () => {
  it("is the difference and a whole percent of the earlier figure, rounded half away from zero", () => {
    expect(changeBetween(suppress(69, true), suppress(50, true))).toEqual({ change: 19, changePercent: 38 });
    expect(changeBetween(suppress(31, true), suppress(50, true))).toEqual({ change: -19, changePercent: -38 });
    expect(changeBetween(suppress(3, true), suppress(8, true))).toEqual({ change: -5, changePercent: -63 });
    expect(changeBetween(suppress(5, true), suppress(5, true))).toEqual({ change: 0, changePercent: 0 });
  });

  it("is computed from the published figures for callers without detail access", () => {
    // 12 and 8 are published as 10 and 10: no change, whatever the exact counts were.
    expect(changeBetween(suppress(12, false), suppress(8, false))).toEqual({ change: 0, changePercent: 0 });
    expect(changeBetween(suppress(23, false), suppress(9, false))).toEqual({ change: 15, changePercent: 150 });
  });

  it("is null where either figure is withheld, and its percent where the earlier figure is 0", () => {
    expect(changeBetween(suppress(3, false), suppress(20, false))).toEqual({ change: null, changePercent: null });
    expect(changeBetween(suppress(20, false), suppress(2, false))).toEqual({ change: null, changePercent: null });
    expect(changeBetween(suppress(20, false), suppress(0, false))).toEqual({ change: 20, changePercent: null });
  });
});
