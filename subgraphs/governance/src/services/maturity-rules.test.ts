import { describe, expect, it } from "vitest";
import { MaturityArea as Area, MaturityLevel as Level } from "../entities/index.js";
import { compareAreas, levelChange } from "../entities/index.js";
import { ratingsProblem } from "./maturity-rules.js";

const assessment = (levels: Level[]) => Object.values(Area).map((area, i) => ({ area, level: levels[i]! }));

describe("the maturity matrix", () => {
  it("counts levels gained and lost", () => {
    expect(levelChange(Level.BASIC_FIRST_STEPS, Level.MATURE_PRACTICE)).toBe(3);
    expect(levelChange(Level.SUBSTANTIAL_PROGRESS, Level.EARLY_PROGRESS)).toBe(-1);
    expect(levelChange(Level.EARLY_PROGRESS, Level.EARLY_PROGRESS)).toBe(0);
  });

  it("compares each area across assessments, the change between the last two", () => {
    const ratings = [
      ...assessment([
        Level.BASIC_FIRST_STEPS,
        Level.BASIC_FIRST_STEPS,
        Level.EARLY_PROGRESS,
        Level.EARLY_PROGRESS,
        Level.BASIC_FIRST_STEPS,
      ]),
      ...assessment([
        Level.EARLY_PROGRESS,
        Level.BASIC_FIRST_STEPS,
        Level.SUBSTANTIAL_PROGRESS,
        Level.EARLY_PROGRESS,
        Level.EARLY_PROGRESS,
      ]),
      ...assessment([
        Level.SUBSTANTIAL_PROGRESS,
        Level.EARLY_PROGRESS,
        Level.SUBSTANTIAL_PROGRESS,
        Level.BASIC_FIRST_STEPS,
        Level.EARLY_PROGRESS,
      ]),
    ];
    const comparison = compareAreas(ratings);
    expect(comparison.map((c) => c.area)).toEqual(Object.values(Area));
    expect(comparison[0]).toMatchObject({
      area: Area.LEADERSHIP,
      levels: [Level.BASIC_FIRST_STEPS, Level.EARLY_PROGRESS, Level.SUBSTANTIAL_PROGRESS],
      change: 1,
      latest: Level.SUBSTANTIAL_PROGRESS,
    });
    expect(comparison.map((c) => c.change)).toEqual([1, 1, 0, -1, 0]);
  });

  it("has no change with a single assessment, and nothing with none", () => {
    expect(compareAreas(assessment(Array(5).fill(Level.MATURE_PRACTICE))).map((c) => c.change)).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(compareAreas([])[0]).toEqual({ area: Area.LEADERSHIP, levels: [], ratings: [], change: 0, latest: null });
  });

  it("an assessment rates each of the five areas exactly once", () => {
    const full = assessment(Array(5).fill(Level.EARLY_PROGRESS));
    expect(ratingsProblem(full)).toBeNull();
    expect(ratingsProblem([...full.slice(0, 4), full[0]!])).toEqual({ index: 4, message: "LEADERSHIP is rated twice" });
    expect(ratingsProblem(full.slice(0, 4))?.message).toMatch(/SUPPLY_CHAINS not rated/);
  });
});
