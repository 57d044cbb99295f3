import { randomUUID } from "node:crypto";
import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * The figures real partnerships' annual reports publish, from a year built through the API (not
 * the demo): NRM referrals by first responder × adult / minor / age unknown, by the combination of
 * kinds of exploitation, by nationality and gender of the people referred, duty-to-notify (MS1)
 * reports by agency, and each headline figure against the year before. Exact for a caller whose
 * agreements grant what is counted; through the suppression routine for everyone else.
 */
const THIS_YEAR = { from: "2024-04-01", to: "2025-03-31" };
const LAST_YEAR = { from: "2023-04-01", to: "2024-03-31" };

/** Who refers (a first responder's caseworker) and the directory person of theirs who makes the referral. */
const REFERRERS: Record<string, string> = {
  WMP: "marcus.oyelaran@wmp.example.org",
  SMBC: "helen.marsh@smbc.example.org",
  HFJ: "beth.morley@hfj.example.org",
  SALV: "grace.whitfield@salv.example.org",
  SCT: "joanne.pike@sct.example.org",
};

interface Group {
  /** How many people alike. */
  n: number;
  /** The concern of the year they were screened in (index into the year's concerns). */
  concern: number;
  /** The agency that refers them, or reports them under the duty to notify when `declined`. */
  by: string;
  ageGroup: "ADULT" | "MINOR" | "UNKNOWN";
  /** The main kind first. */
  kinds: string[];
  nationality: string | null;
  gender: "MALE" | "FEMALE";
  /** An adult who declined the NRM: an MS1 report instead of a referral. */
  declined?: boolean;
}

interface Year {
  concerns: Array<{ receivedOn: string; exploitationTypes: string[] }>;
  people: Group[];
}

/** 26 referrals by five first responders, and 8 adults who declined (MS1). */
const YEAR_2024: Year = {
  concerns: [
    { receivedOn: "2024-05-02", exploitationTypes: ["LABOUR", "CRIMINAL"] },
    { receivedOn: "2024-09-10", exploitationTypes: ["SEXUAL"] },
    { receivedOn: "2025-01-15", exploitationTypes: ["CRIMINAL", "DOMESTIC_SERVITUDE"] },
  ],
  people: [
    {
      n: 6,
      concern: 0,
      by: "WMP",
      ageGroup: "ADULT",
      kinds: ["LABOUR", "CRIMINAL"],
      nationality: "Romanian",
      gender: "MALE",
    },
    { n: 2, concern: 0, by: "WMP", ageGroup: "ADULT", kinds: ["LABOUR"], nationality: "Romanian", gender: "MALE" },
    { n: 1, concern: 2, by: "WMP", ageGroup: "UNKNOWN", kinds: ["CRIMINAL"], nationality: null, gender: "MALE" },
    { n: 5, concern: 1, by: "SMBC", ageGroup: "ADULT", kinds: ["SEXUAL"], nationality: "Albanian", gender: "FEMALE" },
    { n: 2, concern: 1, by: "SMBC", ageGroup: "MINOR", kinds: ["SEXUAL"], nationality: "British", gender: "FEMALE" },
    { n: 3, concern: 0, by: "HFJ", ageGroup: "ADULT", kinds: ["LABOUR"], nationality: "Polish", gender: "MALE" },
    {
      n: 1,
      concern: 2,
      by: "SALV",
      ageGroup: "ADULT",
      kinds: ["DOMESTIC_SERVITUDE"],
      nationality: "Vietnamese",
      gender: "FEMALE",
    },
    {
      n: 4,
      concern: 2,
      by: "SCT",
      ageGroup: "MINOR",
      kinds: ["CRIMINAL", "SEXUAL"],
      nationality: "British",
      gender: "MALE",
    },
    {
      n: 2,
      concern: 2,
      by: "SCT",
      ageGroup: "UNKNOWN",
      kinds: ["CRIMINAL"],
      nationality: "Vietnamese",
      gender: "MALE",
    },
    {
      n: 6,
      concern: 0,
      by: "WMP",
      ageGroup: "ADULT",
      kinds: ["LABOUR"],
      nationality: "Indian",
      gender: "MALE",
      declined: true,
    },
    {
      n: 2,
      concern: 1,
      by: "SMBC",
      ageGroup: "ADULT",
      kinds: ["SEXUAL"],
      nationality: "Indian",
      gender: "FEMALE",
      declined: true,
    },
  ],
};

