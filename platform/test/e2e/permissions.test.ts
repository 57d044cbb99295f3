import { readFileSync } from "node:fs";
import { demoAgencyId } from "@partnership/governance";
import { DEMO_AGENCIES, demoAgreements } from "@partnership/governance/seed";
import { demoPartnershipId } from "@partnership/runtime";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  type Caller,
  generateEs256KeyPair,
  buildFederatedSchema,
  Role,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { cases } from "@partnership/cases";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { SignJWT, base64url } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_AUDIENCE, DEMO_ISSUER, sensitiveFields, startGateway } from "@partnership/gateway";
import { DEMO_USERS, demoUser } from "../../src/demo-users.js";
import { createLogger } from "@partnership/runtime";
import {
  type Client,
  clientFor,
  postGraphQL,
  startTestPlatform,
  TEST_TODAY,
  type TestPlatform,
  replicaGatewayConfig,
} from "../support/platform.js";

/** What the demo agreements grant an agency today, worked out from the demo data alone (consent rules: grants reach signed parties only). */
function expectedCategories(shortName: string): Set<string> {
  const agency = DEMO_AGENCIES.find((a) => a.shortName === shortName)!;
  const categories = new Set<string>();
  for (const agreement of demoAgreements(TEST_TODAY)) {
    const active = agreement.parties.every((p) => agreement.signed.includes(p)) && !agreement.suspendedReason;
    if (!active || agreement.startDate > TEST_TODAY || agreement.endDate < TEST_TODAY) continue;
    for (const grant of agreement.grants) {
      // Every recipient is a named party that signed: a sector's grant reaches only its parties.
      if (!agreement.parties.includes(shortName)) continue;
      if (grant.agency === shortName || grant.sector === agency.sector)
        grant.categories.forEach((c) => categories.add(c));
    }
  }
  return categories;
}

interface ProbeRow {
  path: Array<string | number>;
  /** The agency that owns the record (its own people always see it); null for figures. */
  owner: string | null;
  /** For detail of a concern: the agencies taking part in it (only they see detail fields). */
  parties?: string[];
  /**
   * For a figure built from the caller's own records when it holds no grant (a supplier rating's
   * commercial part): the answer says whose records it is built from, and they are the caller's.
   */
  ownedByCaller?: boolean;
  value: unknown;
}

/** How each sensitive field is selected: its arguments and sub-selection. */
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
/** Object-typed fields (from the supergraph) need a sub-selection; any will do to see whether they are denied. */
let objectFields = new Set<string>();
/** Token expiry is wall-clock time: the one use of the machine's clock here. */
// eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time
const epochSeconds = () => Math.floor(Date.now() / 1000);

const select = (typeName: string, field: string) =>
  SELECTIONS[`${typeName}.${field}`] ?? (objectFields.has(`${typeName}.${field}`) ? `${field} { __typename }` : field);

/** Who takes part in each concern and who made each record, read from the database: the truth the matrix checks against. */
interface CaseTruth {
  parties: Map<string, string[]>;
  owners: Map<string, string>;
  /**
   * A directory person's agency as each subgraph extending Person knows it from its own rows (never
   * from the directory's representation): training's delegate row in Sandwell, and the one agency
   * the person's referrals in cases name. Person id → agency.
   */
  personOwners: { training: Map<string, string>; cases: Map<string, string> };
}
let truth: CaseTruth = {
  parties: new Map(),
  owners: new Map(),
  personOwners: { training: new Map(), cases: new Map() },
};
/** Which subgraph's idea of a person's agency decides a Person field; the directory's for the rest. */
const PERSON_FIELD_OWNERS: Record<string, "training" | "cases"> = {
  trainingRecord: "training",
  qualifiedFirstResponder: "training",
  firstResponderRefreshDueOn: "training",
  nrmReferralsMade: "cases",
};
const personOwner = (field: string, id: string, directoryAgency: string) => {
  const source = PERSON_FIELD_OWNERS[field];
  return source ? (truth.personOwners[source].get(id) ?? null) : directoryAgency;
};

