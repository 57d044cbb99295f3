import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { demoAgencyId } from "@partnership/governance";
import { demoPartnershipId, Role } from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sensitiveFields } from "@partnership/gateway";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * No value without its audit row: every row names its record, the operation is identified by its
 * document's hash, refusals are recorded too, and an auditor reads only what their role covers.
 * (The crash half of the rule is audit-crash.test.ts; the idempotency key is at the end.)
 */
const SUBGRAPHS = ["cases", "training", "procurement", "governance"] as const;
const SANDWELL = demoPartnershipId("SANDWELL");
const ASSESSMENT_OUTCOME = "SATISFACTORY";

/** Arguments and sub-selections some sensitive fields need; any other object field gets `{ __typename }`. */
const SELECTIONS: Record<string, string> = {
  "Person.trainingRecord": "trainingRecord { id }",
  "Person.qualifiedFirstResponder": 'qualifiedFirstResponder(asOf: "2020-03-31")',
  "Agency.peopleTrainedByLevel": 'peopleTrainedByLevel(from: "2019-04-01", to: "2020-03-31") { level count }',
  "Agency.qualifiedFirstResponders": 'qualifiedFirstResponders(asOf: "2020-03-31")',
  "TrainingStatistics.peopleTrainedByLevel": "peopleTrainedByLevel { level count }",
  "TrainingStatistics.peopleTrainedByAgency": "peopleTrainedByAgency { level count }",
  "TrainingStatistics.sessionsDelivered": "sessionsDelivered { level count }",
  "Agency.concernsLed": "concernsLed(first: 3) { id }",
  "Agency.concernsTakingPartIn": "concernsTakingPartIn(first: 3) { id }",
};

/** For each type with sensitive fields, an ordinary query reaching its records: `%` is the field's selection. */
const CONCERNS = (inner: string) =>
  `concerns(first: 100, filter: { receivedTo: "2019-12-31" }) { nodes { id ${inner} } }`;
const QUERIES: Record<string, string> = {
  Person: "people(first: 100) { nodes { id % } }",
  Completion: "trainingSessions(first: 12, filter: { status: DELIVERED }) { nodes { attendance { % } } }",
  Agency: "agencies(first: 100) { nodes { id % } }",
  Contract: "contracts(first: 100) { nodes { id % } }",
  AuditFinding: "audits(first: 100) { nodes { findings { id % } } }",
  CorrectiveAction: "audits(first: 100) { nodes { findings { id actions { id % } } } }",
  Assessment: "suppliers(first: 100) { nodes { id assessments { id % } } }",
  SupplierRisk: "suppliers(first: 100) { nodes { id risk { % } } }",
  TrainingStatistics: 'trainingStatistics(from: "2019-04-01", to: "2020-03-31") { % }',
  CaseStatistics: 'caseStatistics(from: "2019-04-01", to: "2020-03-31") { % }',
  Concern: CONCERNS("%"),
  Location: CONCERNS("location { id % }"),
  PotentialVictim: CONCERNS("potentialVictims { id % }"),
  NrmReferral: CONCERNS("potentialVictims { id nrmReferral { id % } }"),
  DutyToNotify: CONCERNS("potentialVictims { id dutyToNotify { id % } }"),
  DisruptionVisit: CONCERNS("visits { id % }"),
  Intervention: CONCERNS("interventions { id % }"),
  Offender: CONCERNS("offenders { id % }"),
  PreventionOrder: CONCERNS("orders { id % }"),
  Supplier: "suppliers(first: 100) { nodes { id % } }",
};

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

interface Row {
  subgraph: string;
  agency_id: string;
  entity_type: string;
  entity_id: string | null;
  field: string;
  outcome: string;
  reason: string | null;
  operation: string | null;
  operation_hash: string | null;
}

/** The user id t.as gives a demo user (gateway/src/platform/demo-users.ts). */
const demoUserId = (agency: string, ...roles: Role[]) => `demo:${agency}:${roles.join("+")}`.toLowerCase();

