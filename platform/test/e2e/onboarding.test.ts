import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { type Client, clientFor, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const YEAR = { from: "2026-04-01", to: "2027-03-31" };

/**
 * A new partnership starts as docs/onboarding.md describes, through the API alone: no SQL, no
 * seed code. Its figures hold only its own records, and Sandwell's are untouched.
 */
describe("onboarding a partnership end to end through the API", () => {
  let t: TestPlatform;
  let idp: DemoIdentityProvider;
  /** A user of an agency, by their sign-in identity, acting in `partnershipId` (or nowhere). */
  const user = async (agencyId: string, userId: string, roles: Role[], partnershipId?: string): Promise<Client> =>
    clientFor(t.gatewayUrl, await idp.issue({ userId, agencyId, roles, name: userId }), partnershipId);
  const ok = async <T = any>(client: Client, query: string, variables?: Record<string, unknown>) => {
    const answer = await client.query<T>(query, variables);
    expect(answer.errors, query.slice(0, 80)).toBeUndefined();
    return answer.data as T;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    idp = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);
  });
  afterAll(async () => t?.stop());

  it("creates it, its areas, members and admins, agreement, 200 people, a concern and a session", async () => {
    const sandwellPolice = await t.as("WMP", Role.CASEWORKER);
    const annualReport = `query($id: ID!) { partnership(id: $id) { caseStatistics(from: "2019-04-01", to: "2020-03-31") { concerns { count } } } }`;
    const sandwellBefore = await ok(sandwellPolice, annualReport, { id: demoPartnershipId("SANDWELL") });

    // 1. The platform administrator creates it, with its first administrator (a police lead).
    const platform = await user(demoAgencyId("SMBC"), "demo:smbc:platform_admin", [Role.PLATFORM_ADMIN]);
    const { createPartnership: created } = await ok(
      platform,
      `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id referencePrefix } }`,
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
    const id = created.id as string;
    const lead = await user(WMP, "wmp:northfold-lead", [Role.PARTNERSHIP_ADMIN, Role.COORDINATOR], id);

    // 2. Its council joins the platform's directory and the partnership; an NGO joins too.
    const { createAgency: council } = await ok(
      lead,
      `mutation { createAgency(input: { name: "Northfold County Council", shortName: "NFCC", sector: LOCAL_AUTHORITY, firstResponder: true }) { id } }`,
    );
    for (const [agencyId, role] of [
      [council.id, "CHAIR"],
      [HFJ, "MEMBER"],
    ]) {
      await ok(lead, `mutation { addPartnershipMember(input: { agencyId: "${agencyId}", role: ${role} }) { since } }`);
    }
    for (const [agencyId, userId, role] of [
      [WMP, "wmp:northfold-lead", "COORDINATOR"],
      [council.id, "nfcc:admin", "PARTNERSHIP_ADMIN"],
      [council.id, "nfcc:admin", "COORDINATOR"],
    ]) {
      await ok(
        lead,
        `mutation { grantPartnershipRole(input: { agencyId: "${agencyId}", userId: "${userId}", role: ${role} }) { id } }`,
      );
    }
    const councilAdmin = await user(council.id, "nfcc:admin", [Role.PARTNERSHIP_ADMIN, Role.COORDINATOR], id);

    // 3. Its areas.
    const areas: Record<string, string> = {};
    for (const [name, kind] of [
      ["Northfold", "TOWN"],
      ["Eastwick", "TOWN"],
      ["Outside Northfold", "OUTSIDE"],
    ]) {
      const { defineArea } = await ok(
        councilAdmin,
        `mutation($input: DefineAreaInput!) { defineArea(input: $input) { id name } }`,
        { input: { name, kind } },
      );
      areas[name] = defineArea.id;
    }

    // 4. An agreement between the police and the council, signed by both: it comes into force.
    const { createSharingAgreement: agreement } = await ok(
      councilAdmin,
      `mutation($input: CreateSharingAgreementInput!) { createSharingAgreement(input: $input) { id status } }`,
      {
        input: {
          reference: "ISA-NFASP-2026-01",
          title: "Northfold casework sharing",
          purpose: "Screening and working concerns of modern slavery in Northfold.",
          lawfulBasis: "UK GDPR Art. 6(1)(e)",
          startDate: "2026-04-01",
          endDate: "2029-03-31",
          partyAgencyIds: [WMP, council.id],
          grants: [
            { recipientSector: "POLICE", categories: ["CASE_SUMMARY", "LOCATION_ADDRESS", "STATISTICS"] },
            {
              recipientAgencyId: council.id,
              categories: ["CASE_SUMMARY", "LOCATION_ADDRESS", "STATISTICS", "PERSONNEL"],
            },
          ],
        },
      },
    );
    const sign = `mutation($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status inForce } }`;
    await ok(lead, sign, { input: { agreementId: agreement.id, agencyId: WMP, signedBy: "Northfold lead, WMP" } });
    const signed = await ok(councilAdmin, sign, {
      input: { agreementId: agreement.id, agencyId: council.id, signedBy: "Director of Communities" },
    });
    expect(signed.signSharingAgreement).toEqual({ status: "ACTIVE", inForce: true });

    // 5. Its people: 200 from a CSV, two of them given roles.
    const agencies = ["NFCC", "NFCC", "WMP", "HFJ"];
    const rows = Array.from({ length: 200 }, (_, i) => {
      const agency = agencies[i % agencies.length]!;
      const roles = i === 0 ? "CASEWORKER" : i === 1 ? "TRAINING_ADMIN" : "";
      const userId = roles ? `nfcc:person-${i}` : "";
      return `Person ${i},person.${i}@northfold.example.org,Officer ${i},${agency},${userId},${roles},01/04/2026`;
    });
    const csv = ["name,email,job_title,agency,user_id,roles,start_date", ...rows].join("\n");
    const { importDirectory: report } = await ok(
      councilAdmin,
      `mutation($input: ImportDirectoryInput!) { importDirectory(input: $input) { committed imported rejected rolesGiven } }`,
      { input: { csv } },
    );
    expect(report).toEqual({ committed: true, imported: 200, rejected: 0, rolesGiven: 2 });

    // 6. A concern, recorded by the caseworker the import named, in one of its areas.
    const caseworker = await user(council.id, "nfcc:person-0", [Role.CASEWORKER], id);
    const { recordConcern: concern } = await ok(
      caseworker,
      `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { reference location { area { name } } } }`,
      {
        input: {
          receivedOn: TEST_TODAY,
          source: "PUBLIC",
          exploitationTypes: ["LABOUR"],
          location: {
            type: "CAR_WASH",
            areaId: areas.Northfold,
            ward: "Mill",
            address: "1 Mill Lane",
            postcode: "NF1 1AA",
          },
        },
      },
    );
    expect(concern.reference).toBe(`NFASP-${TEST_TODAY.slice(0, 4)}-0001`);
    expect(concern.location.area.name).toBe("Northfold");

    // 7. A training session with its register, by the training administrator the import named.
    const trainer = await user(council.id, "nfcc:person-1", [Role.TRAINING_ADMIN], id);
    const { courses } = await ok(trainer, `{ courses(first: 20) { nodes { id level } } }`);
    const course = courses.nodes.find((c: any) => c.level === "LEVEL_3_FIRST_RESPONDER");
    const { scheduleSession: session } = await ok(
      trainer,
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      { input: { courseId: course.id, startsAt: `${TEST_TODAY}T10:00:00Z`, trainer: "Person 1", capacity: 12 } },
    );
    await ok(trainer, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: {
        sessionId: session.id,
        attendees: [
          { name: "Person 4", email: "person.4@northfold.example.org", agencyId: council.id, status: "COMPLETED" },
          { name: "Person 2", email: "person.2@northfold.example.org", agencyId: WMP, status: "COMPLETED" },
        ],
      },
    });

    // 8. Its figures hold only its own records; Sandwell's year is as it was.
    const figures = await ok(
      caseworker,
      `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { partnership(id: $id) {
        caseStatistics(from: $from, to: $to) { concerns { count } concernsByArea { area { name } count } }
        trainingStatistics(from: $from, to: $to) { peopleTrainedByLevel { level count } qualifiedFirstResponders } } }`,
      { id, ...YEAR },
    );
    expect(figures.partnership.caseStatistics.concerns.count).toBe(1);
    expect(figures.partnership.caseStatistics.concernsByArea).toEqual([{ area: { name: "Northfold" }, count: 1 }]);
    expect(figures.partnership.trainingStatistics).toEqual({
      peopleTrainedByLevel: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 2 }],
      qualifiedFirstResponders: 2,
    });
    expect(await ok(sandwellPolice, annualReport, { id: demoPartnershipId("SANDWELL") })).toEqual(sandwellBefore);
  });
});