/** A probe for a type reached through the newest concerns: `nested` is the selection path under a concern. */
function concernProbe(nested: string[], field: string, typeName: string) {
  const open = nested.map((name) => `${name} { id `).join("");
  const close = " }".repeat(nested.length);
  return {
    query: `query Probe { concerns(first: 100, filter: { receivedTo: "2019-12-31" }) { nodes { id ${open}${select(typeName, field)}${close} } } }`,
    // A caller that may not filter on a concern's dates (no CASE_SUMMARY) lists what it takes part in.
    unfiltered: `query Probe { concerns(first: 100) { nodes { id ${open}${select(typeName, field)}${close} } } }`,
    rows: (data: any) =>
      data.concerns.nodes.flatMap((concern: any, i: number) => {
        const rows: ProbeRow[] = [];
        const walk = (value: any, path: Array<string | number>, depth: number) => {
          if (value === null || value === undefined) return;
          if (Array.isArray(value)) return value.forEach((item, j) => walk(item, [...path, j], depth));
          if (depth === nested.length) {
            rows.push({
              path: [...path, field],
              owner: truth.owners.get(value.id) ?? null,
              parties: truth.parties.get(concern.id) ?? [],
              value: value[field],
            });
            return;
          }
          walk(value[nested[depth]!], [...path, nested[depth]!], depth + 1);
        };
        walk(concern, ["concerns", "nodes", i], 0);
        return rows;
      }),
  };
}

/** For each type with sensitive fields: an ordinary query path to its records, with their owners. */
const PROBES: Record<
  string,
  (field: string) => { query: string; unfiltered?: string; rows: (data: any) => ProbeRow[] }
> = {
  Person: (field) => ({
    query: `query Probe { people(first: 100) { nodes { id agency { id } ${select("Person", field)} } } }`,
    rows: (data) =>
      data.people.nodes.map((n: any, i: number) => ({
        path: ["people", "nodes", i, field],
        owner: personOwner(field, n.id, n.agency.id),
        // A person's detail (email) is for the partnership's members: every caller here is one.
        parties: data.people.nodes.map((m: any) => m.agency.id),
        value: n[field],
      })),
  }),
  Completion: (field) => ({
    query: `query Probe { trainingSessions(first: 12, filter: { status: DELIVERED }) { nodes { attendance { agency { id } ${field} } } } }`,
    rows: (data) =>
      data.trainingSessions.nodes.flatMap((s: any, i: number) =>
        s.attendance.map((a: any, j: number) => ({
          path: ["trainingSessions", "nodes", i, "attendance", j, field],
          owner: a.agency.id,
          value: a[field],
        })),
      ),
  }),
  Agency: (field) => ({
    query: `query Probe { agencies(first: 100) { nodes { id ${select("Agency", field)} } } }`,
    rows: (data) =>
      data.agencies.nodes.map((n: any, i: number) => ({
        path: ["agencies", "nodes", i, field],
        owner: n.id,
        value: n[field],
      })),
  }),
  Contract: (field) => ({
    query: `query Probe { contracts(first: 100) { nodes { agencyId ${field} } } }`,
    rows: (data) =>
      data.contracts.nodes.map((n: any, i: number) => ({
        path: ["contracts", "nodes", i, field],
        owner: n.agencyId,
        value: n[field],
      })),
  }),
  AuditFinding: (field) => ({
    query: `query Probe { audits(first: 100) { nodes { agencyId findings { ${field} } } } }`,
    rows: (data) =>
      data.audits.nodes.flatMap((a: any, i: number) =>
        a.findings.map((f: any, j: number) => ({
          path: ["audits", "nodes", i, "findings", j, field],
          owner: a.agencyId,
          value: f[field],
        })),
      ),
  }),
  TrainingStatistics: (field) => ({
    query: `query Probe { trainingStatistics(from: "2019-04-01", to: "2020-03-31") { ${select("TrainingStatistics", field)} } }`,
    rows: (data) => [{ path: ["trainingStatistics", field], owner: null, value: data.trainingStatistics[field] }],
  }),
  Concern: (field) => concernProbe([], field, "Concern"),
  Location: (field) => concernProbe(["location"], field, "Location"),
  PotentialVictim: (field) => concernProbe(["potentialVictims"], field, "PotentialVictim"),
  NrmReferral: (field) => concernProbe(["potentialVictims", "nrmReferral"], field, "NrmReferral"),
  DutyToNotify: (field) => concernProbe(["potentialVictims", "dutyToNotify"], field, "DutyToNotify"),
  DisruptionVisit: (field) => concernProbe(["visits"], field, "DisruptionVisit"),
  Intervention: (field) => concernProbe(["interventions"], field, "Intervention"),
  Offender: (field) => concernProbe(["offenders"], field, "Offender"),
  PreventionOrder: (field) => concernProbe(["orders"], field, "PreventionOrder"),
  CaseStatistics: (field) => ({
    query: `query Probe { caseStatistics(from: "2019-04-01", to: "2020-03-31") { ${select("CaseStatistics", field)} } }`,
    rows: (data) => [{ path: ["caseStatistics", field], owner: null, value: data.caseStatistics[field] }],
  }),
  Assessment: (field) => ({
    query: `query Probe { suppliers(first: 100) { nodes { assessments { agencyId ${field} } } } }`,
    rows: (data) =>
      data.suppliers.nodes.flatMap((s: any, i: number) =>
        s.assessments.map((a: any, j: number) => ({
          path: ["suppliers", "nodes", i, "assessments", j, field],
          owner: a.agencyId,
          value: a[field],
        })),
      ),
  }),
  CorrectiveAction: (field) => ({
    query: `query Probe { audits(first: 100) { nodes { agencyId findings { actions { ${field} } } } } }`,
    rows: (data) =>
      data.audits.nodes.flatMap((a: any, i: number) =>
        a.findings.flatMap((f: any, j: number) =>
          f.actions.map((action: any, k: number) => ({
            path: ["audits", "nodes", i, "findings", j, "actions", k, field],
            owner: a.agencyId,
            value: action[field],
          })),
        ),
      ),
  }),
  SupplierRisk: (field) => ({
    query: `query Probe { suppliers(first: 100) { nodes { risk { commercialScope ${select("SupplierRisk", field)} } } } }`,
    rows: (data) =>
      data.suppliers.nodes.map((n: any, i: number) => ({
        path: ["suppliers", "nodes", i, "risk", field],
        owner: null,
        ownedByCaller: n.risk.commercialScope === "OWN_AGENCY",
        value: n.risk[field],
      })),
  }),
  Supplier: (field) => ({
    query: `query Probe { suppliers(first: 100) { nodes { id ${select("Supplier", field)} } } }`,
    rows: (data) =>
      data.suppliers.nodes.map((n: any, i: number) => ({
        path: ["suppliers", "nodes", i, field],
        owner: null,
        value: n[field],
      })),
  }),
};