describe("the audit trail", () => {
  let t: TestPlatform;
  const sensitive = sensitiveFields(readFileSync(SUPERGRAPH_PATH, "utf8"));
  let objectFields = new Set<string>();
  const select = (typeName: string, field: string) =>
    SELECTIONS[`${typeName}.${field}`] ??
    (objectFields.has(`${typeName}.${field}`) ? `${field} { __typename }` : field);

  /** Every audit row of every subgraph, optionally for one request (by the operation's hash). */
  const rows = async (where = "TRUE", params: unknown[] = []) =>
    (
      await Promise.all(
        SUBGRAPHS.map((subgraph) =>
          t.database.query<Row>(
            `SELECT '${subgraph}' AS subgraph, user_id, agency_id, entity_type, entity_id, field, outcome, reason, operation, operation_hash
               FROM ${subgraph}.audit_event_value WHERE ${where}`,
            params,
          ),
        ),
      )
    ).flat();

  beforeAll(async () => {
    t = await startTestPlatform({ grantsCacheTtlMs: 60_000 });
    const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, "utf8"), { assumeValidSDL: true });
    objectFields = new Set(
      Object.values(supergraph.getTypeMap()).flatMap((type) =>
        isObjectType(type)
          ? Object.values(type.getFields())
              .filter((f) => isObjectType(getNamedType(f.type)))
              .map((f) => `${type.name}.${f.name}`)
          : [],
      ),
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("every row names its record, for every sensitive field of every subgraph", () => {
    // A police caseworker (sees much), an NGO caseworker (refused much) and the council's coordinator.
    const readers: Array<[string, Role]> = [
      ["WMP", Role.CASEWORKER],
      ["HFJ", Role.CASEWORKER],
      ["SMBC", Role.COORDINATOR],
      ["SMBC-PROC", Role.PROCUREMENT_OFFICER],
      ["GLAA", Role.CASEWORKER],
    ];
    const probed: Row[] = [];
    /** Per probe: the values the answer carried and the refusals it named, against the rows written. */
    const tallies: Array<{ key: string; reader: string; values: number; refusals: number; rows: Row[] }> = [];
    /** Every value of `field` in objects anywhere in an answer (only the probe's leaf objects select it). */
    const valuesOf = (data: unknown, field: string): unknown[] => {
      if (Array.isArray(data)) return data.flatMap((item) => valuesOf(item, field));
      if (!data || typeof data !== "object") return [];
      const own = Object.hasOwn(data, field) ? [(data as Record<string, unknown>)[field]] : [];
      return [...own, ...Object.values(data).flatMap((value) => valuesOf(value, field))];
    };

    beforeAll(async () => {
      // The demo has no due-diligence assessment yet: one, by the council, so Assessment is reached too.
      await t.database.query(
        `INSERT INTO procurement.assessment (partnership_id, supplier_id, agency_id, assessed_on, score, outcome, notes)
         SELECT $3, s.id, $1, '2026-11-02', 60, $2, 'Payroll records incomplete for agency workers'
           FROM procurement.supplier s ORDER BY s.id LIMIT 1`,
        [demoAgencyId("SMBC"), ASSESSMENT_OUTCOME, SANDWELL],
      );
      for (const [agency, role] of readers) {
        const client = await t.as(agency, role);
        for (const key of Object.keys(sensitive)) {
          const [typeName, field] = key.split(".") as [string, string];
          const query = `query EntityIdProbe { ${QUERIES[typeName]!.replace("%", select(typeName, field))} }`;
          const result = await client.query(query);
          // A reader refused the whole list (a filter on what it cannot read) reads nothing to record;
          // the coverage check below makes sure every field is reached by someone.
          if (!result.data) continue;
          // Written before the answer left: no waiting.
          const written = await rows("operation_hash = $1 AND user_id = $2", [sha256(query), demoUserId(agency, role)]);
          probed.push(...written);
          tallies.push({
            key,
            reader: agency,
            values: valuesOf(result.data, field).filter((v) => v !== null && v !== undefined).length,
            refusals: (result.errors ?? []).filter(
              (e) => e.extensions?.code === "FORBIDDEN_BY_SHARING_AGREEMENT" && e.path?.at(-1) === field,
            ).length,
            rows: written.filter((r) => `${r.entity_type}.${r.field}` === key),
          });
        }
      }
    }, 240_000);

    it("has a query for every sensitive field", () => {
      expect(Object.keys(sensitive).filter((key) => !QUERIES[key.split(".")[0]!])).toEqual([]);
    });

    it("every value returned and every value refused carries its record's id", () => {
      const withoutId = probed.filter((row) => row.entity_id === null);
      expect([...new Set(withoutId.map((r) => `${r.subgraph}: ${r.entity_type}.${r.field} (${r.outcome})`))]).toEqual(
        [],
      );
    });

    it("one row for every value an answer carried and one for every refusal it named, per field and reader", () => {
      const wrong = tallies
        .filter(
          (t) =>
            t.rows.filter((r) => r.outcome === "RETURNED").length !== t.values ||
            t.rows.filter((r) => r.outcome === "DENIED").length !== t.refusals,
        )
        .map(
          (t) =>
            `${t.reader} ${t.key}: ${t.values} values, ${t.refusals} refusals, rows ${JSON.stringify(t.rows.map((r) => r.outcome))}`,
        );
      expect(wrong).toEqual([]);
    });

    it("every sensitive type was reached, with values returned and refused, so the checks above reached it", () => {
      const reached = new Set(probed.map((r) => r.entity_type));
      const types = new Set(Object.keys(sensitive).map((key) => key.split(".")[0]!));
      expect([...types].filter((type) => !reached.has(type))).toEqual([]);
      expect(new Set(probed.map((r) => r.outcome))).toEqual(new Set(["RETURNED", "DENIED"]));
    });

    it("entities reached through another subgraph's key are named by that key (Person by email, Supplier by company number)", () => {
      for (const [type, field] of [
        ["Person", "trainingRecord"],
        ["Person", "nrmReferralsMade"],
        ["Supplier", "intelligenceSignals"],
      ] as const) {
        const reached = probed.filter((r) => r.entity_type === type && r.field === field);
        expect(reached.length, `${type}.${field}`).toBeGreaterThan(0);
        expect(reached.every((r) => r.entity_id !== null && r.entity_id.length > 0)).toBe(true);
      }
    });
  });

  it("identifies the operation by its document's hash as well as the name the client chose", async () => {
    const council = await t.as("SMBC", Role.COORDINATOR);
    const query = "query Harmless { people(first: 5) { nodes { id email } } }";
    expect((await council.query(query)).errors).toBeUndefined();
    const written = await rows("operation_hash = $1", [sha256(query)]);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((r) => r.operation === "Harmless")).toBe(true);

    const auditor = await t.as("SMBC", Role.AUDITOR);
    const read = await auditor.query<any>(
      `query($hash: String!) { governanceAuditEvents(first: 50, filter: { operationHash: $hash }) { totalCount nodes { operation operationHash } } }`,
      { hash: sha256(query) },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.governanceAuditEvents.totalCount).toBe(written.length);
    expect(read.data!.governanceAuditEvents.nodes[0]).toEqual({ operation: "Harmless", operationHash: sha256(query) });
  });

  describe("refusals are recorded", () => {
    it("a sensitive field refused for want of an agreement, and one refused for not taking part", async () => {
      const procurement = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
      const query = "query Refused { people(first: 100) { nodes { id email } } }";
      const result = await procurement.query<any>(query);
      const refused = (result.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN_BY_SHARING_AGREEMENT");
      expect(refused.length).toBeGreaterThan(0);
      // Outside production a refusal's stack names the subgraph that refused, not the gateway's frames.
      for (const error of refused)
        expect(error.extensions?.stacktrace).toEqual([
          `GraphQLError: ${error.message} (answered by the governance service)`,
        ]);
      const written = await rows("operation_hash = $1", [sha256(query)]);
      const denied = written.filter((r) => r.outcome === "DENIED");
      const returned = written.filter((r) => r.outcome === "RETURNED");
      expect(denied).toHaveLength(refused.length);
      expect(returned).toHaveLength(result.data!.people.nodes.filter((n: any) => n.email !== null).length);
      expect(new Set(denied.map((r) => r.reason))).toEqual(new Set(["NO_AGREEMENT"]));
      // Each refusal names the record it was refused for.
      const refusedIds = refused.map((e) => result.data!.people.nodes[e.path![2] as number].id).sort();
      expect(denied.map((r) => r.entity_id).sort()).toEqual(refusedIds);

      // Detail refused to agencies that hold the category but do not take part: whoever lists such concerns.
      let seen = 0;
      for (const agency of ["HFJ", "SMBC", "GLAA", "WMP"]) {
        const client = await t.as(agency, Role.CASEWORKER);
        const detail = `query NotTakingPart${agency} { concerns(first: 100) { nodes { id intelligenceSummary } } }`;
        const answer = await client.query<any>(detail);
        const notTakingPart = (answer.errors ?? []).filter((e) => e.extensions?.reason === "NOT_TAKING_PART");
        seen += notTakingPart.length;
        const deniedDetail = (await rows("operation_hash = $1", [sha256(detail)])).filter(
          (r) => r.outcome === "DENIED" && r.reason === "NOT_TAKING_PART",
        );
        expect(deniedDetail, agency).toHaveLength(notTakingPart.length);
        expect(deniedDetail.map((r) => r.entity_id).sort(), agency).toEqual(
          notTakingPart.map((e) => answer.data!.concerns.nodes[e.path![2] as number].id).sort(),
        );
      }
      expect(seen).toBeGreaterThan(0);
    });

    it("a role-guarded query or mutation refused, in the subgraph that refused it", async () => {
      const caseworker = await t.as("WMP", Role.CASEWORKER);
      const query = "query Snoop { governanceAuditEvents(first: 5) { totalCount } }";
      expect((await caseworker.query(query)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const mutation =
        'mutation Shadow { createAgency(input: { name: "Shadow", shortName: "SHADOW2", sector: NGO }) { id } }';
      expect((await caseworker.query(mutation)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      for (const [document, type, field] of [
        [query, "Query", "governanceAuditEvents"],
        [mutation, "Mutation", "createAgency"],
      ] as const) {
        const written = await rows("operation_hash = $1", [sha256(document)]);
        expect(written).toEqual([
          expect.objectContaining({
            subgraph: "governance",
            agency_id: demoAgencyId("WMP"),
            entity_type: type,
            field,
            outcome: "DENIED",
            reason: "MISSING_ROLE",
          }),
        ]);
      }
    });

    it("auditors filter by outcome", async () => {
      const auditor = await t.as("SMBC", Role.AUDITOR, Role.PARTNERSHIP_ADMIN);
      for (const outcome of ["DENIED", "RETURNED"]) {
        const read = await auditor.query<any>(
          `query($outcome: AuditOutcome) { governanceAuditEvents(first: 100, filter: { outcome: $outcome }) { totalCount nodes { outcome reason } } }`,
          { outcome },
        );
        expect(read.errors).toBeUndefined();
        expect(read.data!.governanceAuditEvents.totalCount).toBeGreaterThan(0);
        for (const node of read.data!.governanceAuditEvents.nodes) {
          expect(node.outcome).toBe(outcome);
          expect(node.reason === null).toBe(outcome === "RETURNED");
        }
      }
    });
  });

  describe("who reads the trail", () => {
    const count = async (subgraph: string, agencyId?: string) =>
      Number(
        (
          await t.database.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${subgraph}.audit_event_value WHERE partnership_id = $1 AND ($2::text IS NULL OR agency_id = $2)`,
            [SANDWELL, agencyId ?? null],
          )
        )[0]!.n,
      );
    const read = async (client: Client, subgraph: string) => {
      const result = await client.query<any>(
        `{ ${subgraph}AuditEvents(first: 100) { totalCount nodes { agencyId partnershipId } } }`,
      );
      expect(result.errors, subgraph).toBeUndefined();
      return result.data![`${subgraph}AuditEvents`] as {
        totalCount: number;
        nodes: Array<{ agencyId: string; partnershipId: string }>;
      };
    };

    beforeAll(async () => {
      // Every subgraph's trail holds reads by several agencies.
      for (const [agency, role] of [
        ["WMP", Role.CASEWORKER],
        ["HFJ", Role.CASEWORKER],
        ["SMBC", Role.COORDINATOR],
        ["SMBC-PROC", Role.PROCUREMENT_OFFICER],
      ] as const) {
        const client = await t.as(agency, role);
        await client.query(
          `query Spread { people(first: 30) { nodes { email trainingRecord { id } nrmReferralsMade { id } } }
             contracts(first: 30) { nodes { value } } suppliers(first: 30) { nodes { intelligenceSignals { __typename } } } }`,
        );
      }
    });

    for (const subgraph of SUBGRAPHS) {
      it(`${subgraph}: an auditor sees their own agency's users' events in the partnership, and no other agency's`, async () => {
        const agencies = Number(
          (
            await t.database.query<{ n: string }>(
              `SELECT count(DISTINCT agency_id) AS n FROM ${subgraph}.audit_event_value WHERE partnership_id = $1`,
              [SANDWELL],
            )
          )[0]!.n,
        );
        expect(agencies, "the trail holds several agencies' events").toBeGreaterThan(1);
        for (const agency of ["WMP", "HFJ"]) {
          const own = await read(await t.as(agency, Role.AUDITOR), subgraph);
          expect(own.totalCount).toBe(await count(subgraph, demoAgencyId(agency)));
          expect(own.nodes.every((n) => n.agencyId === demoAgencyId(agency) && n.partnershipId === SANDWELL)).toBe(
            true,
          );
        }
      });

      it(`${subgraph}: the chair's auditor sees the whole partnership's trail; another member's, even its administrator, only its own`, async () => {
        // The council chairs Sandwell's partnership.
        const whole = await read(await t.as("SMBC", Role.AUDITOR), subgraph);
        expect(whole.totalCount).toBe(await count(subgraph));
        expect(whole.totalCount).toBeGreaterThan(await count(subgraph, demoAgencyId("SMBC")));
        expect(whole.nodes.every((n) => n.partnershipId === SANDWELL)).toBe(true);
        const ngo = await read(await t.as("HFJ", Role.AUDITOR, Role.PARTNERSHIP_ADMIN), subgraph);
        expect(ngo.totalCount).toBe(await count(subgraph, demoAgencyId("HFJ")));
        expect(ngo.nodes.every((n) => n.agencyId === demoAgencyId("HFJ"))).toBe(true);
      });
    }

    it("an agency filter cannot widen an auditor's view", async () => {
      const auditor = await t.as("HFJ", Role.AUDITOR);
      const result = await auditor.query<any>(
        `query($agency: String) { casesAuditEvents(first: 5, filter: { agencyId: $agency }) { totalCount } }`,
        { agency: demoAgencyId("WMP") },
      );
      expect(result.data!.casesAuditEvents.totalCount).toBe(0);
    });
  });

  describe("the Idempotency-Key header on creating mutations", () => {
    const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id reference version } }`;
    let oldbury: string;
    const concern = (summary: string) => ({
      receivedOn: "2025-06-02",
      source: "PUBLIC",
      exploitationTypes: ["LABOUR"],
      participatingAgencyIds: [demoAgencyId("HFJ")],
      intelligenceSummary: summary,
      location: {
        type: "CAR_WASH",
        areaId: oldbury,
        ward: "Langley",
        address: "1 Station Road",
        postcode: "b69 4aa",
        businessName: "Example Hand Car Wash",
      },
    });
    const concernsWith = async (summary: string) =>
      Number(
        (
          await t.database.query<{ n: string }>(
            "SELECT count(*) AS n FROM cases.concern WHERE intelligence_summary = $1",
            [summary],
          )
        )[0]!.n,
      );
    let police: Client;
    beforeAll(async () => {
      police = await t.as("WMP", Role.CASEWORKER);
      const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
      oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
    });

    it("three identical submissions with one key: one concern, three identical answers", async () => {
      const summary = `Idempotent ${randomUUID()}`;
      const key = randomUUID();
      const answers = [];
      for (let i = 0; i < 3; i++) {
        answers.push(await police.query<any>(RECORD, { input: concern(summary) }, { "idempotency-key": key }));
      }
      expect(answers[0]!.errors).toBeUndefined();
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(await concernsWith(summary)).toBe(1);
    });

    it("without a key, each submission is its own (as before)", async () => {
      const summary = `Not idempotent ${randomUUID()}`;
      for (let i = 0; i < 2; i++)
        expect((await police.query(RECORD, { input: concern(summary) })).errors).toBeUndefined();
      expect(await concernsWith(summary)).toBe(2);
    });

    it("the same key for a different request is refused, writing nothing", async () => {
      const key = randomUUID();
      const first = `Keyed ${randomUUID()}`;
      const second = `Other ${randomUUID()}`;
      expect(
        (await police.query(RECORD, { input: concern(first) }, { "idempotency-key": key })).errors,
      ).toBeUndefined();
      const reused = await police.query(RECORD, { input: concern(second) }, { "idempotency-key": key });
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "Idempotency-Key" });
      expect(reused.errors?.[0]?.message).toContain("used for a different request");
      expect(await concernsWith(second)).toBe(0);
    });

    it("a key is the caller's own: another user's identical request with it runs as their own", async () => {
      const key = randomUUID();
      const summary = `Two users ${randomUUID()}`;
      const other = await t.as("WMP", Role.COORDINATOR);
      const a = await police.query<any>(RECORD, { input: concern(summary) }, { "idempotency-key": key });
      const b = await other.query<any>(RECORD, { input: concern(summary) }, { "idempotency-key": key });
      expect(a.errors ?? b.errors).toBeUndefined();
      expect(b.data!.recordConcern.id).not.toBe(a.data!.recordConcern.id);
      expect(await concernsWith(summary)).toBe(2);
    });

    it("a repeat while the first is still running is refused as CONFLICT; exactly one concern is created", async () => {
      const key = randomUUID();
      const summary = `Concurrent ${randomUUID()}`;
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          police.query<any>(RECORD, { input: concern(summary) }, { "idempotency-key": key }),
        ),
      );
      const created = answers.filter((a) => !a.errors);
      const conflicts = answers.filter((a) => a.errors?.[0]?.extensions?.code === "CONFLICT");
      expect(created.length + conflicts.length).toBe(answers.length);
      expect(created.length).toBeGreaterThan(0);
      expect(new Set(created.map((a) => a.data!.recordConcern.id)).size).toBe(1);
      expect(await concernsWith(summary)).toBe(1);
    });

    it("a mutation that failed leaves no key behind, so the retry runs", async () => {
      const key = randomUUID();
      const summary = `Retried ${randomUUID()}`;
      const bad = { ...concern(summary), receivedOn: "2999-01-01" };
      const refused = await police.query(RECORD, { input: bad }, { "idempotency-key": key });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const stored = await t.database.query("SELECT 1 FROM cases.idempotency_key WHERE key = $1", [key]);
      expect(stored).toEqual([]);
      const again = await police.query(RECORD, { input: bad }, { "idempotency-key": key });
      expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(await concernsWith(summary)).toBe(0);
    });

    it("a key that is not a short printable token is refused", async () => {
      const result = await police.query(RECORD, { input: concern("x") }, { "idempotency-key": "x".repeat(300) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "Idempotency-Key" });
    });
  });
});
