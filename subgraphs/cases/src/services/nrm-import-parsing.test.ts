import { describe, expect, it } from "vitest";
import { AgeGroup, ExploitationType, Gender } from "../entities/index.js";
import { checkNrmRow, columnsOf, headerKey, logDate, NRM_COLUMNS, type NrmColumn } from "./nrm-import-parsing.js";

const POLICE = { id: "a0000000-0000-4000-8000-000000000001", shortName: "WMP", sector: "POLICE", firstResponder: true };
const NGO = { id: "a0000000-0000-4000-8000-000000000002", shortName: "SACC", sector: "NGO", firstResponder: false };
const COUNCIL = {
  id: "a0000000-0000-4000-8000-000000000003",
  shortName: "SMBC",
  sector: "LOCAL_AUTHORITY",
  firstResponder: true,
};
const CONTEXT = { today: "2026-12-11", callerAgencyId: POLICE.id, memberAgencies: [POLICE, NGO, COUNCIL] };
const COLUMNS = new Map<NrmColumn, string>(NRM_COLUMNS.map((column) => [column, column]));

const GOOD: Record<NrmColumn, string> = {
  concern_reference: "shop-2026-0012",
  referral_date: "15/06/2026",
  referring_agency: "wmp",
  referrer_email: " Marcus.Oyelaran@wmp.example.org ",
  age_group: "Adult",
  gender: "male",
  nationality: "Romanian",
  exploitation_types: "labour; criminal",
  consent: "Yes",
};
const check = (changes: Partial<Record<NrmColumn, string>>, context = CONTEXT) =>
  checkNrmRow({ ...GOOD, ...changes }, COLUMNS, 7, context);

describe("reading a row of an NRM referral log", () => {
  it("reads a good row: UK date, agency by short name in any case, several kinds of exploitation", () => {
    expect(check({})).toEqual({
      row: {
        line: 7,
        concernReference: "SHOP-2026-0012",
        referredOn: "2026-06-15",
        referringAgencyId: POLICE.id,
        referrerEmail: "marcus.oyelaran@wmp.example.org",
        ageGroup: AgeGroup.ADULT,
        gender: Gender.MALE,
        nationality: "Romanian",
        exploitationTypes: [ExploitationType.LABOUR, ExploitationType.CRIMINAL],
        consent: true,
      },
      problems: [],
    });
  });

  it("takes ISO dates, children without consent, age unknown, and repeated kinds once", () => {
    const { row, problems } = check({
      referral_date: "2026-06-16",
      age_group: "child",
      consent: "",
      exploitation_types: "Sexual, sexual / domestic servitude",
      nationality: "",
    });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      referredOn: "2026-06-16",
      ageGroup: AgeGroup.MINOR,
      consent: null,
      nationality: null,
      exploitationTypes: [ExploitationType.SEXUAL, ExploitationType.DOMESTIC_SERVITUDE],
    });
    expect(check({ age_group: "unknown", consent: "no" }).row.ageGroup).toBe(AgeGroup.UNKNOWN);
    expect(check({ age_group: "unknown", consent: "no" }).problems).toEqual([]);
  });

  it("reports every problem of a row, each with its column", () => {
    const { problems } = check({
      concern_reference: " ",
      referral_date: "2026/06/15",
      referring_agency: "SMBC",
      referrer_email: "not an email",
      age_group: "teenager",
      gender: "m",
      nationality: "X",
      exploitation_types: "labour; trafficking",
      consent: "maybe",
    });
    expect(problems.map((p) => p.column)).toEqual([
      "concern_reference",
      "referral_date",
      "referring_agency",
      "referrer_email",
      "age_group",
      "gender",
      "nationality",
      "exploitation_types",
      "consent",
    ]);
    expect(problems[1]!.message).toBe('"2026/06/15" is not a date: write dd/mm/yyyy or yyyy-mm-dd');
    expect(problems[2]!.message).toMatch(/another agency \(SMBC\).*your own agency \(WMP\)/);
    expect(problems[7]!.message).toMatch(/^"trafficking": /);
  });

  it("refuses an adult's referral without consent, a future date, a day that does not exist, an unknown agency", () => {
    expect(check({ consent: "no" }).problems).toEqual([
      { column: "consent", message: expect.stringMatching(/duty-to-notify/) },
    ]);
    expect(check({ consent: "" }).problems).toEqual([
      { column: "consent", message: expect.stringMatching(/only with their consent/) },
    ]);
    expect(check({ referral_date: "12/12/2026" }).problems).toEqual([
      { column: "referral_date", message: "2026-12-12 is in the future" },
    ]);
    expect(check({ referral_date: "31/02/2026" }).problems[0]!.column).toBe("referral_date");
    expect(check({ referring_agency: "NOPE" }).problems).toEqual([
      { column: "referring_agency", message: '"NOPE" is the short name of no member agency of the partnership' },
    ]);
  });

  it("refuses referrals from an agency that is not a first responder organisation", () => {
    const { problems } = check({ referring_agency: "SACC" }, { ...CONTEXT, callerAgencyId: NGO.id });
    expect(problems).toEqual([
      { column: "referring_agency", message: expect.stringMatching(/SACC is not a first responder organisation/) },
    ]);
  });

  it("keeps what it could read of a row with problems, for the checks against the database", () => {
    const { row } = check({ gender: "?" });
    expect(row).toMatchObject({ concernReference: "SHOP-2026-0012", referrerEmail: "marcus.oyelaran@wmp.example.org" });
  });
});

describe("the header and dates of an NRM referral log", () => {
  it("finds columns by name in any case, spacing, and their other usual names", () => {
    const header = [
      "Concern",
      "Date Referred",
      "Agency",
      "Referrer",
      "Age",
      "Sex",
      "Exploitation Type",
      "Consent",
      "Notes",
    ];
    const { columns, problems } = columnsOf(header.map(headerKey));
    expect(problems).toEqual([]);
    expect(columns.get("referral_date")).toBe("date_referred");
    expect(columns.has("nationality")).toBe(false);
  });

  it("names each required column missing, and a column named twice", () => {
    expect(columnsOf(["concern", "reference", "gender"]).problems).toEqual([
      "names the concern_reference column twice (concern, reference)",
      expect.stringMatching(/^lacks the referral_date column/),
      expect.stringMatching(/^lacks the referring_agency column/),
      expect.stringMatching(/^lacks the referrer_email column/),
      expect.stringMatching(/^lacks the age_group column/),
      expect.stringMatching(/^lacks the exploitation_types column/),
      expect.stringMatching(/^lacks the consent column/),
    ]);
  });

  it("reads UK and ISO days and nothing else", () => {
    expect(logDate("5/4/2026")).toBe("2026-04-05");
    expect(logDate("05/04/2026")).toBe("2026-04-05");
    expect(logDate("2026-04-05")).toBe("2026-04-05");
    expect(logDate("29/02/2024")).toBe("2024-02-29");
    for (const text of ["29/02/2025", "2026-13-01", "04/05/26", "5 April 2026", "2026-04-05T10:00", "04-05-2026"])
      expect(logDate(text)).toBeNull();
  });
});
