import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { type Client, clientFor, startTestPlatform, type TestPlatform } from "../support/platform.js";

const WMP = demoAgencyId("WMP");
const LAST_YEAR = { from: "2024-04-01", to: "2025-03-31" };
const YEAR = { from: "2025-04-01", to: "2026-03-31" };

/** One referral as a partnership's NRM log lists it. */
interface Referral {
  by: "police" | "council";
  on: string;
  age: "ADULT" | "MINOR" | "UNKNOWN";
  gender: "MALE" | "FEMALE";
  nationality: string;
  kinds: string[];
}

/**
 * A partnership's year, as its annual report publishes it, built through the API alone (no demo
 * data, no SQL): a new partnership, its council and police force, their agreement and directory,
 * concerns, people screened and referred into the NRM, duty-to-notify reports and training. Every
 * figure of the published-style table is checked exactly, as the council (which holds every
 * category counted) sees it.
 */
describe("a partnership's year through the API, as its annual report publishes it", () => {
  let t: TestPlatform;
  let idp: DemoIdentityProvider;
  let partnershipId: string;
  let councilId: string;
  let council: Client;
  let police: Client;
  let trainer: Client;
  const courses: Record<string, string> = {};

  const user = async (agencyId: string, userId: string, roles: Role[]): Promise<Client> =>
    clientFor(t.gatewayUrl, await idp.issue({ userId, agencyId, roles, name: userId }), partnershipId);
  const ok = async <T = any>(client: Client, query: string, variables?: Record<string, unknown>) => {
    const answer = await client.query<T>(query, variables);
    expect(answer.errors, query.slice(0, 90)).toBeUndefined();
    return answer.data as T;
  };

  /** A concern for each referral, the person screened in it, and the referral or the MS1 report. */
  const record = async (referral: Referral, outcome: "NRM" | "MS1") => {
    const caseworker = referral.by === "police" ? police : council;
    const { recordConcern: concern } = await ok(
      caseworker,
      `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`,
      {
        input: {
          receivedOn: referral.on,
          // A Home Office referral after an asylum interview: no premises, and no postcode invented.
          source: referral.by === "police" ? "POLICE" : "HOME_OFFICE",
          exploitationTypes: referral.kinds,
          location: { type: "NOT_KNOWN" },
        },
      },
    );
    const { screenPerson: person } = await ok(
      caseworker,
      `mutation($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`,
      {
        concernId: concern.id,
        input: {
          screenedOn: referral.on,
          ageGroup: referral.age,
          gender: referral.gender,
          nationality: referral.nationality,
          exploitationType: referral.kinds[0],
          additionalExploitationTypes: referral.kinds.slice(1),
        },
      },
    );
    const agencyId = referral.by === "police" ? WMP : councilId;
    if (outcome === "MS1") {
      await ok(
        caseworker,
        `mutation($victimId: ID!, $input: DutyToNotifyInput!) { recordDutyToNotify(victimId: $victimId, input: $input) { id } }`,
        { victimId: person.id, input: { reportedOn: referral.on, reportingAgencyId: agencyId } },
      );
      return;
    }
    await ok(
      caseworker,
      `mutation($victimId: ID!, $input: NrmReferralInput!) { referToNrm(victimId: $victimId, input: $input) { id } }`,
      {
        victimId: person.id,
        input: {
          referredOn: referral.on,
          referringAgencyId: agencyId,
          referrerEmail:
            referral.by === "police"
              ? "referrer.police@northfold.example.org"
              : "referrer.council@northfold.example.org",
          consentGiven: referral.age === "ADULT" ? true : null,
        },
      },
    );
  };

  /** A session of a course and its register: who attended, who completed. */
  const session = async (course: string, startsAt: string, register: Array<[string, "ATTENDED" | "COMPLETED"]>) => {
    const { scheduleSession } = await ok(
      trainer,
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      { input: { courseId: courses[course], startsAt, trainer: "Northfold trainer", capacity: 30 } },
    );
    await ok(trainer, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: {
        sessionId: scheduleSession.id,
        attendees: register.map(([who, status]) => ({
          name: who,
          email: `${who}@northfold.example.org`,
          agencyId: who.startsWith("pc") ? WMP : councilId,
          status,
        })),
      },
    });
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    idp = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);

    // The partnership, its council (a first responder, and its chair) and the police force.
    const platform = clientFor(
      t.gatewayUrl,
      await idp.issue({
        userId: "demo:smbc:platform_admin",
        agencyId: demoAgencyId("SMBC"),
        roles: [Role.PLATFORM_ADMIN],
        name: "Platform",
      }),
    );
    const { createPartnership } = await ok(
      platform,
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
      {
        input: {
          name: "Northfold Anti-Slavery Partnership",
          shortName: "NORTHFOLD",
          referencePrefix: "NFASP",
          area: "Northfold",
          firstAdmin: { agencyId: WMP, userId: "wmp:northfold-lead" },
        },
      },
    );
    partnershipId = createPartnership.id;
    const lead = await user(WMP, "wmp:northfold-lead", [Role.PARTNERSHIP_ADMIN, Role.COORDINATOR]);
    const { createAgency } = await ok(
      lead,
      `mutation { createAgency(input: { name: "Northfold County Council", shortName: "NFCC", sector: LOCAL_AUTHORITY, firstResponder: true }) { id } }`,
    );
    councilId = createAgency.id;
    await ok(lead, `mutation { addPartnershipMember(input: { agencyId: "${councilId}", role: CHAIR }) { since } }`);
    await ok(
      lead,
      `mutation { grantPartnershipRole(input: { agencyId: "${councilId}", userId: "nfcc:admin", role: PARTNERSHIP_ADMIN }) { id } }`,
    );
    const councilAdmin = await user(councilId, "nfcc:admin", [Role.PARTNERSHIP_ADMIN]);

    // Their agreement: both see and record casework, demographics, safeguarding and staff details.
    const categories = ["CASE_SUMMARY", "VICTIM_DEMOGRAPHICS", "SAFEGUARDING", "PERSONNEL", "STATISTICS"];
    const { createSharingAgreement: agreement } = await ok(
      councilAdmin,
      `mutation($input: CreateSharingAgreementInput!) { createSharingAgreement(input: $input) { id } }`,
      {
        input: {
          reference: "ISA-NFASP-2024-01",
          title: "Northfold casework sharing",
          purpose: "Screening, referring and reporting on modern slavery in Northfold.",
          lawfulBasis: "UK GDPR Art. 6(1)(e)",
          startDate: "2024-04-01",
          endDate: "2029-03-31",
          partyAgencyIds: [WMP, councilId],
          grants: [
            { recipientAgencyId: WMP, categories },
            { recipientAgencyId: councilId, categories },
          ],
        },
      },
    );
    const sign = `mutation($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status } }`;
    await ok(lead, sign, { input: { agreementId: agreement.id, agencyId: WMP, signedBy: "Northfold lead, WMP" } });
    await ok(councilAdmin, sign, { input: { agreementId: agreement.id, agencyId: councilId, signedBy: "Director" } });

    // Its directory: the caseworkers, the referrers they name, the training officer.
    const csv = [
      "name,email,job_title,agency,user_id,roles,start_date",
      "Police caseworker,caseworker.police@northfold.example.org,Caseworker,WMP,wmp:nf-caseworker,CASEWORKER,01/04/2024",
      "Council caseworker,caseworker.council@northfold.example.org,Caseworker,NFCC,nfcc:caseworker,CASEWORKER,01/04/2024",
      "Police referrer,referrer.police@northfold.example.org,Detective Constable,WMP,,,01/04/2024",
      "Council referrer,referrer.council@northfold.example.org,Social Worker,NFCC,,,01/04/2024",
      "Training officer,training@northfold.example.org,Training Officer,NFCC,nfcc:training,TRAINING_ADMIN,01/04/2024",
    ].join("\n");
    await ok(councilAdmin, `mutation($input: ImportDirectoryInput!) { importDirectory(input: $input) { committed } }`, {
      input: { csv },
    });
    police = await user(WMP, "wmp:nf-caseworker", [Role.CASEWORKER]);
    council = await user(councilId, "nfcc:caseworker", [Role.CASEWORKER]);
    trainer = await user(councilId, "nfcc:training", [Role.TRAINING_ADMIN]);

    // Last year: three referrals.
    for (const referral of [
      { by: "police", on: "2024-06-03", age: "ADULT", gender: "MALE", nationality: "Romanian", kinds: ["LABOUR"] },
      { by: "police", on: "2024-11-19", age: "ADULT", gender: "MALE", nationality: "British", kinds: ["CRIMINAL"] },
      { by: "council", on: "2025-02-10", age: "MINOR", gender: "FEMALE", nationality: "British", kinds: ["SEXUAL"] },
    ] as Referral[])
      await record(referral, "NRM");

    // This year: nine referrals and three duty-to-notify reports.
    for (const referral of [
      { by: "police", on: "2025-04-14", age: "ADULT", gender: "MALE", nationality: "Romanian", kinds: ["LABOUR"] },
      {
        by: "police",
        on: "2025-05-02",
        age: "ADULT",
        gender: "MALE",
        nationality: "Romanian",
        kinds: ["LABOUR", "CRIMINAL"],
      },
      { by: "police", on: "2025-07-21", age: "ADULT", gender: "FEMALE", nationality: "Vietnamese", kinds: ["SEXUAL"] },
      { by: "police", on: "2025-08-08", age: "MINOR", gender: "MALE", nationality: "British", kinds: ["CRIMINAL"] },
      {
        by: "police",
        on: "2025-09-30",
        age: "MINOR",
        gender: "MALE",
        nationality: "Vietnamese",
        kinds: ["CRIMINAL", "LABOUR"],
      },
      { by: "police", on: "2025-11-11", age: "UNKNOWN", gender: "MALE", nationality: "Albanian", kinds: ["CRIMINAL"] },
      {
        by: "council",
        on: "2025-06-16",
        age: "ADULT",
        gender: "FEMALE",
        nationality: "Albanian",
        kinds: ["DOMESTIC_SERVITUDE"],
      },
      { by: "council", on: "2026-01-12", age: "ADULT", gender: "MALE", nationality: "Romanian", kinds: ["LABOUR"] },
      {
        by: "council",
        on: "2026-03-31",
        age: "MINOR",
        gender: "FEMALE",
        nationality: "British",
        kinds: ["SEXUAL", "CRIMINAL"],
      },
    ] as Referral[])
      await record(referral, "NRM");
    for (const report of [
      { by: "police", on: "2025-10-01", age: "ADULT", gender: "MALE", nationality: "Polish", kinds: ["LABOUR"] },
      { by: "police", on: "2026-02-20", age: "ADULT", gender: "FEMALE", nationality: "Polish", kinds: ["LABOUR"] },
      { by: "council", on: "2025-12-03", age: "ADULT", gender: "MALE", nationality: "Romanian", kinds: ["LABOUR"] },
    ] as Referral[])
      await record(report, "MS1");

    // Training: a webinar people attend (no certificate) and a first responder course some complete.
    for (const [title, level, format] of [
      ["Spot the signs webinar", "LEVEL_1_AWARENESS", "WEBINAR"],
      ["First responder training", "LEVEL_3_FIRST_RESPONDER", "CLASSROOM"],
    ]) {
      const { createCourse } = await ok(
        trainer,
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
        {
          input: {
            title,
            level,
            format,
            providerAgencyId: councilId,
            durationMinutes: 90,
            audience: "Front-line staff of Northfold's agencies",
          },
        },
      );
      courses[title] = createCourse.id;
    }
    await session("Spot the signs webinar", "2025-05-20T10:00:00Z", [
      ["pc-ash", "ATTENDED"],
      ["pc-bell", "ATTENDED"],
      ["sw-cole", "ATTENDED"],
      ["sw-dean", "ATTENDED"],
      ["sw-eve", "ATTENDED"],
    ]);
    await session("First responder training", "2025-10-07T09:00:00Z", [
      ["pc-ash", "COMPLETED"],
      ["sw-cole", "COMPLETED"],
      ["sw-dean", "ATTENDED"],
    ]);
  }, 240_000);
  afterAll(async () => t?.stop());

  const TABLE = `query($from: LocalDate!, $to: LocalDate!) {
    caseStatistics(from: $from, to: $to) {
      nrmReferrals { count change changePercent previous { count } }
      dutyToNotifyReports { count change changePercent previous { count } }
      nrmReferralsByReferringAgencyAndAgeGroup { agencyId ageGroup count suppressed }
      nrmReferralsByAgeGroup { key count }
      nrmReferralsByExploitationTypes { key count }
      nrmReferralsByNationality { key count }
      nrmReferralsByGender { key count }
      dutyToNotifyReportsByAgency { agencyId count }
    }
    trainingStatistics(from: $from, to: $to) {
      attended { people byCourse { course { title } count } }
      completed { people byCourse { course { title } count } }
    }
  }`;

  it("publishes referrals by first responder and age group, adult, child and age unknown kept apart", async () => {
    const { caseStatistics } = await ok(council, TABLE, YEAR);
    const byAgency = (agencyId: string) =>
      Object.fromEntries(
        caseStatistics.nrmReferralsByReferringAgencyAndAgeGroup
          .filter((row: any) => row.agencyId === agencyId)
          .map((row: any) => [row.ageGroup, row.count]),
      );
    expect(byAgency(WMP)).toEqual({ ADULT: 3, MINOR: 2, UNKNOWN: 1 });
    expect(byAgency(councilId)).toMatchObject({ ADULT: 2, MINOR: 1 });
    expect(byAgency(councilId).UNKNOWN ?? 0).toBe(0);
    expect(caseStatistics.nrmReferralsByReferringAgencyAndAgeGroup.some((row: any) => row.suppressed)).toBe(false);
    expect(Object.fromEntries(caseStatistics.nrmReferralsByAgeGroup.map((r: any) => [r.key, r.count]))).toEqual({
      ADULT: 5,
      MINOR: 3,
      UNKNOWN: 1,
    });
  });

  it("publishes referrals by exploitation type with combinations, by nationality and by gender", async () => {
    const { caseStatistics } = await ok(council, TABLE, YEAR);
    const table = (rows: Array<{ key: string; count: number }>) =>
      Object.fromEntries(rows.map((r) => [r.key, r.count]));
    expect(table(caseStatistics.nrmReferralsByExploitationTypes)).toEqual({
      LABOUR: 2,
      "CRIMINAL+LABOUR": 2,
      SEXUAL: 1,
      CRIMINAL: 2,
      "CRIMINAL+SEXUAL": 1,
      DOMESTIC_SERVITUDE: 1,
    });
    // Per referral, not per person screened: the Polish adults who declined are not referrals.
    expect(table(caseStatistics.nrmReferralsByNationality)).toEqual({
      Romanian: 3,
      Vietnamese: 2,
      British: 2,
      Albanian: 2,
    });
    expect(table(caseStatistics.nrmReferralsByGender)).toEqual({ MALE: 6, FEMALE: 3 });
  });

  it("publishes duty-to-notify (MS1) reports by agency", async () => {
    const { caseStatistics } = await ok(council, TABLE, YEAR);
    expect(
      Object.fromEntries(caseStatistics.dutyToNotifyReportsByAgency.map((r: any) => [r.agencyId, r.count])),
    ).toEqual({ [WMP]: 2, [councilId]: 1 });
  });

  it("publishes the change against the previous year, as '200% more than last year'", async () => {
    const { caseStatistics } = await ok(council, TABLE, YEAR);
    expect(caseStatistics.nrmReferrals).toEqual({ count: 9, change: 6, changePercent: 200, previous: { count: 3 } });
    // No report last year: a change in count, and no percentage of nothing.
    expect(caseStatistics.dutyToNotifyReports).toEqual({
      count: 3,
      change: 3,
      changePercent: null,
      previous: { count: 0 },
    });
    const lastYear = await ok(council, TABLE, LAST_YEAR);
    expect(lastYear.caseStatistics.nrmReferrals.count).toBe(3);
  });

  it("publishes training attended and completed per course: a webinar is attended, and issues no certificate", async () => {
    const { trainingStatistics } = await ok(council, TABLE, YEAR);
    const perCourse = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.course.title, r.count]));
    expect(trainingStatistics.attended.people).toBe(5);
    expect(perCourse(trainingStatistics.attended.byCourse)).toEqual({
      "Spot the signs webinar": 5,
      "First responder training": 3,
    });
    expect(trainingStatistics.completed.people).toBe(2);
    expect(perCourse(trainingStatistics.completed.byCourse)).toEqual({ "First responder training": 2 });
  });
});
