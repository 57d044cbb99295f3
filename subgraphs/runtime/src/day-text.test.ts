import { describe, expect, it } from "vitest";
import { dayFromText } from "./day-text.js";

describe("reading a day as people and UK systems write it", () => {
  it("reads ISO days, with or without a time", () => {
    expect(dayFromText("2020-03-31")).toBe("2020-03-31");
    expect(dayFromText("2026-01-13T09:30:00Z")).toBe("2026-01-13");
    expect(dayFromText(" 2020-03-31 00:00:00 ")).toBe("2020-03-31");
  });

  it("reads day-first UK dates, never month first", () => {
    expect(dayFromText("31/03/2020")).toBe("2020-03-31");
    expect(dayFromText("1/4/2020")).toBe("2020-04-01");
    expect(dayFromText("04/05/2020")).toBe("2020-05-04");
    expect(dayFromText("31/03/2020 09:30")).toBe("2020-03-31");
  });

  it("refuses days that are not in the calendar and text that is not a day", () => {
    expect(dayFromText("31/02/2020")).toBeUndefined();
    expect(dayFromText("29/02/2021")).toBeUndefined();
    expect(dayFromText("2020-13-01")).toBeUndefined();
    expect(dayFromText("03/31/2020")).toBeUndefined();
    expect(dayFromText("31-03-2020")).toBeUndefined();
    expect(dayFromText("")).toBeUndefined();
    expect(dayFromText("last year")).toBeUndefined();
  });

  it("keeps leap days", () => {
    expect(dayFromText("29/02/2020")).toBe("2020-02-29");
  });
});
