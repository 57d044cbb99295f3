import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * A council's corporate NRM log imported in one call: each row screens a person in a concern of
 * the partnership and refers them, all or nothing, with a report naming every row's problems by
 * column. Dates come the UK way or the ISO way; the referring agency by its short name.
 */
const PERIOD = { from: "2026-06-01", to: "2026-11-30" };
const MARCUS = "marcus.oyelaran@wmp.example.org";
const DANA = "dana.whitlock@wmp.example.org";
const HEADER =
  "Concern Reference,Referral Date,Referring Agency,Referrer Email,Age Group,Gender,Nationality,Exploitation Types,Consent,Notes";

const IMPORT = `mutation Import($csv: String!, $dryRun: Boolean) { importNrmReferrals(csv: $csv, dryRun: $dryRun) {
  committed dryRun rowsRead imported rejected
  rows { line outcome problems { column message } potentialVictimId referralId } } }`;
const FIGURES = `query Figures($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  nrmReferrals { count }
  nrmReferralsByReferringAgencyAndAgeGroup { agency { shortName } ageGroup count suppressed }
  nrmReferralsByExploitationTypes { key count }
  nrmReferralsByNationality { key count } } }`;
const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id reference } }`;

describe("importing an NRM referral log (through the gateway)", () => {
  let t: TestPlatform;
  let police: Client;
  let regulator: Client;
  let june: string;
  let august: string;

  const rowCounts = async () =>
    (
      await t.database.query<{ victims: number; referrals: number }>(
        `SELECT (SELECT count(*) FROM cases.potential_victim)::int AS victims,
                (SELECT count(*) FROM cases.nrm_referral)::int AS referrals`,
      )
    )[0]!;
  const importLog = async (client: Client, lines: string[], dryRun?: boolean) => {
    const result = await client.query<any>(IMPORT, { csv: [HEADER, ...lines].join("\n"), dryRun });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.importNrmReferrals;
  };
  const figures = async () => {
    const result = await police.query<any>(FIGURES, PERIOD);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.caseStatistics;
  };
  /** The good log: two people met in June's concern, one in August's; UK and ISO dates, the agency in any case. */
  const goodLog = () => [
    `${june},15/06/2026,WMP,${MARCUS},adult,male,Romanian,labour; criminal,yes,met at the car wash`,
    `${june.toLowerCase()},2026-06-16,wmp,${DANA},child,female,Albanian,sexual,,`,
    `${august},3/9/2026,WMP,${MARCUS.toUpperCase()},unknown,male,,criminal,no,age disputed`,
  ];

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    regulator = await t.as("GLAA", Role.CASEWORKER);
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    const oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
    const record = async (receivedOn: string) => {
      const result = await police.query<any>(RECORD, {
        input: {
          receivedOn,
          source: "POLICE",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [demoAgencyId("GLAA")],
          location: {
            type: "CAR_WASH",
            areaId: oldbury,
            ward: "Langley",
            address: "1 Station Road",
            postcode: "B69 4AA",
          },
        },
      });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.recordConcern.reference as string;
    };
    june = await record("2026-06-10");
    august = await record("2026-08-28");
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("checks a log in a dry run, writing nothing", async () => {
    const before = await rowCounts();
    const report = await importLog(police, goodLog(), true);
    expect(report).toEqual({
      committed: false,
      dryRun: true,
      rowsRead: 3,
      imported: 0,
      rejected: 0,
      rows: [2, 3, 4].map((line) => ({
        line,
        outcome: "VALID",
        problems: [],
        potentialVictimId: null,
        referralId: null,
      })),
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("writes nothing from a log with bad rows, and reports every problem of every row by column", async () => {
    const before = await rowCounts();
    const report = await importLog(police, [
      goodLog()[0]!,
      `${june},2026/06/15,WMP,${MARCUS},adult,m,Romanian,labour,yes,`,
      `${june},16/06/2026,HFJ,nobody@wmp.example.org,adult,female,Polish,labour,,`,
      `SHOP-1999-9999,01/07/2026,WMP,${MARCUS},child,male,British,trafficking,,`,
      `${august},20/08/2026,WMP,${DANA},child,male,British,criminal,,before the concern came in`,
      goodLog()[2]!,
    ]);
    const problems = (line: number) =>
      report.rows
        .find((row: any) => row.line === line)
        .problems.map((p: { column: string; message: string }) => [p.column, p.message]);
    expect(report).toMatchObject({ committed: false, dryRun: false, rowsRead: 6, imported: 0, rejected: 4 });
    expect(report.rows.map((row: any) => [row.line, row.outcome])).toEqual([
      [2, "VALID"],
      [3, "REJECTED"],
      [4, "REJECTED"],
      [5, "REJECTED"],
      [6, "REJECTED"],
      [7, "VALID"],
    ]);
    expect(problems(3)).toEqual([
      ["referral_date", '"2026/06/15" is not a date: write dd/mm/yyyy or yyyy-mm-dd'],
      ["gender", '"m": write male, female, other or not known'],
    ]);
    expect(problems(4)).toEqual([
      ["referring_agency", expect.stringMatching(/^names another agency \(HFJ\)/)],
      ["consent", "is empty: an adult is referred only with their consent (yes)"],
      ["referrer_email", expect.stringMatching(/^nobody@wmp.example.org names nobody of your agency/)],
    ]);
    expect(problems(5)).toEqual([
      ["exploitation_types", expect.stringMatching(/^"trafficking": /)],
      ["concern_reference", expect.stringMatching(/has the reference SHOP-1999-9999$/)],
    ]);
    expect(problems(6)).toEqual([["referral_date", expect.stringMatching(/^2026-08-20 is before concern/)]]);
    expect(report.rows.every((row: any) => row.referralId === null)).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it("reports what only writing finds (a partner whose agreements do not grant the fields) on every row", async () => {
    const before = await rowCounts();
    const report = await importLog(regulator, [
      `${june},15/06/2026,GLAA,sam.kettering@glaa.example.org,adult,male,Romanian,labour,yes,`,
      `${august},2026-09-01,GLAA,sam.kettering@glaa.example.org,child,female,,labour,,`,
    ]);
    expect(report).toMatchObject({ committed: false, rejected: 2 });
    for (const row of report.rows)
      expect(row).toMatchObject({
        outcome: "REJECTED",
        problems: [{ message: expect.stringMatching(/needs VICTIM_DEMOGRAPHICS under a sharing agreement/) }],
      });
    expect(await rowCounts()).toEqual(before);
  });

  it("imports a good log all at once, and the figures count it", async () => {
    const empty = await figures();
    expect(empty.nrmReferrals.count).toBe(0);
    const before = await rowCounts();
    const report = await importLog(police, goodLog());
    expect(report).toMatchObject({ committed: true, dryRun: false, rowsRead: 3, imported: 3, rejected: 0 });
    for (const row of report.rows)
      expect(row).toEqual({
        line: row.line,
        outcome: "IMPORTED",
        problems: [],
        potentialVictimId: expect.any(String),
        referralId: expect.any(String),
      });
    expect(await rowCounts()).toEqual({ victims: before.victims + 3, referrals: before.referrals + 3 });

    const after = await figures();
    expect(after.nrmReferrals.count).toBe(3);
    const cells = Object.fromEntries(
      after.nrmReferralsByReferringAgencyAndAgeGroup.map((c: any) => [`${c.agency.shortName} ${c.ageGroup}`, c.count]),
    );
    expect(cells).toEqual({ "WMP ADULT": 1, "WMP MINOR": 1, "WMP UNKNOWN": 1 });
    expect(after.nrmReferralsByExploitationTypes).toEqual(
      expect.arrayContaining([
        { key: "CRIMINAL+LABOUR", count: 1 },
        { key: "SEXUAL", count: 1 },
        { key: "CRIMINAL", count: 1 },
      ]),
    );
    expect(after.nrmReferralsByExploitationTypes).toHaveLength(3);

    // The people screened are the concerns' own, screened on the referral day, referred by the referrer named.
    const [first] = await t.database.query<{ screened_on: string; referred_on: string; referrer_email: string }>(
      `SELECT v.screened_on::text, r.referred_on::text, r.referrer_email
         FROM cases.nrm_referral r JOIN cases.potential_victim v ON v.id = r.victim_id WHERE r.id = $1`,
      [report.rows[2].referralId],
    );
    expect(first).toEqual({ screened_on: "2026-09-03", referred_on: "2026-09-03", referrer_email: MARCUS });
  });

  it("refuses a file it cannot read whole, on csv, writing nothing", async () => {
    const before = await rowCounts();
    const refused = async (csv: string, message: RegExp) => {
      const result = await police.query<any>(IMPORT, { csv });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "csv" });
      expect(result.errors![0]!.message).toMatch(message);
    };
    await refused("", /is empty/);
    await refused(HEADER, /has no rows after the header/);
    await refused("Concern,Date\nSHOP-2026-0001,01/07/2026", /lacks the referral_date column/);
    await refused(`${HEADER}\n"unterminated,01/07/2026`, /is not a readable CSV file/);
    const row = goodLog()[0]!;
    await refused(
      [HEADER, ...Array.from({ length: 301 }, () => row)].join("\n"),
      /has 301 rows; a file holds 300 at most/,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("is for caseworkers and coordinators only", async () => {
    const auditor = await t.as("SMBC", Role.AUDITOR);
    const result = await auditor.query<any>(IMPORT, { csv: [HEADER, ...goodLog()].join("\n") });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