/** Entity (`_entities`) paths: for each entity type, per subgraph, the sensitive fields it resolves there. */
interface EntityProbe {
  typeName: string;
  subgraph: string;
  fields: string[];
  records: (admin: Client) => Promise<Array<{ representation: Record<string, unknown>; owner: string }>>;
}
const people = async (admin: Client) =>
  (await admin.query<any>("{ people(first: 100) { nodes { id email agency { id } } } }")).data!.people.nodes as Array<{
    id: string;
    email: string;
    agency: { id: string };
  }>;
const ENTITY_PROBES: EntityProbe[] = [
  {
    typeName: "Person",
    subgraph: "governance",
    fields: ["email", "jobTitle"],
    records: async (admin) =>
      (await people(admin)).map((p) => ({ representation: { __typename: "Person", id: p.id }, owner: p.agency.id })),
  },
  {
    typeName: "Person",
    subgraph: "training",
    fields: ["trainingRecord", "qualifiedFirstResponder", "firstResponderRefreshDueOn"],
    records: async (admin) =>
      (await people(admin)).map((p) => ({
        representation: { __typename: "Person", email: p.email, agency: { id: p.agency.id } },
        owner: truth.personOwners.training.get(p.id) ?? "nobody",
      })),
  },
  {
    typeName: "Agency",
    subgraph: "training",
    fields: ["peopleTrainedByLevel", "qualifiedFirstResponders"],
    records: async (admin) =>
      (await admin.query<any>("{ agencies(first: 100) { nodes { id } } }")).data!.agencies.nodes.map((n: any) => ({
        representation: { __typename: "Agency", id: n.id },
        owner: n.id,
      })),
  },
];
ENTITY_PROBES.push(
  {
    typeName: "Person",
    subgraph: "cases",
    fields: ["nrmReferralsMade"],
    records: async (admin) =>
      (await people(admin)).map((p) => ({
        representation: { __typename: "Person", email: p.email, agency: { id: p.agency.id } },
        owner: truth.personOwners.cases.get(p.id) ?? "nobody",
      })),
  },
  {
    typeName: "Agency",
    subgraph: "cases",
    fields: ["concernsLed", "concernsTakingPartIn"],
    records: async (admin) =>
      (await admin.query<any>("{ agencies(first: 100) { nodes { id } } }")).data!.agencies.nodes.map((n: any) => ({
        representation: { __typename: "Agency", id: n.id },
        owner: n.id,
      })),
  },
  {
    typeName: "Supplier",
    subgraph: "cases",
    fields: ["intelligenceSignals"],
    records: async (admin) =>
      (await admin.query<any>("{ suppliers(first: 100) { nodes { companyNumber } } }")).data!.suppliers.nodes.map(
        (n: any) => ({ representation: { __typename: "Supplier", companyNumber: n.companyNumber }, owner: "nobody" }),
      ),
  },
);
/** Types whose records are reached only through queries, never as entities. */
const NOT_ENTITIES = new Set([
  "Assessment",
  "CorrectiveAction",
  "SupplierRisk",
  "Completion",
  "TrainingStatistics",
  "Contract",
  "AuditFinding",
  "Concern",
  "Location",
  "PotentialVictim",
  "NrmReferral",
  "DutyToNotify",
  "DisruptionVisit",
  "Intervention",
  "Offender",
  "PreventionOrder",
  "CaseStatistics",
]);

