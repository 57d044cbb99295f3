import { describe, expect, it } from "vitest";
import { ImportRowOutcome } from "../entities/index.js";
import { checkRow } from "./lms-import-service.js";

const AGENCY = "0b6f5a57-8c3e-4c55-9a3f-8e2f7d1c0a11";
const row = (completedOn: string) =>
  checkRow(
    { email: "ann.example@smbc.example.org", name: "Ann Example", agency_id: AGENCY, completed_on: completedOn },
    2,
    "2026-12-11",
    () => true,
  );

describe("an LMS export's completion dates", () => {
  it("are read as ISO or as the UK's day-first dates", () => {
    expect(row("2020-03-31")).toMatchObject({ completedOn: "2020-03-31" });
    expect(row("31/03/2020")).toMatchObject({ completedOn: "2020-03-31" });
    expect(row("1/4/2020")).toMatchObject({ completedOn: "2020-04-01" });
  });

  it("are refused, with an example of both forms, when they are no day of the calendar", () => {
    expect(row("31/02/2020")).toMatchObject({
      outcome: ImportRowOutcome.REJECTED,
      column: "completed_on",
      reason: '"31/02/2020" is not a date (31/03/2020 or 2020-03-31)',
    });
  });

  it("are refused when in the future, whichever form they came in", () => {
    expect(row("12/12/2026")).toMatchObject({
      outcome: ImportRowOutcome.REJECTED,
      reason: '"12/12/2026" is in the future',
    });
  });
});
