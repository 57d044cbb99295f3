import { announceExpiringAgreements, demoAgencyId } from "@partnership/governance";
import {
  demoPartnershipId,
  EVENT_TYPES,
  EventType,
  openDataSource,
  OUTBOX_SCHEMAS,
  type OutboxSchema,
  Role,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { announceDueCertificates } from "@partnership/training";
import { readFileSync } from "node:fs";
import { buildSchema, isObjectType } from "graphql";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * The transactional outbox, from the writing side: every change a partner system can subscribe to
 * writes exactly its event, in the same transaction (a refused or conflicting write writes none),
 * the time-based scans announce once however often they run and label each event with its
 * record's partnership, and no outbox column ever holds anything but ids, types and times.
 */

const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const GLAA = demoAgencyId("GLAA");
const SMBC = demoAgencyId("SMBC");
const TVC = demoAgencyId("TVC");

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id version } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { id version } }`;
const STATUS = `mutation Status($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
  changeConcernStatus(id: $id, version: $version, input: $input) { id version status } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) { referToNrm(victimId: $victimId, input: $input) { id } }`;
const DECIDE = `mutation Decide($referralId: ID!, $input: NrmDecisionInput!) {
  recordNrmDecision(referralId: $referralId, input: $input) { id reasonableGrounds conclusiveGrounds } }`;
const CREATE_AGREEMENT = `mutation Create($input: CreateSharingAgreementInput!) { createSharingAgreement(input: $input) { id status } }`;
const SIGN = `mutation Sign($input: SignSharingAgreementInput!) { signSharingAgreement(input: $input) { status } }`;
const SUSPEND = `mutation Suspend($input: SuspendSharingAgreementInput!) { suspendSharingAgreement(input: $input) { status } }`;
const REACTIVATE = `mutation Reactivate($input: ReactivateSharingAgreementInput!) { reactivateSharingAgreement(input: $input) { status } }`;
const IMPORT = `mutation Import($input: ImportCompletionsInput!) { importCompletions(input: $input) { committed imported rejected } }`;

interface EventRow {
  seq: number;
  id: string;
  partnership_id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  agency_ids: string[];
  once_key: string | null;
}

const newConcern = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: "2025-06-02",
  source: "PUBLIC",
  exploitationTypes: ["LABOUR"],
  participatingAgencyIds: [HFJ],
  location: { type: "NOT_KNOWN" },
  ...overrides,
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe("the outbox: events written with their change", () => {
  let t: TestPlatform;
  let police: Client;
  let ngo: Client;
  let admin: Client;
  /** A connection of the test's own for the scans, which the dispatcher runs inside its transaction. */
  let scans: DataSource;

  const lastSeq = async (schema: OutboxSchema) =>
    (
      await t.database.query<{ seq: number }>(`SELECT coalesce(max(seq), 0)::int AS seq FROM ${schema}.outbox_event`)
    )[0]!.seq;
  const eventsAfter = (schema: OutboxSchema, seq: number) =>
    t.database.query<EventRow>(
      `SELECT seq::int AS seq, id::text AS id, partnership_id::text AS partnership_id, type, subject_type,
              subject_id::text AS subject_id, agency_ids::text[] AS agency_ids, once_key
         FROM ${schema}.outbox_event WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  /** Runs a write and answers the events it wrote to one outbox. */
  const writes = async (schema: OutboxSchema, write: () => Promise<unknown>) => {
    const before = await lastSeq(schema);
    await write();
    return eventsAfter(schema, before);
  };
  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data!)[0] as T;
  };
  const refusedWith = async (client: Client, query: string, variables: Record<string, unknown>, code: string) => {
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  };
  const scan = <T>(run: (manager: DataSource["manager"]) => Promise<T>) => scans.transaction(run);

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    ngo = await t.as("HFJ", Role.CASEWORKER);
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    scans = await openDataSource({
      url: t.database.url,
      schema: "governance",
      entities: [],
      migrations: [],
      poolSize: 1,
      applicationName: "outbox-events-test",
    });
  });
  afterAll(async () => {
    await scans?.destroy();
    await t?.stop();
  });

  it("starts empty: the demo's seeding announces nothing", async () => {
    for (const schema of OUTBOX_SCHEMAS) expect(await lastSeq(schema)).toBe(0);
  });

  describe("cases", () => {
    it("recording a concern writes CONCERN_CREATED for its lead, referrer and the agencies taking part", async () => {
      let concern: { id: string } = { id: "" };
      const events = await writes("cases", async () => {
        concern = await ok(police, RECORD, {
          input: newConcern({ referringAgencyId: WMP, participatingAgencyIds: [HFJ, GLAA] }),
        });
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        partnership_id: SANDWELL,
        type: EventType.CONCERN_CREATED,
        subject_type: "Concern",
        subject_id: concern.id,
        once_key: null,
      });
      expect(sorted(events[0]!.agency_ids)).toEqual(sorted([WMP, HFJ, GLAA]));
    });

    it("a concern recorded in the second partnership is that partnership's event", async () => {
      const tamePolice = await t.asIn("TAME", "WMP", Role.CASEWORKER);
      let concern: { id: string } = { id: "" };
      const events = await writes("cases", async () => {
        concern = await ok(tamePolice, RECORD, { input: newConcern({ participatingAgencyIds: [] }) });
      });
      expect(events.map((e) => [e.partnership_id, e.type, e.subject_id, e.agency_ids])).toEqual([
        [TAME, EventType.CONCERN_CREATED, concern.id, [WMP]],
      ]);
    });

    it("CONCERN_ASSIGNED names only the newly assigned: agencies that start taking part, a new lead", async () => {
      const concern = await ok(police, RECORD, { input: newConcern() });
      // GLAA starts taking part; HFJ stays.
      const added = await writes("cases", () =>
        ok(police, UPDATE, { id: concern.id, version: 1, input: { participatingAgencyIds: [HFJ, GLAA] } }),
      );
      expect(added.map((e) => [e.type, e.subject_id, e.agency_ids])).toEqual([
        [EventType.CONCERN_ASSIGNED, concern.id, [GLAA]],
      ]);
      // The lead passes to HFJ; WMP, which recorded the concern, stays on as a participant, and is
      // not "newly assigned" for it.
      const handedOver = await writes("cases", () =>
        ok(police, UPDATE, { id: concern.id, version: 2, input: { leadAgencyId: HFJ } }),
      );
      expect(handedOver.map((e) => [e.type, e.agency_ids])).toEqual([[EventType.CONCERN_ASSIGNED, [HFJ]]]);
      const [row] = await t.database.query<{ participating: string[] }>(
        `SELECT participating_agency_ids::text[] AS participating FROM cases.concern WHERE id = $1`,
        [concern.id],
      );
      expect(row!.participating).toContain(WMP);
      // An agency leaving, or an edit of other fields, assigns nobody.
      const left = await writes("cases", () =>
        ok(ngo, UPDATE, { id: concern.id, version: 3, input: { participatingAgencyIds: [WMP] } }),
      );
      expect(left).toEqual([]);
      const edited = await writes("cases", () =>
        ok(ngo, UPDATE, { id: concern.id, version: 4, input: { exploitationTypes: ["LABOUR", "CRIMINAL"] } }),
      );
      expect(edited).toEqual([]);
    });

    it("a status change writes CONCERN_STATUS_CHANGED for every agency the concern names; closing and reopening too", async () => {
      const concern = await ok(police, RECORD, { input: newConcern() });
      const scoping = await writes("cases", () =>
        ok(police, STATUS, { id: concern.id, version: 1, input: { status: "SCOPING" } }),
      );
      expect(scoping).toHaveLength(1);
      expect(scoping[0]).toMatchObject({
        partnership_id: SANDWELL,
        type: EventType.CONCERN_STATUS_CHANGED,
        subject_type: "Concern",
        subject_id: concern.id,
      });
      expect(sorted(scoping[0]!.agency_ids)).toEqual(sorted([WMP, HFJ]));
      const closed = await writes("cases", () =>
        ok(police, STATUS, {
          id: concern.id,
          version: 2,
          input: { status: "CLOSED", outcome: "No indicators found at scoping", closedOn: "2025-06-20" },
        }),
      );
      const reopened = await writes("cases", () =>
        ok(police, STATUS, { id: concern.id, version: 3, input: { status: "SCOPING", reason: "New information" } }),
      );
      expect([...closed, ...reopened].map((e) => e.type)).toEqual([
        EventType.CONCERN_STATUS_CHANGED,
        EventType.CONCERN_STATUS_CHANGED,
      ]);
      // Commit order is the outbox's order: a receiver sees the concern's changes as they happened.
      expect(reopened[0]!.seq).toBeGreaterThan(closed[0]!.seq);
    });

    it("a refused write, a version conflict or a write forbidden to the caller writes no event", async () => {
      const concern = await ok(police, RECORD, { input: newConcern() });
      const none = await writes("cases", async () => {
        // Skipping a step of the workflow (BAD_USER_INPUT).
        await refusedWith(
          police,
          STATUS,
          { id: concern.id, version: 1, input: { status: "ACTIVE" } },
          "BAD_USER_INPUT",
        );
        // A stale version (CONFLICT), after the rule checks would have passed.
        await refusedWith(police, STATUS, { id: concern.id, version: 7, input: { status: "SCOPING" } }, "CONFLICT");
        await refusedWith(
          police,
          UPDATE,
          { id: concern.id, version: 7, input: { participatingAgencyIds: [HFJ, GLAA] } },
          "CONFLICT",
        );
        // An agency not leading the concern changing who takes part (FORBIDDEN).
        await refusedWith(
          ngo,
          UPDATE,
          { id: concern.id, version: 1, input: { participatingAgencyIds: [HFJ, GLAA] } },
          "FORBIDDEN",
        );
        // A concern received in the future: refused before anything is written.
        await refusedWith(police, RECORD, { input: newConcern({ receivedOn: "2099-01-01" }) }, "BAD_USER_INPUT");
      });
      expect(none).toEqual([]);
    });

    it("an NRM decision (reasonable, then conclusive grounds) writes NRM_DECISION_RECORDED about the concern, for the referring agency", async () => {
      const concern = await ok(police, RECORD, { input: newConcern() });
      const person = await ok(police, SCREEN, {
        concernId: concern.id,
        input: { screenedOn: "2025-06-10", ageGroup: "ADULT", gender: "MALE", exploitationType: "LABOUR" },
      });
      const referral = await writes("cases", () =>
        ok(police, REFER, {
          victimId: person.id,
          input: {
            referredOn: "2025-06-12",
            referringAgencyId: WMP,
            referrerEmail: "marcus.oyelaran@wmp.example.org",
            consentGiven: true,
          },
        }),
      );
      // A referral is no decision: nothing to announce yet.
      expect(referral).toEqual([]);
      const referralId = (
        await t.database.query<{ id: string }>(`SELECT id::text AS id FROM cases.nrm_referral WHERE victim_id = $1`, [
          person.id,
        ])
      )[0]!.id;
      const decide = (input: Record<string, unknown>) => ({ referralId, input });

      const refused = await writes("cases", async () => {
        await refusedWith(
          police,
          DECIDE,
          decide({ stage: "CONCLUSIVE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-09-01" }),
          "BAD_USER_INPUT",
        );
        await refusedWith(
          police,
          DECIDE,
          decide({ stage: "REASONABLE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-06-11" }),
          "BAD_USER_INPUT",
        );
      });
      expect(refused).toEqual([]);

      const reasonable = await writes("cases", () =>
        ok(police, DECIDE, decide({ stage: "REASONABLE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-06-20" })),
      );
      const conclusive = await writes("cases", () =>
        ok(police, DECIDE, decide({ stage: "CONCLUSIVE_GROUNDS", decision: "POSITIVE", decidedOn: "2025-10-01" })),
      );
      for (const events of [reasonable, conclusive])
        expect(events.map((e) => [e.partnership_id, e.type, e.subject_type, e.subject_id, e.agency_ids])).toEqual([
          [SANDWELL, EventType.NRM_DECISION_RECORDED, "Concern", concern.id, [WMP]],
        ]);
    });
  });

  describe("governance", () => {
    const agreement = (overrides: Record<string, unknown> = {}) => ({
      reference: `ISA-OUTBOX-${Math.random().toString(36).slice(2, 8)}`,
      title: "Outbox test agreement",
      purpose: "Supporting potential victims identified at disruption visits.",
      lawfulBasis: "UK GDPR Art. 6(1)(e)",
      startDate: "2026-01-01",
      endDate: "2028-12-31",
      partyAgencyIds: [WMP, HFJ],
      grants: [{ recipientAgencyId: HFJ, categories: ["CASE_SUMMARY"] }],
      ...overrides,
    });
    const signAll = async (id: string) => {
      await ok(await t.as("WMP", Role.COORDINATOR), SIGN, {
        input: { agreementId: id, agencyId: WMP, signedBy: "Inspector D. Whitlock" },
      });
      await ok(await t.as("HFJ", Role.COORDINATOR), SIGN, {
        input: { agreementId: id, agencyId: HFJ, signedBy: "B. Morley" },
      });
    };

    it("AGREEMENT_SIGNED when the last party signs (not before), AGREEMENT_SUSPENDED, and SIGNED again when re-activated", async () => {
      const wmp = await t.as("WMP", Role.COORDINATOR);
      const hfj = await t.as("HFJ", Role.COORDINATOR);
      let id = "";
      const drafted = await writes("governance", async () => {
        id = (await ok(admin, CREATE_AGREEMENT, { input: agreement() })).id;
        await ok(wmp, SIGN, { input: { agreementId: id, agencyId: WMP, signedBy: "Inspector D. Whitlock" } });
      });
      expect(drafted).toEqual([]);

      const refused = await writes("governance", async () => {
        // Signing twice, and suspending a draft: refused, nothing announced.
        await refusedWith(
          wmp,
          SIGN,
          { input: { agreementId: id, agencyId: WMP, signedBy: "Inspector D. Whitlock" } },
          "BAD_USER_INPUT",
        );
        await refusedWith(admin, SUSPEND, { input: { agreementId: id, reason: "Too early" } }, "BAD_USER_INPUT");
      });
      expect(refused).toEqual([]);

      const signed = await writes("governance", () =>
        ok(hfj, SIGN, { input: { agreementId: id, agencyId: HFJ, signedBy: "B. Morley" } }),
      );
      const suspended = await writes("governance", () =>
        ok(admin, SUSPEND, { input: { agreementId: id, reason: "Data breach under investigation" } }),
      );
      const againRefused = await writes("governance", () =>
        refusedWith(admin, SUSPEND, { input: { agreementId: id, reason: "Twice" } }, "BAD_USER_INPUT"),
      );
      const reactivated = await writes("governance", () =>
        ok(admin, REACTIVATE, { input: { agreementId: id, reason: "Breach investigated and closed by the DPO" } }),
      );
      expect(againRefused).toEqual([]);
      const summary = (events: EventRow[]) =>
        events.map((e) => [e.partnership_id, e.type, e.subject_type, e.subject_id, sorted(e.agency_ids)]);
      expect(summary(signed)).toEqual([
        [SANDWELL, EventType.AGREEMENT_SIGNED, "SharingAgreement", id, sorted([WMP, HFJ])],
      ]);
      expect(summary(suspended)).toEqual([
        [SANDWELL, EventType.AGREEMENT_SUSPENDED, "SharingAgreement", id, sorted([WMP, HFJ])],
      ]);
      expect(summary(reactivated)).toEqual([
        [SANDWELL, EventType.AGREEMENT_SIGNED, "SharingAgreement", id, sorted([WMP, HFJ])],
      ]);
    });

    it("announces each active agreement ending within 60 days once, however often the scan runs", async () => {
      const ending = (await ok(admin, CREATE_AGREEMENT, { input: agreement({ endDate: "2027-01-31" }) })).id;
      const later = (await ok(admin, CREATE_AGREEMENT, { input: agreement({ endDate: "2027-03-31" }) })).id;
      const draft = (await ok(admin, CREATE_AGREEMENT, { input: agreement({ endDate: "2027-01-15" }) })).id;
      const suspended = (await ok(admin, CREATE_AGREEMENT, { input: agreement({ endDate: "2027-01-20" }) })).id;
      for (const id of [ending, later, suspended]) await signAll(id);
      await ok(admin, SUSPEND, { input: { agreementId: suspended, reason: "Under review" } });

      const before = await lastSeq("governance");
      expect(await scan((manager) => announceExpiringAgreements(manager, TEST_TODAY))).toBe(1);
      for (let run = 0; run < 3; run++)
        expect(await scan((manager) => announceExpiringAgreements(manager, TEST_TODAY))).toBe(0);
      // The next day's scan still finds the same agreement and end date: still once.
      expect(await scan((manager) => announceExpiringAgreements(manager, "2026-12-12"))).toBe(0);
      const events = await eventsAfter("governance", before);
      expect(events.map((e) => [e.partnership_id, e.type, e.subject_type, e.subject_id, sorted(e.agency_ids)])).toEqual(
        [[SANDWELL, EventType.AGREEMENT_EXPIRING, "SharingAgreement", ending, sorted([WMP, HFJ])]],
      );
      expect(events[0]!.once_key).toBe(`agreement-expiring:${ending}:2027-01-31`);
      expect([later, draft, suspended]).not.toContain(events[0]!.subject_id);

      // Extended and coming up again at its new end date, it is announced again, once.
      await t.database.query(`UPDATE governance.sharing_agreement SET end_date = '2027-02-05' WHERE id = $1`, [ending]);
      expect(await scan((manager) => announceExpiringAgreements(manager, TEST_TODAY))).toBe(1);
      expect(await scan((manager) => announceExpiringAgreements(manager, TEST_TODAY))).toBe(0);
    });

    it("labels each expiring agreement with its own partnership: both demo partnerships' agreements ending together", async () => {
      // The demo's current agreements of both partnerships run to the same financial year end.
      const day = "2028-02-15";
      const expected = await t.database.query<{ id: string; partnership_id: string; parties: string[] }>(
        `SELECT a.id::text AS id, a.partnership_id::text AS partnership_id,
                ARRAY(SELECT p.agency_id::text FROM governance.agreement_party p WHERE p.agreement_id = a.id ORDER BY 1) AS parties
           FROM governance.sharing_agreement a
          WHERE a.reference IN ('ISA-SHOP-2019-01', 'ISA-VSP-2019-02', 'ISA-ENF-2019-03', 'ISA-PROC-2023-04', 'ISA-TVASP-2024-01')`,
      );
      expect(new Set(expected.map((a) => a.partnership_id))).toEqual(new Set([SANDWELL, TAME]));
      const before = await lastSeq("governance");
      expect(await scan((manager) => announceExpiringAgreements(manager, day))).toBe(expected.length);
      expect(await scan((manager) => announceExpiringAgreements(manager, day))).toBe(0);
      const events = await eventsAfter("governance", before);
      expect(
        events.map((e) => ({ id: e.subject_id, partnership_id: e.partnership_id, parties: sorted(e.agency_ids) })),
      ).toEqual(
        expect.arrayContaining(
          expected.map((a) => ({ id: a.id, partnership_id: a.partnership_id, parties: sorted(a.parties) })),
        ),
      );
      expect(events).toHaveLength(expected.length);
      // Neither the suspended demo agreement (health) nor a draft, nor an expired one, is announced.
      const announced = await t.database.query<{ reference: string }>(
        `SELECT a.reference FROM governance.sharing_agreement a WHERE a.id = ANY($1::uuid[]) AND a.state <> 'ACTIVE'`,
        [events.map((e) => e.subject_id)],
      );
      expect(announced).toEqual([]);
    });
  });

  describe("training", () => {
    const HEADER = "email,name,agency_id,job_title,completed_on";
    let courseId = "";
    let sandwellAdmin: Client;
    let tameAdmin: Client;
    const completionOf = async (email: string, partnershipId: string) =>
      (
        await t.database.query<{ id: string }>(
          `SELECT c.id::text AS id FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id
            WHERE d.email = $1 AND d.partnership_id = $2 ORDER BY c.completed_on DESC LIMIT 1`,
          [email, partnershipId],
        )
      )[0]!.id;
    const load = async (client: Client, rows: string[]) => {
      const report = await ok(client, IMPORT, {
        input: { courseId, csv: [HEADER, ...rows].join("\n"), acceptValidRowsOnly: false },
      });
      expect(report).toMatchObject({ committed: true, rejected: 0 });
    };

    beforeAll(async () => {
      sandwellAdmin = await t.as("SMBC", Role.TRAINING_ADMIN);
      tameAdmin = await t.asIn("TAME", "TVC", Role.TRAINING_ADMIN);
      const courses = await ok<{ nodes: Array<{ id: string; validityMonths: number | null }> }>(
        sandwellAdmin,
        `{ courses(level: LEVEL_3_FIRST_RESPONDER, first: 20) { nodes { id validityMonths } } }`,
        {},
      );
      courseId = courses.nodes.find((course) => course.validityMonths === 24)!.id;
    });

    it("announces each first responder due for refresh within 60 days once, for their latest certificate, in its own partnership", async () => {
      // Completed on these days, a 24-month certificate's last valid day is the day before two years on.
      await load(sandwellAdmin, [
        `due.responder@smbc.example.org,Due Responder,${SMBC},Officer,2025-01-20`, // valid to 2027-01-19: due
        `lapsed.responder@smbc.example.org,Lapsed Responder,${SMBC},Officer,2024-12-01`, // lapsed 2026-11-30
        `refreshed.responder@smbc.example.org,Refreshed Responder,${SMBC},Officer,2025-01-20`, // refreshed below
        `later.responder@smbc.example.org,Later Responder,${SMBC},Officer,2025-03-01`, // 2027-02-28: not yet
      ]);
      await load(sandwellAdmin, [
        `refreshed.responder@smbc.example.org,Refreshed Responder,${SMBC},Officer,2026-06-01`,
      ]);
      await load(tameAdmin, [`tame.responder@tvc.example.org,Tame Responder,${TVC},Officer,2025-01-25`]); // 2027-01-24

      const due = await completionOf("due.responder@smbc.example.org", SANDWELL);
      const tame = await completionOf("tame.responder@tvc.example.org", TAME);
      const before = await lastSeq("training");
      expect(await scan((manager) => announceDueCertificates(manager, TEST_TODAY))).toBe(2);
      for (let run = 0; run < 3; run++)
        expect(await scan((manager) => announceDueCertificates(manager, TEST_TODAY))).toBe(0);
      expect(await scan((manager) => announceDueCertificates(manager, "2026-12-20"))).toBe(0);
      const events = await eventsAfter("training", before);
      // Soonest due first.
      expect(
        events.map((e) => [e.partnership_id, e.type, e.subject_type, e.subject_id, e.agency_ids, e.once_key]),
      ).toEqual([
        [SANDWELL, EventType.CERTIFICATE_DUE, "Completion", due, [SMBC], `certificate-due:${due}:2027-01-19`],
        [TAME, EventType.CERTIFICATE_DUE, "Completion", tame, [TVC], `certificate-due:${tame}:2027-01-24`],
      ]);

      // The refresh list of each partnership holds the certificate its event names: a receiver finds it there.
      const list = `{ certificatesDueForRefresh(withinDays: 60, first: 50) { nodes { id } } }`;
      const sandwellList = await ok<{ nodes: Array<{ id: string }> }>(sandwellAdmin, list, {});
      expect(sandwellList.nodes.map((node) => node.id)).toContain(due);
      expect(sandwellList.nodes.map((node) => node.id)).not.toContain(tame);
    });

    it("the demo's refreshed first responders come due together, each announced once and as Sandwell's", async () => {
      // Eighteen months before today twenty first responders refreshed: their 24-month certificates end six months on.
      const day = "2027-05-01";
      const before = await lastSeq("training");
      const announced = await scan((manager) => announceDueCertificates(manager, day));
      expect(announced).toBe(20);
      expect(await scan((manager) => announceDueCertificates(manager, day))).toBe(0);
      const events = await eventsAfter("training", before);
      expect(events).toHaveLength(announced);
      const owners = await t.database.query<{ id: string; partnership_id: string; agency_id: string }>(
        `SELECT c.id::text AS id, c.partnership_id::text AS partnership_id, d.agency_id::text AS agency_id
           FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id WHERE c.id = ANY($1::uuid[])`,
        [events.map((e) => e.subject_id)],
      );
      const ownerOf = new Map(owners.map((o) => [o.id, o]));
      for (const event of events) {
        expect(event.partnership_id).toBe(ownerOf.get(event.subject_id)!.partnership_id);
        expect(event.agency_ids).toEqual([ownerOf.get(event.subject_id)!.agency_id]);
      }
      expect(new Set(events.map((e) => e.subject_id)).size).toBe(events.length);
    });
  });

  describe("an event never carries a field value", () => {
    /** The GraphQL types a subject can be: object types of the API with an id. */
    const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"));
    const SUBJECT_TYPES = new Set(
      Object.values(supergraph.getTypeMap())
        .filter((type) => isObjectType(type) && !type.name.startsWith("__") && "id" in type.getFields())
        .map((type) => type.name),
    );
    const ONCE_KEY =
      /^[a-z]+(-[a-z]+)*:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:\d{4}-\d{2}-\d{2}$/;
    /** What each kind of column may hold: ids, times and the order are typed so; text only these. */
    const TYPED = new Set(["uuid", "_uuid", "timestamptz", "int8"]);
    const TEXT: Record<string, (value: string) => boolean> = {
      type: (value) => (EVENT_TYPES as string[]).includes(value),
      subject_type: (value) => SUBJECT_TYPES.has(value),
      once_key: (value) => ONCE_KEY.test(value),
    };

    it("every outbox, every column, every row written above: ids, event types, GraphQL type names, times", async () => {
      const columns = await t.database.query<{ schema: string; table: string; column: string; udt: string }>(
        `SELECT table_schema AS schema, table_name AS table, column_name AS column, udt_name AS udt
           FROM information_schema.columns WHERE table_name = 'outbox_event' ORDER BY 1, ordinal_position`,
      );
      expect(new Set(columns.map((c) => c.schema))).toEqual(new Set(OUTBOX_SCHEMAS));
      for (const { schema, column, udt } of columns) {
        // A column of any other type (text beyond the three known, json, a number) could carry a value.
        if (TYPED.has(udt)) continue;
        expect(`${schema}.${column} (${udt})`).toMatch(/ \(text\)$/);
        expect(Object.keys(TEXT), `${schema}.outbox_event.${column} is an unknown text column`).toContain(column);
        const values = await t.database.query<{ value: string }>(
          `SELECT DISTINCT ${column} AS value FROM ${schema}.outbox_event WHERE ${column} IS NOT NULL`,
        );
        for (const { value } of values) expect(TEXT[column]!(value), `${schema}.${column} holds "${value}"`).toBe(true);
      }
      // Not vacuous: the tests above wrote rows into every outbox.
      for (const schema of OUTBOX_SCHEMAS) expect(await lastSeq(schema)).toBeGreaterThan(0);
      expect(SUBJECT_TYPES).toContain("Concern");
      expect(SUBJECT_TYPES).toContain("SharingAgreement");
      expect(SUBJECT_TYPES).toContain("Completion");
    });

    it("every id an event carries is the id of a record or an agency, never a made-up value", async () => {
      const dangling = await t.database.query(
        `SELECT 'cases' AS outbox, e.subject_id FROM cases.outbox_event e
           WHERE NOT EXISTS (SELECT 1 FROM cases.concern c WHERE c.id = e.subject_id AND c.partnership_id = e.partnership_id)
         UNION ALL
         SELECT 'governance', e.subject_id FROM governance.outbox_event e
           WHERE NOT EXISTS (SELECT 1 FROM governance.sharing_agreement a WHERE a.id = e.subject_id AND a.partnership_id = e.partnership_id)
         UNION ALL
         SELECT 'training', e.subject_id FROM training.outbox_event e
           WHERE NOT EXISTS (SELECT 1 FROM training.completion c WHERE c.id = e.subject_id AND c.partnership_id = e.partnership_id)
         UNION ALL
         SELECT 'agencies', a FROM (
           SELECT unnest(agency_ids) AS a FROM cases.outbox_event UNION SELECT unnest(agency_ids) FROM governance.outbox_event
           UNION SELECT unnest(agency_ids) FROM training.outbox_event) ids
           WHERE NOT EXISTS (SELECT 1 FROM governance.agency g WHERE g.id = ids.a)`,
      );
      expect(dangling).toEqual([]);
    });
  });
});