/** The demo users who act in Sandwell, whose records the matrix probes (the isolation test covers the other partnership). */
const MATRIX_USERS = [
  ...DEMO_USERS.filter(
    ({ user }) =>
      !user.roles.includes(Role.PLATFORM_ADMIN) &&
      DEMO_AGENCIES.some((a) => demoAgencyId(a.shortName) === user.agencyId),
  ).map(({ label, user }) => ({ label, user })),
  { label: "Regulator (GLAA caseworker)", user: demoUser("GLAA", [Role.CASEWORKER]) },
  { label: "Read-only NGO user (British Red Cross)", user: demoUser("BRC", [Role.READ_ONLY]) },
];

describe("who sees what", () => {
  let t: TestPlatform;
  let governanceUrl: string;
  const sensitive = sensitiveFields(readFileSync(SUPERGRAPH_PATH, "utf8"));

  /** Sensitive fields some matrix user saw at least one record of: a probe that reaches nothing tests nothing. */
  const probed = new Set<string>();
  let detailFields = new Set<string>();

  beforeAll(async () => {
    t = await startTestPlatform({ grantsCacheTtlMs: 60_000 });
    governanceUrl = t.platform.subgraphs.find((s) => s.name === "governance")!.url;
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
    const { classification } = await buildFederatedSchema(cases.schema);
    detailFields = new Set(
      [...classification.sensitive].flatMap(([typeName, fields]) =>
        [...fields].filter(([, s]) => s.detail).map(([field]) => `${typeName}.${field}`),
      ),
    );
    // The demo has no due-diligence assessment yet: one by the council, so Assessment.notes is probed too.
    await t.database.query(
      `INSERT INTO procurement.assessment (partnership_id, supplier_id, agency_id, assessed_on, score, outcome, notes)
       SELECT $2, s.id, $1, '2026-11-02', 60, 'SATISFACTORY', 'Payroll records incomplete for agency workers'
         FROM procurement.supplier s ORDER BY s.id LIMIT 1`,
      [demoAgencyId("SMBC"), demoPartnershipId("SANDWELL")],
    );
    const concerns = await t.database.query<{ id: string; parties: string[] }>(
      `SELECT id, array_remove(ARRAY[lead_agency_id, referring_agency_id] || participating_agency_ids, NULL)::text[] AS parties
       FROM cases.concern`,
    );
    const owners = await t.database.query<{ id: string; owner: string }>(
      `SELECT id, referring_agency_id AS owner FROM cases.nrm_referral
       UNION ALL SELECT id, reporting_agency_id FROM cases.duty_to_notify
       UNION ALL SELECT id, agency_id FROM cases.intervention`,
    );
    const trainingOwners = await t.database.query<{ id: string; agency: string }>(
      `SELECT p.id::text, d.agency_id::text AS agency FROM governance.person p
         JOIN training.delegate d ON d.email = p.email AND d.partnership_id = $1`,
      [demoPartnershipId("SANDWELL")],
    );
    const casesOwners = await t.database.query<{ id: string; agency: string }>(
      `SELECT p.id::text, min(r.referring_agency_id::text) AS agency FROM governance.person p
         JOIN cases.nrm_referral r ON r.referrer_email = p.email
         JOIN cases.concern c ON c.id = r.concern_id AND c.partnership_id = $1
        GROUP BY p.id HAVING count(DISTINCT r.referring_agency_id) = 1`,
      [demoPartnershipId("SANDWELL")],
    );
    truth = {
      parties: new Map(concerns.map((c) => [c.id, c.parties])),
      owners: new Map(owners.map((o) => [o.id, o.owner])),
      personOwners: {
        training: new Map(trainingOwners.map((o) => [o.id, o.agency])),
        cases: new Map(casesOwners.map((o) => [o.id, o.agency])),
      },
    };
  });
  afterAll(async () => {
    await t?.stop();
  });

  const agencyShortName = (agencyId: string) =>
    DEMO_AGENCIES.find((a) => demoAgencyId(a.shortName) === agencyId)!.shortName;

  it("classifies something, and every sensitive field has a query probe and, on entities, an _entities probe", () => {
    expect(Object.keys(sensitive).length).toBeGreaterThan(0);
    for (const key of Object.keys(sensitive)) {
      const [typeName, field] = key.split(".") as [string, string];
      expect(PROBES, `no probe for ${key}`).toHaveProperty(typeName);
      if (NOT_ENTITIES.has(typeName)) continue;
      expect(
        ENTITY_PROBES.filter((p) => p.typeName === typeName && p.fields.includes(field)),
        `no _entities probe for ${key}`,
      ).toHaveLength(1);
    }
  });

  describe("the permission matrix: every demo role × every sensitive field", () => {
    for (const { label, user } of MATRIX_USERS) {
      it(`${label}: through the gateway, a value is visible exactly when an agreement grants it or the record is their agency's`, async () => {
        const client = clientFor(t.gatewayUrl, await (await t.as(agencyShortName(user.agencyId), ...user.roles)).token);
        const granted = expectedCategories(agencyShortName(user.agencyId));
        for (const [key, category] of Object.entries(sensitive)) {
          const [typeName, field] = key.split(".") as [string, string];
          const probe = PROBES[typeName]!(field);
          let result = await client.query(probe.query);
          if (probe.unfiltered && result.errors?.some((e) => String(e.extensions?.field).startsWith("filter.")))
            result = await client.query(probe.unfiltered);
          expect(result.data, `${key}: ${JSON.stringify(result.errors?.[0])}`).toBeTruthy();
          const rows = probe.rows(result.data);
          if (rows.length > 0) probed.add(key);
          const denied = new Map((result.errors ?? []).map((e) => [JSON.stringify(e.path), e]));
          const detail = detailFields.has(key);
          for (const row of rows) {
            const visible =
              row.owner === user.agencyId ||
              row.ownedByCaller === true ||
              (granted.has(category) && (!detail || (row.parties ?? []).includes(user.agencyId)));
            const error = denied.get(JSON.stringify(row.path));
            expect(Boolean(error), `${label} ${key} at ${JSON.stringify(row.path)}`).toBe(!visible);
            if (!visible) {
              expect(row.value).toBeNull();
              expect(error!.extensions).toMatchObject({ code: "FORBIDDEN_BY_SHARING_AGREEMENT", category });
            }
          }
        }
      });

      it(`${label}: through _entities, the same`, async () => {
        const profile = await t.as(agencyShortName(user.agencyId), ...user.roles);
        // Ask as the gateway would: with a caller context carrying the grants governance gives this agency.
        const system = await signedContext(t, {
          userId: "test",
          agencyId: user.agencyId,
          sector: "SYSTEM",
          roles: [Role.SYSTEM],
          grants: {},
          partnership: null,
          requestId: "r",
        });
        const grants = await postGraphQL<any>(
          governanceUrl,
          `query($id: ID!, $user: String!, $partnership: ID) { callerProfile(agencyId: $id, userId: $user, partnershipId: $partnership) {
            sector grants { category agreementId } partnership { id referencePrefix memberAgencyIds } } }`,
          { id: user.agencyId, user: user.userId, partnership: demoPartnershipId("SANDWELL") },
          { [CALLER_CONTEXT_HEADER]: system },
        );
        const { sector, grants: list, partnership } = grants.data.callerProfile;
        const context = await signedContext(t, {
          userId: user.userId,
          agencyId: user.agencyId,
          sector,
          roles: user.roles,
          grants: Object.fromEntries(list.map((g: any) => [g.category, g.agreementId])),
          partnership,
          requestId: "entities-test",
        });
        expect(profile.token).toBeTruthy();
        const granted = expectedCategories(agencyShortName(user.agencyId));
        const admin = await t.as("SMBC", Role.AUDITOR);
        for (const probe of ENTITY_PROBES) {
          const url = t.platform.subgraphs.find((s) => s.name === probe.subgraph)!.url;
          const records = await probe.records(admin);
          for (const field of probe.fields) {
            const category = sensitive[`${probe.typeName}.${field}`]!;
            const result = await postGraphQL<any>(
              url,
              `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${probe.typeName} { ${select(probe.typeName, field)} } } }`,
              { r: records.map((r) => r.representation) },
              { [CALLER_CONTEXT_HEADER]: context },
            );
            expect(result.data?._entities, JSON.stringify(result.errors?.[0])).toHaveLength(records.length);
            const denied = new Set((result.errors ?? []).map((e) => JSON.stringify(e.path)));
            records.forEach((record, index) => {
              const visible = record.owner === user.agencyId || granted.has(category);
              expect(
                denied.has(JSON.stringify(["_entities", index, field])),
                `${label} ${probe.typeName}.${field} of ${index} via _entities`,
              ).toBe(!visible);
            });
          }
        }
      });
    }
  });

  it("the matrix reached records of every sensitive field", () => {
    expect(Object.keys(sensitive).filter((key) => !probed.has(key))).toEqual([]);
  });

  describe("tokens", () => {
    const query = "{ people(first: 5) { nodes { name email } } }";
    const header = (token: string) => ({ authorization: `Bearer ${token}` });
    const claims = () => ({ agency: demoAgencyId("WMP"), roles: [Role.CASEWORKER] });
    const sign = async (key: CryptoKey | Uint8Array, alg: string, edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
      edit(
        new SignJWT(claims())
          .setProtectedHeader({ alg })
          .setSubject("attacker")
          .setIssuer(DEMO_ISSUER)
          .setAudience(DEFAULT_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime("1h"),
      ).sign(key);

    const cases: Array<[string, () => Promise<Record<string, string>>]> = [
      ["absent", async () => ({})],
      ["not a JWT", async () => header("not-a-token")],
      [
        "alg: none",
        async () => {
          const head = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
          const body = base64url.encode(
            JSON.stringify({
              ...claims(),
              sub: "attacker",
              iss: DEMO_ISSUER,
              aud: DEFAULT_AUDIENCE,
              exp: epochSeconds() + 3600,
            }),
          );
          return header(`${head}.${body}.`);
        },
      ],
      [
        "signed by another key",
        async () => {
          const { privateKey } = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
            "sign",
            "verify",
          ]);
          return header(await sign(privateKey, "ES256"));
        },
      ],
      [
        "HS256 with the public key as the secret",
        async () => header(await sign(new TextEncoder().encode(JSON.stringify(t.keys.users.publicJwk)), "HS256")),
      ],
      ["expired", async () => header(await signWithIdp(t, (jwt) => jwt.setExpirationTime(epochSeconds() - 60)))],
      ["from another issuer", async () => header(await signWithIdp(t, (jwt) => jwt.setIssuer("https://evil.example")))],
      ["for another audience", async () => header(await signWithIdp(t, (jwt) => jwt.setAudience("another-api")))],
      [
        "forged: a valid token with its payload changed",
        async () => {
          const [head, , signature] = (await signWithIdp(t)).split(".");
          const body = base64url.encode(
            JSON.stringify({
              ...claims(),
              agency: demoAgencyId("SMBC"),
              sub: "attacker",
              iss: DEMO_ISSUER,
              aud: DEFAULT_AUDIENCE,
              exp: epochSeconds() + 3600,
            }),
          );
          return header(`${head}.${body}.${signature}`);
        },
      ],
    ];
    for (const [name, headers] of cases) {
      it(`${name}: 401 and no data`, async () => {
        const result = await postGraphQL(t.gatewayUrl, query, undefined, await headers());
        expect(result.status).toBe(401);
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      });
    }

    it("a valid token still works (the cases above fail for their own reason)", async () => {
      const result = await postGraphQL<any>(t.gatewayUrl, query, undefined, header(await signWithIdp(t)));
      expect(result.status).toBe(200);
      expect(result.data.people.nodes).toHaveLength(5);
    });
  });

  describe("subgraphs reached directly", () => {
    const query = "{ people(first: 5) { nodes { name email } } }";
    it("without a caller context: 401 and no data", async () => {
      const result = await postGraphQL(governanceUrl, query);
      expect(result.status).toBe(401);
      expect(result.data ?? null).toBeNull();
    });

    it("with a caller context signed by another key: 401 and no data", async () => {
      const other = await CallerContextSigner.fromJwk((await generateEs256KeyPair("evil")).privateJwk);
      const forged = await other.sign({
        userId: "x",
        agencyId: demoAgencyId("WMP"),
        sector: "POLICE",
        roles: [Role.PARTNERSHIP_ADMIN],
        grants: { PERSONNEL: "x" },
        partnership: null,
        requestId: "r",
      });
      const result = await postGraphQL(governanceUrl, query, undefined, { [CALLER_CONTEXT_HEADER]: forged });
      expect(result.status).toBe(401);
      expect(result.data ?? null).toBeNull();
    });

    it("with an expired caller context: 401", async () => {
      const expired = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk, -60);
      const token = await expired.sign({
        userId: "x",
        agencyId: demoAgencyId("WMP"),
        sector: "POLICE",
        roles: [],
        grants: {},
        partnership: null,
        requestId: "r",
      });
      expect((await postGraphQL(governanceUrl, query, undefined, { [CALLER_CONTEXT_HEADER]: token })).status).toBe(401);
    });
  });

  it("ignores a caller context sent by a client, even a validly signed one", async () => {
    const procurement = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const claimingEverything = await signedContext(t, {
      userId: "x",
      agencyId: demoAgencyId("SMBC-PROC"),
      sector: "LOCAL_AUTHORITY",
      roles: [Role.PROCUREMENT_OFFICER],
      grants: { PERSONNEL: "forged" },
      partnership: null,
      requestId: "r",
    });
    const result = await procurement.query(
      '{ people(filter: { search: "Whitlock" }) { nodes { name email } } }',
      undefined,
      {
        [CALLER_CONTEXT_HEADER]: claimingEverything,
      },
    );
    expect(result.data!.people.nodes).toEqual([{ name: "Dana Whitlock", email: null }]);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN_BY_SHARING_AGREEMENT",
      category: "PERSONNEL",
    });
  });

  it("suspending an agreement removes the access it granted; re-activating restores it", async () => {
    const police = await t.as("WMP", Role.CASEWORKER);
    const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const email = async () => {
      const result = await police.query<any>('{ people(filter: { search: "Helen Marsh" }) { nodes { email } } }');
      return { email: result.data!.people.nodes[0].email, code: result.errors?.[0]?.extensions?.code };
    };
    const agreements: any = await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }");
    const shop = agreements.data.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-SHOP-2019-01");

    expect(await email()).toEqual({ email: "helen.marsh@smbc.example.org", code: undefined });
    const suspended = await admin.query(
      'mutation($id: ID!) { suspendSharingAgreement(input: { agreementId: $id, reason: "Annual review" }) { status } }',
      { id: shop.id },
    );
    expect(suspended.errors).toBeUndefined();
    expect(await email()).toEqual({ email: null, code: "FORBIDDEN_BY_SHARING_AGREEMENT" });
    await admin.query("mutation($id: ID!) { reactivateSharingAgreement(input: { agreementId: $id }) { status } }", {
      id: shop.id,
    });
    expect(await email()).toEqual({ email: "helen.marsh@smbc.example.org", code: undefined });
  });

  it("another gateway replica sees an agreement change within its grants cache time", async () => {
    const ttlMs = 400;
    const replica = await startGateway(
      replicaGatewayConfig(t, { grantsCacheTtlMs: ttlMs }),
      createLogger("replica", "silent"),
    );
    try {
      const police = clientFor(replica.url, (await t.as("WMP", Role.CASEWORKER)).token);
      const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
      const email = async () =>
        (await police.query<any>('{ people(filter: { search: "Helen Marsh" }) { nodes { email } } }')).data!.people
          .nodes[0].email;
      const agreements: any = await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }");
      const shop = agreements.data.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-SHOP-2019-01");

      expect(await email()).toBe("helen.marsh@smbc.example.org");
      await admin.query(
        'mutation($id: ID!) { suspendSharingAgreement(input: { agreementId: $id, reason: "Replica test" }) { status } }',
        { id: shop.id },
      );
      const suspendedAt = performance.now();
      let seenAfter = -1;
      while (performance.now() - suspendedAt < ttlMs * 5) {
        if ((await email()) === null) {
          seenAfter = performance.now() - suspendedAt;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(seenAfter).toBeGreaterThanOrEqual(0);
      expect(seenAfter).toBeLessThanOrEqual(ttlMs + 200);
      await admin.query("mutation($id: ID!) { reactivateSharingAgreement(input: { agreementId: $id }) { status } }", {
        id: shop.id,
      });
    } finally {
      await replica.stop();
    }
  });

  describe("the audit log", () => {
    const auditCount = async (operation: string) =>
      Number(
        (
          await t.database.query<{ n: string }>(
            "SELECT count(*) AS n FROM governance.audit_event_value WHERE operation = $1 AND outcome = 'RETURNED'",
            [operation],
          )
        )[0]!.n,
      );
    const settled = async (operation: string) => {
      let last = -1;
      for (let i = 0; i < 40; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = await auditCount(operation);
        if (now === last && now > 0) return now;
        last = now;
      }
      return last;
    };

    it("records exactly one row per sensitive value returned", async () => {
      const council = await t.as("SMBC", Role.COORDINATOR);
      const result = await council.query<any>(
        "query AuditCount { people(first: 100) { nodes { id name email jobTitle } } }",
      );
      const values = result
        .data!.people.nodes.flatMap((n: any) => [n.email, n.jobTitle])
        .filter((v: unknown) => v !== null).length;
      expect(values).toBeGreaterThan(10);
      expect(await settled("AuditCount")).toBe(values);
      const [row] = await t.database.query<any>(
        "SELECT * FROM governance.audit_event_value WHERE operation = 'AuditCount' LIMIT 1",
      );
      expect(row).toMatchObject({
        user_id: "demo:smbc:coordinator",
        agency_id: demoAgencyId("SMBC"),
        entity_type: "Person",
        category: "PERSONNEL",
      });
    });

    it("records no value returned for denied values (their refusals: audit-trail.test.ts)", async () => {
      const procurement = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
      const result = await procurement.query<any>(
        "query DeniedAudit { people(first: 100) { nodes { id agency { shortName } email } } }",
      );
      const own = result.data!.people.nodes.filter((n: any) => n.agency.shortName === "SMBC-PROC").length;
      expect(result.data!.people.nodes.filter((n: any) => n.email !== null)).toHaveLength(own);
      expect(await settled("DeniedAudit")).toBe(own);
    });

    it("names each request the same in every subgraph, though the gateway reuses one signed caller context", async () => {
      const council = await t.as("SMBC", Role.COORDINATOR);
      for (let i = 0; i < 3; i++) {
        const result = await council.query(
          "query RequestIds { people(first: 30) { nodes { email trainingRecord { completedOn } } } }",
        );
        expect(result.errors).toBeUndefined();
      }
      const idsIn = async (schema: string) =>
        (
          await t.database.query<{ request_id: string }>(
            `SELECT DISTINCT request_id FROM ${schema}.audit_event WHERE operation = 'RequestIds' ORDER BY request_id`,
          )
        ).map((row) => row.request_id);
      // The audit is written in batches off the request path: wait for all three requests' rows.
      const written = async (schema: string) => {
        let ids: string[] = [];
        for (let i = 0; i < 50 && ids.length < 3; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          ids = await idsIn(schema);
        }
        return ids;
      };
      const governance = await written("governance");
      expect(governance).toHaveLength(3);
      expect(await written("training")).toEqual(governance);
    });

    it("is append-only in the database itself", async () => {
      for (const sql of [
        "UPDATE governance.audit_event SET user_id = 'x'",
        "DELETE FROM governance.audit_event",
        "TRUNCATE governance.audit_event",
      ]) {
        await expect(t.database.query(sql)).rejects.toThrow(/append-only/);
      }
    });

    it("can be read by auditors, with filters, and by no one else", async () => {
      const auditor = await t.as("SMBC", Role.AUDITOR);
      const read: any = await auditor.query(
        '{ governanceAuditEvents(first: 5, filter: { userId: "demo:smbc:coordinator" }) { totalCount nodes { userId field category } } }',
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.governanceAuditEvents.totalCount).toBeGreaterThan(0);
      expect(read.data.governanceAuditEvents.nodes.every((n: any) => n.userId === "demo:smbc:coordinator")).toBe(true);
      for (const client of [await t.as("WMP", Role.CASEWORKER), await t.as("SMBC", Role.PARTNERSHIP_ADMIN)]) {
        const denied = await client.query("{ governanceAuditEvents(first: 5) { totalCount } }");
        expect(denied.data ?? null).toBeNull();
        expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    });

    it("reports a database failure as a failure, never as a permission refusal", async () => {
      const auditor = await t.as("SMBC", Role.AUDITOR);
      // Auditors read the log through its view of one row per value.
      await t.database.query("ALTER VIEW governance.audit_event_value RENAME TO audit_event_value_away");
      try {
        const result = await auditor.query("{ governanceAuditEvents(first: 5) { totalCount } }");
        expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      } finally {
        await t.database.query("ALTER VIEW governance.audit_event_value_away RENAME TO audit_event_value");
      }
    });
  });

  it("refuses writes outside the caller's role, writing nothing", async () => {
    const before = await t.database.query<{ n: string }>("SELECT count(*) AS n FROM governance.agency");
    for (const client of [await t.as("BRC", Role.READ_ONLY), await t.as("WMP", Role.CASEWORKER)]) {
      const result = await client.query(
        'mutation { createAgency(input: { name: "Shadow Agency", shortName: "SHADOW", sector: NGO }) { id } }',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toContain("PARTNERSHIP_ADMIN");
    }
    expect(await t.database.query("SELECT count(*) AS n FROM governance.agency")).toEqual(before);
    const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const created = await admin.query(
      'mutation { createAgency(input: { name: "Shadow Agency", shortName: "SHADOW", sector: NGO }) { shortName } }',
    );
    expect(created.data).toEqual({ createAgency: { shortName: "SHADOW" } });
  });
});

async function signedContext(t: TestPlatform, caller: Caller): Promise<string> {
  return (await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk)).sign(caller);
}

async function signWithIdp(t: TestPlatform, edit: (jwt: SignJWT) => SignJWT = (jwt) => jwt): Promise<string> {
  const { importJWK } = await import("jose");
  const key = await importJWK(t.keys.users.privateJwk, "ES256");
  const jwt = new SignJWT({ agency: demoAgencyId("WMP"), roles: [Role.CASEWORKER] })
    .setProtectedHeader({ alg: "ES256" })
    .setSubject("demo:wmp:caseworker")
    .setIssuer(DEMO_ISSUER)
    .setAudience(DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("1h");
  return edit(jwt).sign(key);
}

export type { Client };
