import { describe, expect, it } from "vitest";
import { suppress, suppressBreakdown, SMALL_COUNT } from "./suppression.js";

describe("the suppression routine (ONS method)", () => {
  it("withholds counts from 1 to 4 from callers without detail access", () => {
    for (const count of [1, 2, 3, 4]) expect(suppress(count, false)).toEqual({ count: null, suppressed: true });
  });

  it("rounds every other count to a multiple of 5 for them, 0 included", () => {
    expect(suppress(0, false)).toEqual({ count: 0, suppressed: false });
    expect(suppress(5, false)).toEqual({ count: 5, suppressed: false });
    expect(suppress(7, false)).toEqual({ count: 5, suppressed: false });
    expect(suppress(8, false)).toEqual({ count: 10, suppressed: false });
    expect(suppress(171, false)).toEqual({ count: 170, suppressed: false });
  });

  it("no difference of two published counts equals a withheld count", () => {
    const published = Array.from({ length: 400 }, (_, n) => suppress(n, false).count).filter((c) => c !== null);
    // One assertion over every pair: 160,000 separate expect() calls took half a minute on a busy machine.
    const revealing = published.flatMap((a) =>
      published
        .filter((b) => Math.abs(a! - b!) >= SMALL_COUNT.min && Math.abs(a! - b!) <= SMALL_COUNT.max)
        .map((b) => [a, b]),
    );
    expect(revealing).toEqual([]);
  });

  it("shows exact counts to callers with detail access", () => {
    expect(suppress(3, true)).toEqual({ count: 3, suppressed: false });
    expect(suppress(171, true)).toEqual({ count: 171, suppressed: false });
  });

  it("folds a breakdown's withheld rows into one that names no key, ordered by published count", () => {
    const rows = [
      { key: "Romanian", count: 12 },
      { key: "Indian", count: 9 },
      { key: "Latvian", count: 2 },
      { key: "Israeli", count: 1 },
    ];
    expect(suppressBreakdown(rows, false)).toEqual([
      { key: "Indian", count: 10, suppressed: false },
      { key: "Romanian", count: 10, suppressed: false },
      { key: null, count: null, suppressed: true },
    ]);
    expect(suppressBreakdown(rows, true).map((row) => row.count)).toEqual([12, 9, 2, 1]);
  });
});
