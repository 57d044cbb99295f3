import { describe, expect, it } from "vitest";
import { suppress } from "./suppression.js";

describe("small-count suppression", () => {
  it("withholds counts from 1 to 4 from callers without detail access", () => {
    for (const count of [1, 2, 3, 4]) expect(suppress(count, false)).toEqual({ count: null, suppressed: true });
  });

  it("shows 0 and 5 or more to everyone", () => {
    expect(suppress(0, false)).toEqual({ count: 0, suppressed: false });
    expect(suppress(5, false)).toEqual({ count: 5, suppressed: false });
    expect(suppress(171, false)).toEqual({ count: 171, suppressed: false });
  });

  it("shows small counts to callers with detail access", () => {
    expect(suppress(3, true)).toEqual({ count: 3, suppressed: false });
  });
});
