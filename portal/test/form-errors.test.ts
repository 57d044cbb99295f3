import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { type FieldTable, problemsFrom } from "../src/lib/form-errors.js";
import { date, dateTime, daysInWords, turnoverBand, yearEnd } from "../src/lib/format.js";

const TABLE: FieldTable = {
  "attendees.#.email": { id: "att-{i}-email", label: "Delegate {n}: Email" },
  "location.postcode": { id: "c-postcode", label: "Postcode" },
  "location.ward": { id: "c-ward", label: "Ward" },
};

const refused = (errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe("the server's input errors, in the form's words", () => {
  it("numbers list items from 1 and drops the path from the message", () => {
    const { problems } = problemsFrom(
      refused([
        {
          message: "input.attendees[7].email: must be an email",
          extensions: { code: "BAD_USER_INPUT", field: "input.attendees[7].email" },
        },
      ]),
      TABLE,
    );
    expect(problems).toEqual([{ id: "att-7-email", label: "Delegate 8: Email", message: "Must be an email" }]);
  });

  it("reads every field the server listed, dropping class-validator's property name", () => {
    const { problems } = problemsFrom(
      refused([
        {
          message: "input.location.postcode: must be a UK postcode, e.g. B66 2AA",
          extensions: {
            code: "BAD_USER_INPUT",
            field: "input.location.postcode",
            fields: [
              { field: "input.location.postcode", message: "must be a UK postcode, e.g. B66 2AA" },
              { field: "input.location.ward", message: "ward must be longer than or equal to 2 characters" },
              { field: "input.location.businessName", message: "must not be blank" },
            ],
          },
        },
      ]),
      TABLE,
    );
    expect(problems).toEqual([
      { id: "c-postcode", label: "Postcode", message: "Must be a UK postcode, e.g. B66 2AA" },
      { id: "c-ward", label: "Ward", message: "Must be longer than or equal to 2 characters" },
      // A field the form does not show still reads as words, not as a path.
      { id: null, label: "Location: Business name", message: "Must not be blank" },
    ]);
  });

  it("leaves every other error to be shown as it is", () => {
    const { problems, others } = problemsFrom(
      refused([{ message: "changed by someone else", extensions: { code: "CONFLICT" } }]),
      TABLE,
    );
    expect(problems).toEqual([]);
    expect(others.map((e) => e.message)).toEqual(["changed by someone else"]);
  });
});

describe("en-GB formats", () => {
  it("writes days in words, on the calendar day whatever the browser's zone", () => {
    expect(date("2020-03-31")).toBe("31 March 2020");
    expect(date(null)).toBe("—");
  });

  it("reads the ISO days in a server's sentence as words", () => {
    expect(daysInWords("2099-01-01 is in the future")).toBe("1 January 2099 is in the future");
    expect(daysInWords("must be after today (2026-12-11): a hold")).toBe(
      "must be after today (11 December 2026): a hold",
    );
    expect(daysInWords("at 2026-01-13T09:30:00Z")).toBe("at 2026-01-13T09:30:00Z");
  });

  it("writes an instant on UK time", () => {
    expect(dateTime("2020-07-01T08:30:00Z")).toMatch(/^1 July 2020(,| at) 09:30$/);
  });

  it("writes turnover bands and year ends as the registry's readers say them", () => {
    expect(turnoverBand("FROM_100M_TO_500M")).toBe("£100 million to £500 million");
    expect(turnoverBand("UNDER_36M")).toBe("Under £36 million");
    expect(turnoverBand("OVER_500M")).toBe("Over £500 million");
    expect(turnoverBand("UNKNOWN")).toBe("Not known");
    expect(yearEnd("03-31")).toBe("31 March");
  });
});
