import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const GLAA = demoAgencyId("GLAA");

const CASES_TABLES = [
  "concern",
  "concern_change",
  "location",
  "potential_victim",
  "nrm_referral",
  "duty_to_notify",
  "disruption_visit",
  "intervention",
  "offender",
  "prevention_order",
];

const CONCERN_FIELDS = "id reference status version responseLevel outcome closedOn intelligenceSummary";

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { ${CONCERN_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { ${CONCERN_FIELDS} } }`;
const STATUS = `mutation Status($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
  changeConcernStatus(id: $id, version: $version, input: $input) { ${CONCERN_FIELDS} } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) {
  screenPerson(concernId: $concernId, input: $input) { id ageGroup } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) {
  referToNrm(victimId: $victimId, input: $input) { id consentGiven minor reasonableGrounds conclusiveGrounds } }`;
const NOTIFY = `mutation Notify($victimId: ID!, $input: DutyToNotifyInput!) {
  recordDutyToNotify(victimId: $victimId, input: $input) { id reportedOn } }`;
const DECIDE = `mutation Decide($referralId: ID!, $input: NrmDecisionInput!) {
  recordNrmDecision(referralId: $referralId, input: $input) { id reasonableGrounds reasonableGroundsOn conclusiveGrounds } }`;
const VISIT = `mutation Visit($concernId: ID!, $input: RecordVisitInput!) {
  recordVisit(concernId: $concernId, input: $input) { id visitedOn interventions { type } peopleScreened { gender } } }`;

/** Sandwell's Oldbury, looked up once the platform is up. */
let oldbury: string;
const newConcern = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: "2025-06-02",
  source: "PUBLIC",
  exploitationTypes: ["LABOUR"],
  participatingAgencyIds: [HFJ],
  intelligenceSummary: "Workers seen being collected from the address at 5am by minibus.",
  location: {
    type: "CAR_WASH",
    areaId: oldbury,
    ward: "Langley",
    address: "1 Station Road",
    postcode: "b69 4aa",
    businessName: "Example Hand Car Wash",
  },
  ...overrides,
});

const adult = (overrides: Record<string, unknown> = {}) => ({
  screenedOn: "2025-06-10",
  ageGroup: "ADULT",
  gender: "MALE",
  nationality: "Romanian",
  exploitationType: "LABOUR",
  ...overrides,
});

describe("cases: the SHOP workflow through the gateway", () => {
  let t: TestPlatform;
  let police: Client;
  let ngo: Client;
  let glaa: Client;
  let procurement: Client;

  /** Rows in every cases table: a refused write must leave all of them as they were. */
  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        CASES_TABLES.map(async (table) => {
          const [row] = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
          return [table, row!.n] as const;
        }),
      ),
    );

  const record = async (client = police, overrides: Record<string, unknown> = {}) => {
    const result = await client.query<any>(RECORD, { input: newConcern(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.recordConcern as { id: string; reference: string; version: number; status: string };
  };

  /** Sends a write that must be refused as BAD_USER_INPUT naming `field`, and checks nothing was written. */
  const refused = async (client: Client, query: string, variables: Record<string, unknown>, field: string) => {
    const before = await rowCounts();
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code: "BAD_USER_INPUT",
      field,
    });
    expect(await rowCounts()).toEqual(before);
    return result.errors![0]!;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    ngo = await t.as("HFJ", Role.CASEWORKER);
    glaa = await t.as("GLAA", Role.CASEWORKER);
    procurement = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("recording and editing a concern", () => {
    it("records a concern with the next reference of its year, RECEIVED at version 1, led by the recording agency", async () => {
      const first = await record();
      const second = await record();
      expect(first).toMatchObject({ status: "RECEIVED", version: 1 });
      expect(first.reference).toMatch(/^SHOP-2025-\d{4}$/);
      expect(Number(second.reference.slice(-4))).toBe(Number(first.reference.slice(-4)) + 1);
      const read = await police.query<any>(
        `query($id: ID!) { concern(id: $id) { leadAgency { shortName } participatingAgencies { shortName } location { area { name } postcode } takingPart } }`,
        { id: first.id },
      );
      expect(read.data!.concern).toEqual({
        leadAgency: { shortName: "WMP" },
        participatingAgencies: [{ shortName: "HFJ" }],
        location: { area: { name: "Oldbury" }, postcode: "B69 4AA" },
        takingPart: true,
      });
    });

    it("an update carrying a stale version of a field changed since gets CONFLICT and changes nothing", async () => {
      const concern = await record();
      const updated = await police.query<any>(UPDATE, {
        id: concern.id,
        version: 1,
        input: { exploitationTypes: ["LABOUR", "CRIMINAL"] },
      });
      expect(updated.data!.updateConcern.version).toBe(2);

      const before = await rowCounts();
      const [stored] = await t.database.query(`SELECT * FROM cases.concern WHERE id = $1`, [concern.id]);
      const stale = await police.query<any>(UPDATE, {
        id: concern.id,
        version: 1,
        input: { exploitationTypes: ["SEXUAL"], intelligenceSummary: "Overwriting what someone else wrote" },
      });
      expect(stale.data).toBeNull();
      expect(stale.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", expectedVersion: 1, actualVersion: 2 });
      expect(await rowCounts()).toEqual(before);
      expect((await t.database.query(`SELECT * FROM cases.concern WHERE id = $1`, [concern.id]))[0]).toEqual(stored);
    });

    it("two people changing the same field of the same version at once: one change lands, the other gets CONFLICT, nothing is lost silently", async () => {
      const concern = await record();
      const [a, b] = await Promise.all([
        police.query<any>(UPDATE, { id: concern.id, version: 1, input: { crimeReference: "20/123456/19" } }),
        police.query<any>(UPDATE, { id: concern.id, version: 1, input: { crimeReference: "20/654321/19" } }),
      ]);
      const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : "OK")).sort();
      expect(outcomes).toEqual(["CONFLICT", "OK"]);
      const [row] = await t.database.query<{ version: number }>(`SELECT version FROM cases.concern WHERE id = $1`, [
        concern.id,
      ]);
      expect(row!.version).toBe(2);
    });

    it("keeps every change (who, when, which fields, old and new) and shows each reader only the fields they may see", async () => {
      const concern = await record();
      await police.query(UPDATE, {
        id: concern.id,
        version: 1,
        input: { intelligenceSummary: "Scoping: six workers, no contracts." },
      });
      await police.query(STATUS, { id: concern.id, version: 2, input: { status: "SCOPING" } });
      const historyQuery = `query($id: ID!) { concern(id: $id) { version history { version changedBy changedByAgency { shortName } reason changes { field category oldValue newValue restricted } } } }`;

      const asPolice = (await police.query<any>(historyQuery, { id: concern.id })).data!.concern;
      expect(asPolice.version).toBe(3);
      expect(asPolice.history.map((h: any) => h.version)).toEqual([1, 2, 3]);
      expect(asPolice.history[1]).toMatchObject({
        changedBy: expect.stringContaining("wmp"),
        changedByAgency: { shortName: "WMP" },
        changes: [
          {
            field: "intelligenceSummary",
            category: "POLICE_INTELLIGENCE",
            oldValue: "Workers seen being collected from the address at 5am by minibus.",
            newValue: "Scoping: six workers, no contracts.",
            restricted: null,
          },
        ],
      });
      expect(asPolice.history[2].changes).toEqual([
        { field: "status", category: "CASE_SUMMARY", oldValue: "RECEIVED", newValue: "SCOPING", restricted: null },
      ]);

      // The NGO takes part but no agreement grants it police intelligence: it sees that the field
      // changed and why it cannot see the values, and the status change in full.
      const asNgo = await ngo.query<any>(historyQuery, { id: concern.id });
      expect(asNgo.data!.concern.history[1].changes).toEqual([
        {
          field: "intelligenceSummary",
          category: "POLICE_INTELLIGENCE",
          oldValue: null,
          newValue: null,
          restricted: "Restricted — needs POLICE_INTELLIGENCE under a sharing agreement",
        },
      ]);
      expect(asNgo.data!.concern.history[2].changes[0]).toMatchObject({ oldValue: "RECEIVED", newValue: "SCOPING" });
    });

    it("the concern's history is append-only in the database itself", async () => {
      await record();
      await expect(t.database.query(`UPDATE cases.concern_change SET reason = 'rewritten'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.database.query(`DELETE FROM cases.concern_change`)).rejects.toThrow(/append-only/);
    });
  });

  describe("record-level access: detail only for the agencies taking part", () => {
    it("a partner not taking part sees the summary, and its detail is denied with the reason; once added, it sees the detail", async () => {
      const concern = await record();
      const query = `query($id: ID!) { concern(id: $id) { reference status takingPart location { area { name } address } } }`;
      const outside = await glaa.query<any>(query, { id: concern.id });
      expect(outside.data!.concern).toMatchObject({
        reference: concern.reference,
        status: "RECEIVED",
        takingPart: false,
        location: { area: { name: "Oldbury" }, address: null },
      });
      expect(outside.errors).toHaveLength(1);
      expect(outside.errors![0]).toMatchObject({
        path: ["concern", "location", "address"],
        extensions: { code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "LOCATION_ADDRESS", reason: "NOT_TAKING_PART" },
      });

      await police.query(UPDATE, { id: concern.id, version: 1, input: { participatingAgencyIds: [HFJ, GLAA] } });
      const inside = await glaa.query<any>(query, { id: concern.id });
      expect(inside.errors).toBeUndefined();
      expect(inside.data!.concern).toMatchObject({ takingPart: true, location: { address: "1 Station Road" } });
    });

    it("an agency not taking part cannot change the concern or add to it", async () => {
      const concern = await record();
      const before = await rowCounts();
      const update = await glaa.query<any>(UPDATE, {
        id: concern.id,
        version: 1,
        input: { exploitationTypes: ["SEXUAL"] },
      });
      // Not found, as an unknown concern is: the answer does not confirm it exists (issue #18).
      expect(update.errors![0]!.extensions!.code).toBe("NOT_FOUND");
      const screen = await glaa.query<any>(SCREEN, { concernId: concern.id, input: adult() });
      expect(screen.errors![0]!.extensions!.code).toBe("NOT_FOUND");
      expect(await rowCounts()).toEqual(before);
    });

    it("a caseworker writes only fields its agreements let it read", async () => {
      const concern = await record(police);
      const before = await rowCounts();
      const result = await ngo.query<any>(UPDATE, {
        id: concern.id,
        version: 1,
        input: { intelligenceSummary: "An NGO cannot overwrite police intelligence" },
      });
      expect(result.errors![0]!.extensions).toMatchObject({
        code: "FORBIDDEN_BY_SHARING_AGREEMENT",
        category: "POLICE_INTELLIGENCE",
      });
      expect(await rowCounts()).toEqual(before);
    });

    it("a user whose role does not record casework is refused", async () => {
      const result = await procurement.query<any>(RECORD, { input: newConcern() });
      expect(result.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    });
  });

  describe("the workflow's rules, each broken once: BAD_USER_INPUT naming the field, nothing written", () => {
    const move = (id: string, version: number, input: Record<string, unknown>) => ({ id, version, input });

    it("status moves one step forward at a time, and never back", async () => {
      const concern = await record();
      await refused(police, STATUS, move(concern.id, 1, { status: "ACTIVE" }), "input.status");
      await police.query(STATUS, move(concern.id, 1, { status: "SCOPING" }));
      await refused(police, STATUS, move(concern.id, 2, { status: "RECEIVED" }), "input.status");
      await refused(police, STATUS, move(concern.id, 2, { status: "SCOPING" }), "input.status");
    });

    it("a response is planned only once its level is decided", async () => {
      const concern = await record();
      await police.query(STATUS, move(concern.id, 1, { status: "SCOPING" }));
      await refused(police, STATUS, move(concern.id, 2, { status: "RESPONSE_PLANNED" }), "input.responseLevel");
      const planned = await police.query<any>(
        STATUS,
        move(concern.id, 2, { status: "RESPONSE_PLANNED", responseLevel: "JOINT_MULTI_AGENCY" }),
      );
      expect(planned.data!.changeConcernStatus).toMatchObject({
        status: "RESPONSE_PLANNED",
        responseLevel: "JOINT_MULTI_AGENCY",
        version: 3,
      });
    });

    it("a concern closes only with an outcome, and reopens only with a reason", async () => {
      const concern = await record();
      await refused(police, STATUS, move(concern.id, 1, { status: "CLOSED" }), "input.outcome");
      await refused(police, STATUS, move(concern.id, 1, { status: "CLOSED", outcome: "   " }), "input.outcome");
      const closed = await police.query<any>(
        STATUS,
        move(concern.id, 1, { status: "CLOSED", outcome: "No indicators of exploitation found at scoping." }),
      );
      expect(closed.data!.changeConcernStatus).toMatchObject({ status: "CLOSED", version: 2 });
      expect(closed.data!.changeConcernStatus.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await refused(police, STATUS, move(concern.id, 2, { status: "SCOPING" }), "input.reason");
      await refused(police, STATUS, move(concern.id, 2, { status: "RESPONSE_PLANNED", reason: "x" }), "input.status");
      await refused(police, UPDATE, { id: concern.id, version: 2, input: { crimeReference: "20/1/20" } }, "id");
      const reopened = await police.query<any>(
        STATUS,
        move(concern.id, 2, { status: "SCOPING", reason: "New information from the helpline." }),
      );
      expect(reopened.data!.changeConcernStatus).toMatchObject({ status: "SCOPING", closedOn: null, version: 3 });
    });

    it("an adult's NRM referral needs recorded consent; an adult who declines gets a duty-to-notify report instead", async () => {
      const concern = await record();
      const person = (await police.query<any>(SCREEN, { concernId: concern.id, input: adult() })).data!.screenPerson;
      const referral = {
        referredOn: "2025-06-11",
        referringAgencyId: WMP,
        referrerEmail: "marcus.oyelaran@wmp.example.org",
      };
      await refused(police, REFER, { victimId: person.id, input: referral }, "input.consentGiven");
      const declined = await refused(
        police,
        REFER,
        { victimId: person.id, input: { ...referral, consentGiven: false } },
        "input.consentGiven",
      );
      expect(declined.message).toMatch(/duty-to-notify/);

      const report = await police.query<any>(NOTIFY, {
        victimId: person.id,
        input: { reportedOn: "2025-06-11", reportingAgencyId: WMP },
      });
      expect(report.data!.recordDutyToNotify.reportedOn).toBe("2025-06-11");
      // Having declined, the person is not referred as well.
      await refused(police, REFER, { victimId: person.id, input: { ...referral, consentGiven: true } }, "victimId");

      const consenting = (await police.query<any>(SCREEN, { concernId: concern.id, input: adult() })).data!
        .screenPerson;
      const referred = await police.query<any>(REFER, {
        victimId: consenting.id,
        input: { ...referral, consentGiven: true },
      });
      expect(referred.data!.referToNrm).toMatchObject({
        consentGiven: true,
        minor: false,
        reasonableGrounds: "PENDING",
      });
    });

    it("a minor, or a person of unknown age, is referred without consent and never reported under the duty to notify", async () => {
      const concern = await record();
      for (const ageGroup of ["MINOR", "UNKNOWN"]) {
        const child = (await police.query<any>(SCREEN, { concernId: concern.id, input: adult({ ageGroup }) })).data!
          .screenPerson;
        await refused(
          police,
          NOTIFY,
          { victimId: child.id, input: { reportedOn: "2025-06-11", reportingAgencyId: WMP } },
          "victimId",
        );
        const referred = await police.query<any>(REFER, {
          victimId: child.id,
          input: { referredOn: "2025-06-11", referringAgencyId: WMP, referrerEmail: "marcus.oyelaran@wmp.example.org" },
        });
        expect(referred.errors).toBeUndefined();
        expect(referred.data!.referToNrm).toMatchObject({ consentGiven: null, minor: true });
      }
    });

    it("a decision cannot predate its referral; conclusive grounds follow a positive reasonable grounds decision", async () => {
      const concern = await record();
      const person = (await police.query<any>(SCREEN, { concernId: concern.id, input: adult() })).data!.screenPerson;
      const referral = (
        await police.query<any>(REFER, {
          victimId: person.id,
          input: {
            referredOn: "2025-06-12",
            referringAgencyId: WMP,
            referrerEmail: "marcus.oyelaran@wmp.example.org",
            consentGiven: true,
          },
        })
      ).data!.referToNrm;
      const decide = (input: Record<string, unknown>) => ({ referralId: referral.id, input });
      await refused(
        police,
        DECIDE,
        decide({ stage: "REASONABLE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-06-11" }),
        "input.decidedOn",
      );
      await refused(
        police,
        DECIDE,
        decide({ stage: "CONCLUSIVE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-09-01" }),
        "input.stage",
      );
      const reasonable = await police.query<any>(
        DECIDE,
        decide({ stage: "REASONABLE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-06-20" }),
      );
      expect(reasonable.data!.recordNrmDecision).toMatchObject({
        reasonableGrounds: "POSITIVE",
        reasonableGroundsOn: "2025-06-20",
      });
      await refused(
        police,
        DECIDE,
        decide({ stage: "CONCLUSIVE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-06-19" }),
        "input.decidedOn",
      );
      const conclusive = await police.query<any>(
        DECIDE,
        decide({ stage: "CONCLUSIVE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-10-01" }),
      );
      expect(conclusive.data!.recordNrmDecision.conclusiveGrounds).toBe("POSITIVE");
    });

    it("a visit, its interventions and the people screened are written together or not at all", async () => {
      const concern = await record();
      const visit = {
        visitedOn: "2025-06-20",
        agencyIds: [WMP, GLAA],
        // Each agency records its own interventions (issue #18): the police record theirs.
        interventions: [
          { agencyId: WMP, type: "CLOSURE" },
          { agencyId: WMP, type: "ARREST", outcome: "Manager arrested on suspicion of s.1 MSA offences" },
        ],
        peopleScreened: [adult({ screenedOn: "2025-06-20" }), adult({ screenedOn: "2025-06-20", gender: "FEMALE" })],
      };
      await refused(
        police,
        VISIT,
        { concernId: concern.id, input: { ...visit, peopleScreened: [visit.peopleScreened[0], adult()] } },
        "input.peopleScreened[1].screenedOn",
      );
      await refused(
        police,
        VISIT,
        {
          concernId: concern.id,
          input: { ...visit, agencyIds: [GLAA] },
        },
        "input.interventions[0].agencyId",
      );
      await refused(
        police,
        VISIT,
        { concernId: concern.id, input: { ...visit, visitedOn: "2025-05-01" } },
        "input.visitedOn",
      );
      const recorded = await police.query<any>(VISIT, { concernId: concern.id, input: visit });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordVisit.interventions.map((i: any) => i.type).sort()).toEqual(["ARREST", "CLOSURE"]);
      expect(recorded.data!.recordVisit.peopleScreened).toHaveLength(2);
    });

    it("input the schema cannot refuse is refused by the service, naming the field", async () => {
      await refused(police, RECORD, { input: newConcern({ receivedOn: "2999-01-01" }) }, "input.receivedOn");
      await refused(police, RECORD, { input: newConcern({ exploitationTypes: [] }) }, "input.exploitationTypes");
      await refused(
        police,
        RECORD,
        { input: newConcern({ location: { ...newConcern().location, postcode: "not a postcode" } }) },
        "input.location.postcode",
      );
      await refused(
        police,
        RECORD,
        { input: newConcern({ locationId: "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa" }) },
        "input.location",
      );
    });
  });

  describe("statistics", () => {
    const STATS = `query($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
      concerns { count suppressed } concernsByArea { area { name } count suppressed } peopleScreenedByGender { key count suppressed } } }`;

    it("counts the period in SQL and withholds counts of 1 to 4 from callers without detail access", async () => {
      await record(police, { receivedOn: "2021-02-03" });
      const concern = await record(police, { receivedOn: "2021-02-04" });
      await police.query(SCREEN, { concernId: concern.id, input: adult({ screenedOn: "2021-02-05" }) });
      const period = { from: "2021-01-01", to: "2021-03-31" };

      const policeResult = await police.query<any>(STATS, period);
      expect(policeResult.errors).toBeUndefined();
      const asPolice = policeResult.data!.caseStatistics;
      expect(asPolice.concerns).toEqual({ count: 2, suppressed: false });
      expect(asPolice.concernsByArea).toEqual([{ area: { name: "Oldbury" }, count: 2, suppressed: false }]);
      expect(asPolice.peopleScreenedByGender).toEqual([{ key: "MALE", count: 1, suppressed: false }]);

      // Procurement has STATISTICS but no case data: the same figures, small ones withheld, and a
      // withheld row names neither its area nor its key.
      const asProcurement = await procurement.query<any>(STATS, period);
      expect(asProcurement.errors).toBeUndefined();
      expect(asProcurement.data!.caseStatistics).toEqual({
        concerns: { count: null, suppressed: true },
        concernsByArea: [{ area: null, count: null, suppressed: true }],
        peopleScreenedByGender: [{ key: "SUPPRESSED", count: null, suppressed: true }],
      });
    });

    it("a period that ends before it starts is refused naming `to`", async () => {
      const result = await police.query<any>(STATS, { from: "2021-03-01", to: "2021-01-01" });
      expect(result.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    });
  });
});
