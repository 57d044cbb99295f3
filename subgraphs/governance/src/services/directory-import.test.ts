import { describe, expect, it } from "vitest";
import { DirectoryImportOutcome } from "../entities/index.js";
import { checkDirectoryRow, parseDate } from "./directory-import-service.js";

const TODAY = "2026-12-11";
const row = (overrides: Record<string, string> = {}) => ({
  name: "Asha Patel",
  email: "Asha.Patel@Example.gov.uk ",
  job_title: "Safeguarding lead",
  agency: "SMBC",
  ...overrides,
});
const rejected = (record: Record<string, string>) => {
  const result = checkDirectoryRow(record, 7, TODAY);
  expect("outcome" in result && result.outcome).toBe(DirectoryImportOutcome.REJECTED);
  return result as { column: string; reason: string; row: number };
};

describe("directory import: one row's cells", () => {
  it("cleans a good row: email in lower case, an empty job title null, no roles", () => {
    expect(checkDirectoryRow(row({ job_title: " " }), 2, TODAY)).toEqual({
      row: 2,
      name: "Asha Patel",
      email: "asha.patel@example.gov.uk",
      jobTitle: null,
      agency: "SMBC",
      userId: null,
      roles: [],
      startDate: null,
    });
  });

  it("reads roles separated by spaces or semicolons, in any case, each once", () => {
    const result = checkDirectoryRow(
      row({ user_id: "asha.patel", roles: "coordinator; CASEWORKER  auditor;Coordinator" }),
      2,
      TODAY,
    );
    expect(result).toMatchObject({ userId: "asha.patel", roles: ["COORDINATOR", "CASEWORKER", "AUDITOR"] });
  });

  it("names the first column at fault and why", () => {
    expect(rejected(row({ name: "" }))).toMatchObject({ row: 7, column: "name", reason: "is empty" });
    expect(rejected(row({ email: "asha" }))).toMatchObject({
      column: "email",
      reason: '"asha" is not an email address',
    });
    expect(rejected(row({ agency: " " }))).toMatchObject({ column: "agency", reason: "is empty" });
    expect(rejected(row({ user_id: "asha patel" })).column).toBe("user_id");
    expect(rejected(row({ user_id: "asha", roles: "COORDINATOR SUPERUSER" }))).toMatchObject({
      column: "roles",
      reason: expect.stringMatching(/^"SUPERUSER" is not a partnership role/),
    });
    expect(rejected(row({ user_id: "asha", roles: "PLATFORM_ADMIN" })).column).toBe("roles");
    expect(rejected(row({ roles: "CASEWORKER" }))).toMatchObject({ column: "roles", reason: /need a user_id/ });
    expect(rejected(row({ start_date: "31/02/2026" }))).toMatchObject({
      column: "start_date",
      reason: '"31/02/2026" is not a date (DD/MM/YYYY or YYYY-MM-DD)',
    });
    expect(rejected(row({ start_date: "12/12/2026" }))).toMatchObject({
      column: "start_date",
      reason: "2026-12-12 is in the future",
    });
  });

  it("takes UK and ISO dates", () => {
    expect(parseDate("01/04/2026")).toBe("2026-04-01");
    expect(parseDate("1/4/2026")).toBe("2026-04-01");
    expect(parseDate("2026-04-01")).toBe("2026-04-01");
    expect(parseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseDate("29/02/2025")).toBeNull();
    expect(parseDate("04/31/2026")).toBeNull();
    expect(parseDate("2026-4-1")).toBeNull();
    expect(parseDate("1 April 2026")).toBeNull();
  });
});