/** The year before: 19 referrals and 3 MS1 reports. */
const YEAR_2023: Year = {
  concerns: [
    { receivedOn: "2023-06-01", exploitationTypes: ["LABOUR"] },
    { receivedOn: "2023-11-20", exploitationTypes: ["SEXUAL"] },
  ],
  people: [
    { n: 10, concern: 0, by: "WMP", ageGroup: "ADULT", kinds: ["LABOUR"], nationality: "Romanian", gender: "MALE" },
    { n: 5, concern: 1, by: "SMBC", ageGroup: "ADULT", kinds: ["SEXUAL"], nationality: "Albanian", gender: "FEMALE" },
    { n: 4, concern: 0, by: "HFJ", ageGroup: "ADULT", kinds: ["LABOUR"], nationality: "Polish", gender: "MALE" },
    {
      n: 3,
      concern: 0,
      by: "WMP",
      ageGroup: "ADULT",
      kinds: ["LABOUR"],
      nationality: "Indian",
      gender: "MALE",
      declined: true,
    },
  ],
};

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) { referToNrm(victimId: $victimId, input: $input) { id } }`;
const NOTIFY = `mutation Notify($victimId: ID!, $input: DutyToNotifyInput!) { recordDutyToNotify(victimId: $victimId, input: $input) { id } }`;

const FIGURE = "count suppressed from to previous { count suppressed from to } change changePercent";
const AGENCY_ROW = "agencyId agency { shortName } count suppressed";
const KEY_ROW = "key count suppressed";
const TABLE = `query Table($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  concerns { ${FIGURE} }
  peopleScreened { ${FIGURE} }
  nrmReferrals { ${FIGURE} }
  dutyToNotifyReports { ${FIGURE} }
  nrmReferralsByReferringAgency { ${AGENCY_ROW} }
  nrmReferralsByAgeGroup { ${KEY_ROW} }
  nrmReferralsByReferringAgencyAndAgeGroup { agencyId agency { shortName } ageGroup count suppressed }
  nrmReferralsByExploitationTypes { ${KEY_ROW} }
  nrmReferralsByNationality { ${KEY_ROW} }
  nrmReferralsByGender { ${KEY_ROW} }
  dutyToNotifyReportsByAgency { ${AGENCY_ROW} }
  peopleScreenedByNationality { ${KEY_ROW} }
} }`;

const SHORT_NAMES = new Map(Object.keys(REFERRERS).map((shortName) => [demoAgencyId(shortName), shortName]));
/** A row of a breakdown by agency, with the agency's short name from its id (the directory's answer is checked apart). */
const byShortName = (rows: Array<{ agencyId: string | null; count: number | null; suppressed: boolean }>) =>
  rows.map(({ agencyId, count, suppressed }) => ({
    agency: agencyId === null ? null : (SHORT_NAMES.get(agencyId) ?? agencyId),
    count,
    suppressed,
  }));
const exact = (count: number) => ({ count, suppressed: false });
const WITHHELD = { count: null, suppressed: true };

describe("the figures annual reports publish, from a year built through the API", () => {
  let t: TestPlatform;
  let police: Client;
  let outsider: Client;
  let regulator: Client;
  const caseworkers = new Map<string, Client>();
  let oldbury: string;

  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.query<T>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  /** A year's concerns, people and referrals, each written by the agency that would write it. */
  async function build(year: Year) {
    const concernIds: string[] = [];
    for (const concern of year.concerns) {
      const recorded = await ok(police, RECORD, {
        input: {
          ...concern,
          source: "POLICE",
          participatingAgencyIds: ["SMBC", "HFJ", "SALV", "SCT"].map((shortName) => demoAgencyId(shortName)),
          location: {
            type: "CAR_WASH",
            areaId: oldbury,
            ward: "Langley",
            address: "1 Station Road",
            postcode: "B69 4AA",
          },
        },
      });
      concernIds.push(recorded.recordConcern.id);
    }
    for (const group of year.people) {
      const { receivedOn } = year.concerns[group.concern]!;
      const screenedOn = receivedOn.replace(/-\d\d$/, "-20");
      for (let i = 0; i < group.n; i++) {
        const [main, ...additional] = group.kinds;
        const screened = await ok(police, SCREEN, {
          concernId: concernIds[group.concern],
          input: {
            screenedOn,
            ageGroup: group.ageGroup,
            gender: group.gender,
            nationality: group.nationality,
            exploitationType: main,
            additionalExploitationTypes: additional,
          },
        });
        const victimId = screened.screenPerson.id;
        const agency = caseworkers.get(group.by)!;
        if (group.declined)
          await ok(agency, NOTIFY, {
            victimId,
            input: { reportedOn: screenedOn, reportingAgencyId: demoAgencyId(group.by) },
          });
        else
          await ok(agency, REFER, {
            victimId,
            input: {
              referredOn: screenedOn,
              referringAgencyId: demoAgencyId(group.by),
              referrerEmail: REFERRERS[group.by],
              consentGiven: group.ageGroup === "ADULT" ? true : null,
            },
          });
      }
    }
  }

  let asPolice: any;
  let asOutsider: any;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    // SMBC's procurement team: STATISTICS, but no casework category.
    outsider = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    // The GLAA: CASE_SUMMARY and STATISTICS, but not SAFEGUARDING.
    regulator = await t.as("GLAA", Role.CASEWORKER);
    for (const shortName of Object.keys(REFERRERS))
      caseworkers.set(shortName, shortName === "WMP" ? police : await t.as(shortName, Role.CASEWORKER));
    const areas = await ok(police, `{ areas(first: 20) { nodes { id name } } }`);
    oldbury = areas.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;

    // Neither year has any casework in the demo: every figure below is this test's own.
    const empty = await ok(police, TABLE, { from: LAST_YEAR.from, to: THIS_YEAR.to });
    expect(empty.caseStatistics.concerns.count).toBe(0);
    expect(empty.caseStatistics.nrmReferrals.previous.count).toBe(0);

    await build(YEAR_2023);
    await build(YEAR_2024);
    asPolice = (await ok(police, TABLE, THIS_YEAR)).caseStatistics;
    asOutsider = (await ok(outsider, TABLE, THIS_YEAR)).caseStatistics;
  }, 180_000);
  afterAll(async () => {
    await t?.stop();
  });

  describe("exact, for a caller whose agreements grant what is counted", () => {
    it("NRM referrals by first responder", () => {
      expect(byShortName(asPolice.nrmReferralsByReferringAgency)).toEqual([
        { agency: "WMP", ...exact(9) },
        { agency: "SMBC", ...exact(7) },
        { agency: "SCT", ...exact(6) },
        { agency: "HFJ", ...exact(3) },
        { agency: "SALV", ...exact(1) },
      ]);
      for (const row of asPolice.nrmReferralsByReferringAgency)
        expect(row.agency.shortName).toBe(SHORT_NAMES.get(row.agencyId));
    });

    it("by age group: adult, minor and age unknown, three groups, the unknown never counted as minors", () => {
      expect(asPolice.nrmReferralsByAgeGroup).toEqual([
        { key: "ADULT", ...exact(17) },
        { key: "MINOR", ...exact(6) },
        { key: "UNKNOWN", ...exact(3) },
      ]);
    });

    it("by first responder × age group: the cells of the published table, most first", () => {
      const cells = asPolice.nrmReferralsByReferringAgencyAndAgeGroup;
      expect(
        Object.fromEntries(cells.map((cell: any) => [`${cell.agency.shortName} ${cell.ageGroup}`, cell.count])),
      ).toEqual({
        "WMP ADULT": 8,
        "WMP UNKNOWN": 1,
        "SMBC ADULT": 5,
        "SMBC MINOR": 2,
        "HFJ ADULT": 3,
        "SALV ADULT": 1,
        "SCT MINOR": 4,
        "SCT UNKNOWN": 2,
      });
      const counts = cells.map((cell: any) => cell.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const cell of cells)
        expect(cell).toMatchObject({ agencyId: demoAgencyId(cell.agency.shortName), suppressed: false });
    });

    it("by the combination of kinds of exploitation of the person referred", () => {
      expect(asPolice.nrmReferralsByExploitationTypes).toEqual([
        { key: "SEXUAL", ...exact(7) },
        { key: "CRIMINAL+LABOUR", ...exact(6) },
        { key: "LABOUR", ...exact(5) },
        { key: "CRIMINAL+SEXUAL", ...exact(4) },
        { key: "CRIMINAL", ...exact(3) },
        { key: "DOMESTIC_SERVITUDE", ...exact(1) },
      ]);
    });

    it("by nationality and gender of the people referred: per referral, not per person screened", () => {
      expect(asPolice.nrmReferralsByNationality).toEqual([
        { key: "Romanian", ...exact(8) },
        { key: "British", ...exact(6) },
        { key: "Albanian", ...exact(5) },
        { key: "Polish", ...exact(3) },
        { key: "Vietnamese", ...exact(3) },
        { key: "NOT_RECORDED", ...exact(1) },
      ]);
      // The eight Indian adults who declined the NRM were screened, not referred.
      expect(asPolice.peopleScreenedByNationality).toContainEqual({ key: "Indian", ...exact(8) });
      expect(asPolice.nrmReferralsByGender).toEqual([
        { key: "MALE", ...exact(18) },
        { key: "FEMALE", ...exact(8) },
      ]);
    });

    it("duty-to-notify (MS1) reports by agency", () => {
      expect(byShortName(asPolice.dutyToNotifyReportsByAgency)).toEqual([
        { agency: "WMP", ...exact(6) },
        { agency: "SMBC", ...exact(2) },
      ]);
    });

    it("each headline figure against the financial year before", () => {
      const previous = { from: LAST_YEAR.from, to: LAST_YEAR.to, suppressed: false };
      expect(asPolice.nrmReferrals).toEqual({
        ...THIS_YEAR,
        ...exact(26),
        previous: { ...previous, count: 19 },
        change: 7,
        changePercent: 37,
      });
      expect(asPolice.dutyToNotifyReports).toEqual({
        ...THIS_YEAR,
        ...exact(8),
        previous: { ...previous, count: 3 },
        change: 5,
        changePercent: 167,
      });
      expect(asPolice.peopleScreened).toEqual({
        ...THIS_YEAR,
        ...exact(34),
        previous: { ...previous, count: 22 },
        change: 12,
        changePercent: 55,
      });
      expect(asPolice.concerns).toEqual({
        ...THIS_YEAR,
        ...exact(3),
        previous: { ...previous, count: 2 },
        change: 1,
        changePercent: 50,
      });
    });

    it("a fall reads as a negative change, and a year against an empty one has no percent", async () => {
      const lastYear = (await ok(police, TABLE, LAST_YEAR)).caseStatistics;
      expect(lastYear.nrmReferrals).toMatchObject({
        count: 19,
        previous: { count: 0 },
        change: 19,
        changePercent: null,
      });
      const backwards = await ok(
        police,
        `query($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) { nrmReferrals { count change changePercent } } }`,
        { from: "2025-04-01", to: "2026-03-31" },
      );
      expect(backwards.caseStatistics.nrmReferrals).toEqual({ count: 0, change: -26, changePercent: -100 });
    });

    it("a period of whole months compares with the months before it; any other with the days before it", async () => {
      const PREVIOUS = `query($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
        nrmReferrals { count previous { from to count previous { from to } } } } }`;
      const quarter = (await ok(police, PREVIOUS, { from: "2025-01-01", to: "2025-03-31" })).caseStatistics;
      expect(quarter.nrmReferrals).toEqual({
        count: 8,
        previous: {
          from: "2024-10-01",
          to: "2024-12-31",
          count: 0,
          previous: { from: "2024-07-01", to: "2024-09-30" },
        },
      });
      const days = (await ok(police, PREVIOUS, { from: "2024-09-15", to: "2024-10-14" })).caseStatistics;
      expect(days.nrmReferrals).toEqual({
        count: 7,
        previous: {
          from: "2024-08-16",
          to: "2024-09-14",
          count: 0,
          previous: { from: "2024-07-17", to: "2024-08-15" },
        },
      });
    });
  });

  describe("through the suppression routine, for a caller without detail access", () => {
    it("breakdowns: 1 to 4 withheld and folded into one row naming nothing, the rest rounded to base 5", () => {
      const published = byShortName(asOutsider.nrmReferralsByReferringAgency);
      // SMBC's 7 and SCT's 6 both publish as 5: their order is by the published count, then the key.
      expect(published[0]).toEqual({ agency: "WMP", count: 10, suppressed: false });
      expect(published.slice(1, 3)).toEqual(
        expect.arrayContaining([
          { agency: "SMBC", count: 5, suppressed: false },
          { agency: "SCT", count: 5, suppressed: false },
        ]),
      );
      expect(published.slice(3)).toEqual([{ agency: null, ...WITHHELD }]);
      expect(asOutsider.nrmReferralsByReferringAgency[3]).toEqual({ agencyId: null, agency: null, ...WITHHELD });

      expect(asOutsider.nrmReferralsByAgeGroup).toEqual([
        { key: "ADULT", count: 15, suppressed: false },
        { key: "MINOR", count: 5, suppressed: false },
        { key: "SUPPRESSED", ...WITHHELD },
      ]);
      expect(asOutsider.nrmReferralsByReferringAgencyAndAgeGroup).toEqual([
        {
          agencyId: demoAgencyId("WMP"),
          agency: { shortName: "WMP" },
          ageGroup: "ADULT",
          count: 10,
          suppressed: false,
        },
        {
          agencyId: demoAgencyId("SMBC"),
          agency: { shortName: "SMBC" },
          ageGroup: "ADULT",
          count: 5,
          suppressed: false,
        },
        { agencyId: null, agency: null, ageGroup: null, ...WITHHELD },
      ]);
      expect(asOutsider.nrmReferralsByExploitationTypes).toEqual([
        { key: "CRIMINAL+LABOUR", count: 5, suppressed: false },
        { key: "LABOUR", count: 5, suppressed: false },
        { key: "SEXUAL", count: 5, suppressed: false },
        { key: "SUPPRESSED", ...WITHHELD },
      ]);
      expect(asOutsider.nrmReferralsByNationality).toEqual([
        { key: "Romanian", count: 10, suppressed: false },
        { key: "Albanian", count: 5, suppressed: false },
        { key: "British", count: 5, suppressed: false },
        { key: "SUPPRESSED", ...WITHHELD },
      ]);
      expect(asOutsider.nrmReferralsByGender).toEqual([
        { key: "MALE", count: 20, suppressed: false },
        { key: "FEMALE", count: 10, suppressed: false },
      ]);
      expect(byShortName(asOutsider.dutyToNotifyReportsByAgency)).toEqual([
        { agency: "WMP", count: 5, suppressed: false },
        { agency: null, ...WITHHELD },
      ]);
    });

    it("the change against last year is computed from the published figures, and withheld with either", () => {
      const previous = { from: LAST_YEAR.from, to: LAST_YEAR.to };
      // 26 against 19 exactly; published 25 against 20.
      expect(asOutsider.nrmReferrals).toEqual({
        ...THIS_YEAR,
        count: 25,
        suppressed: false,
        previous: { ...previous, count: 20, suppressed: false },
        change: 5,
        changePercent: 25,
      });
      // 34 against 22 exactly; published 35 against 20.
      expect(asOutsider.peopleScreened).toMatchObject({
        count: 35,
        previous: { count: 20 },
        change: 15,
        changePercent: 75,
      });
      // 8 against 3: last year's 3 is withheld, so is the change.
      expect(asOutsider.dutyToNotifyReports).toEqual({
        ...THIS_YEAR,
        count: 10,
        suppressed: false,
        previous: { ...previous, ...WITHHELD },
        change: null,
        changePercent: null,
      });
      expect(asOutsider.concerns).toEqual({
        ...THIS_YEAR,
        ...WITHHELD,
        previous: { ...previous, ...WITHHELD },
        change: null,
        changePercent: null,
      });
    });

    it("a figure crossing two categories is exact only with both: CASE_SUMMARY alone gives the rounded one", async () => {
      const asRegulator = (await ok(regulator, TABLE, THIS_YEAR)).caseStatistics;
      expect(asRegulator.nrmReferralsByExploitationTypes).toEqual(asOutsider.nrmReferralsByExploitationTypes);
      // Concerns are CASE_SUMMARY only: the regulator sees them exactly.
      expect(asRegulator.concerns).toMatchObject({ count: 3, change: 1, changePercent: 50 });
    });

    it("a network's figures compare with the year before in the same way", async () => {
      const network = await ok(
        police,
        `query($from: LocalDate!, $to: LocalDate!) { networks { caseStatistics(from: $from, to: $to) {
          nrmReferrals { ${FIGURE} } peopleScreened { count previous { count } change changePercent } } } }`,
        THIS_YEAR,
      );
      // Tame Valley has no casework in these years: the network's figures are Sandwell's, rounded.
      expect(network.networks[0].caseStatistics).toEqual({
        nrmReferrals: asOutsider.nrmReferrals,
        peopleScreened: { count: 35, previous: { count: 20 }, change: 15, changePercent: 75 },
      });
    });
  });

  it("a figure's previous period costs one statement, however many of its fields ask for it", async () => {
    const cases = t.platform.subgraphs.find((subgraph) => subgraph.name === "cases")!;
    // The fewest of three runs: the audit trail's batched writes land in one run or another.
    const cost = async (query: string, period = THIS_YEAR) => {
      const runs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const before = cases.statements!();
        await ok(police, query, period);
        runs.push(cases.statements!() - before);
      }
      return Math.min(...runs);
    };
    const figures = (selection: string) =>
      `query($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) { ${selection} } }`;
    const alone = await cost(figures("nrmReferrals { count }"));
    // One statement each level, in a read snapshot of its own (BEGIN and ROLLBACK).
    expect(await cost(figures("nrmReferrals { count previous { count } change changePercent }"))).toBe(alone + 3);
    expect(await cost(figures("nrmReferrals { count change previous { count change previous { count } } }"))).toBe(
      alone + 6,
    );
    // The whole published table is one GROUP BY per breakdown and figure, whatever the number of rows.
    expect(await cost(TABLE, THIS_YEAR)).toBe(await cost(TABLE, LAST_YEAR));
  });

  // Last: it breaks a reference underneath the figures above.
  it("a row whose agency the directory no longer resolves still answers, marked, and nulls nothing else", async () => {
    const ghost = randomUUID();
    await t.database.query(
      `UPDATE cases.nrm_referral SET referring_agency_id = $1 WHERE referring_agency_id = $2 AND referred_on BETWEEN $3 AND $4`,
      [ghost, demoAgencyId("SALV"), THIS_YEAR.from, THIS_YEAR.to],
    );
    const result = await police.query<any>(TABLE, THIS_YEAR);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const figures = result.data!.caseStatistics;
    expect(figures.nrmReferralsByReferringAgency).toEqual([
      ...asPolice.nrmReferralsByReferringAgency.filter((row: any) => row.agencyId !== demoAgencyId("SALV")),
      { agencyId: ghost, agency: null, ...exact(1) },
    ]);
    expect(figures.nrmReferralsByReferringAgencyAndAgeGroup).toContainEqual({
      agencyId: ghost,
      agency: null,
      ageGroup: "ADULT",
      ...exact(1),
    });
    expect(figures.nrmReferralsByReferringAgencyAndAgeGroup).toHaveLength(8);
    // Every other figure of the table is as it was.
    expect({ ...figures, nrmReferralsByReferringAgency: null, nrmReferralsByReferringAgencyAndAgeGroup: null }).toEqual(
      {
        ...asPolice,
        nrmReferralsByReferringAgency: null,
        nrmReferralsByReferringAgencyAndAgeGroup: null,
      },
    );
  });
});
