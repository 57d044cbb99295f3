import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  PARTNERSHIP_HEADER,
  postGraphQL,
  startTestPlatform,
  type TestPlatform,
} from "../support/platform.js";

/**
 * One question to every subgraph's audit log: `auditTrail(filter)` names the question, and each
 * subgraph answers it from its own append-only table, paged on its own, under the same auditor scope
 * as `<subgraph>AuditEvents`. Expectations are read from the audit tables themselves.
 */
const SUBGRAPHS = ["cases", "training", "procurement", "governance"] as const;
type Subgraph = (typeof SUBGRAPHS)[number];
const SANDWELL = demoPartnershipId("SANDWELL");

/** A sensitive read in each subgraph, by an ordinary query through the gateway. */
const READS = [
  "query ReadConcerns { concerns(first: 50) { nodes { id reference status } } }",
  "query ReadPeople { people(first: 10) { nodes { id email } } }",
  "query ReadAttendance { trainingSessions(first: 5, filter: { status: DELIVERED }) { nodes { attendance { delegateName } } } }",
  "query ReadContracts { contracts(first: 10) { nodes { id value } } }",
];

/** The user id t.as gives a demo user (gateway/src/platform/demo-users.ts). */
const demoUserId = (agency: string, ...roles: Role[]) => `demo:${agency}:${roles.join("+")}`.toLowerCase();
type Reader = readonly [agency: string, ...roles: Role[]];
const COUNCIL_READER: Reader = ["SMBC", Role.COORDINATOR, Role.PROCUREMENT_OFFICER];
const NGO_READER: Reader = ["HFJ", Role.CASEWORKER];

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Array<{ id: string; userId: string; agencyId: string; agreementId: string | null; at: string }>;
}
const PAGE = "totalCount pageInfo { endCursor hasNextPage } nodes { id userId agencyId agreementId at }";
const ALL = (first: number) => SUBGRAPHS.map((s) => `${s}(first: ${first}) { ${PAGE} }`).join(" ");
const TRAIL = (selection: string) =>
  `query($filter: AuditEventFilter) { auditTrail(filter: $filter) { query ${selection} } }`;

describe("one audit trail across the four subgraphs", () => {
  let t: TestPlatform;
  let chairAuditor: Client;
  let ngoAuditor: Client;
  const councilUser = demoUserId(...COUNCIL_READER);
  const ngoUser = demoUserId(...NGO_READER);

  /** The ids of one subgraph's audit rows in Sandwell that match `where`, oldest first. */
  const ids = async (subgraph: Subgraph, where: string, params: unknown[]) =>
    (
      await t.database.query<{ id: string }>(
        `SELECT id::text AS id FROM ${subgraph}.audit_event_value WHERE partnership_id = $1 AND ${where} ORDER BY id::bigint`,
        [SANDWELL, ...params],
      )
    ).map((row) => row.id);

  const ask = async (client: Client, filter: Record<string, unknown>, selection = ALL(100)) =>
    client.query<{ auditTrail: ({ query: string } & Record<Subgraph, Page | null>) | null }>(TRAIL(selection), {
      filter,
    });

  beforeAll(async () => {
    t = await startTestPlatform({ grantsCacheTtlMs: 3_600_000 });
    for (const reader of [COUNCIL_READER, NGO_READER]) {
      const client = await t.as(...reader);
      for (const query of READS) await client.query(query);
    }
    chairAuditor = await t.as("SMBC", Role.AUDITOR);
    ngoAuditor = await t.as("HFJ", Role.AUDITOR);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("the reads above left rows in every subgraph's own log", async () => {
    for (const subgraph of SUBGRAPHS) {
      expect((await ids(subgraph, "user_id = $2", [councilUser])).length, subgraph).toBeGreaterThan(0);
    }
  });

  it("everything a user read in a period: each subgraph's own rows, for the chair's auditor", async () => {
    // A second round of reads; the period starts at its first row, as the log stamped it.
    const [{ last }] = await t.database.query<{ last: string }>(
      `SELECT max(id)::text AS last FROM (${SUBGRAPHS.map((s) => `SELECT max(id) AS id FROM ${s}.audit_event_value`).join(" UNION ALL ")}) ids`,
    );
    const reader = await t.as(...COUNCIL_READER);
    for (const query of READS) await reader.query(query);
    const [{ start }] = await t.database.query<{ start: Date }>(
      `SELECT min(at) AS start FROM (${SUBGRAPHS.map((s) => `SELECT min(at) AS at FROM ${s}.audit_event_value WHERE id > $1`).join(" UNION ALL ")}) ats`,
      [last],
    );
    const split = start.toISOString();

    for (const period of [{ from: split }, { to: split }]) {
      const result = await ask(chairAuditor, { userId: councilUser, ...period });
      expect(result.errors).toBeUndefined();
      const trail = result.data!.auditTrail!;
      expect(JSON.parse(trail.query)).toEqual({ userId: councilUser, ...period });
      let total = 0;
      for (const subgraph of SUBGRAPHS) {
        const expected = await ids(subgraph, `user_id = $2 AND at ${period.from ? ">=" : "<"} $3`, [
          councilUser,
          split,
        ]);
        expect(trail[subgraph]!.totalCount, subgraph).toBe(expected.length);
        expect(
          trail[subgraph]!.nodes.map((n) => n.id),
          subgraph,
        ).toEqual(expected.slice(0, 100));
        expect(trail[subgraph]!.nodes.every((n) => n.userId === councilUser)).toBe(true);
        total += expected.length;
      }
      // Both halves hold reads: the period is part of the question.
      expect(total).toBeGreaterThan(0);
    }
  });

  it("every read under one agreement, in whichever subgraph it happened", async () => {
    const [{ agreement_id: agreementId }] = await t.database.query<{ agreement_id: string }>(
      `SELECT agreement_id FROM (${SUBGRAPHS.map((s) => `SELECT agreement_id FROM ${s}.audit_event_value`).join(" UNION ALL ")}) a
        WHERE agreement_id IS NOT NULL GROUP BY agreement_id ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(agreementId).toBeTruthy();
    const result = await ask(chairAuditor, { agreementId });
    expect(result.errors).toBeUndefined();
    let total = 0;
    for (const subgraph of SUBGRAPHS) {
      const expected = await ids(subgraph, "agreement_id = $2", [agreementId]);
      const page = result.data!.auditTrail![subgraph]!;
      expect(page.totalCount, subgraph).toBe(expected.length);
      expect(page.nodes.every((n) => n.agreementId === agreementId)).toBe(true);
      total += page.totalCount;
    }
    expect(total).toBeGreaterThan(0);
  });

  it("every row of one operation (its document hash), as each subgraph's own filter has it", async () => {
    const [{ operation_hash: operationHash }] = await t.database.query<{ operation_hash: string }>(
      `SELECT operation_hash FROM cases.audit_event_value WHERE partnership_id = $1 AND operation_hash IS NOT NULL
        GROUP BY operation_hash ORDER BY count(*) DESC LIMIT 1`,
      [SANDWELL],
    );
    const result = await ask(chairAuditor, { operationHash });
    expect(result.errors).toBeUndefined();
    for (const subgraph of SUBGRAPHS) {
      const expected = await ids(subgraph, "operation_hash = $2", [operationHash]);
      const page = result.data!.auditTrail![subgraph]!;
      expect(page.totalCount, subgraph).toBe(expected.length);
      expect(
        page.nodes.map((n) => n.id),
        subgraph,
      ).toEqual(expected.slice(0, 100));
    }
    expect(result.data!.auditTrail!.cases!.totalCount).toBeGreaterThan(0);
    const malformed = await ask(chairAuditor, { operationHash: "not-a-hash" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("an auditor of a member that does not chair reads only their own agency's users' rows", async () => {
    const own = await ask(ngoAuditor, {});
    expect(own.errors).toBeUndefined();
    for (const subgraph of SUBGRAPHS) {
      const expected = await ids(subgraph, "agency_id = $2", [demoAgencyId("HFJ")]);
      const page = own.data!.auditTrail![subgraph]!;
      expect(page.totalCount, subgraph).toBe(expected.length);
      expect(page.nodes.every((n) => n.agencyId === demoAgencyId("HFJ"))).toBe(true);
    }
    // Asking about the council's user (or the council's agency) widens nothing.
    for (const filter of [{ userId: councilUser }, { agencyId: demoAgencyId("SMBC") }]) {
      const other = await ask(ngoAuditor, filter);
      expect(other.errors).toBeUndefined();
      for (const subgraph of SUBGRAPHS) expect(other.data!.auditTrail![subgraph]!.totalCount, subgraph).toBe(0);
    }
  });

  it("is refused to a user without the auditor's role, and the refusal is recorded", async () => {
    const caseworker = await t.as(...NGO_READER);
    const result = await ask(caseworker, { userId: councilUser });
    expect(result.data?.auditTrail ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const refusals = (
      await Promise.all(
        SUBGRAPHS.map((subgraph) =>
          ids(subgraph, "user_id = $2 AND field = 'auditTrail' AND reason = 'MISSING_ROLE'", [ngoUser]),
        ),
      )
    ).flat();
    // Each subgraph the gateway asked (any may answer the root) refused, and recorded it.
    expect(refusals.length).toBeGreaterThan(0);
  });

  it("refuses a period that ends before it starts", async () => {
    const result = await ask(chairAuditor, { from: "2026-12-02T00:00:00.000Z", to: "2026-12-01T00:00:00.000Z" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
  });

  it("pages each subgraph on its own with its cursor, to the same rows as its table", async () => {
    const filter = { userId: councilUser };
    for (const subgraph of SUBGRAPHS) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const result = await chairAuditor.query<any>(
          `query($filter: AuditEventFilter, $after: String) { auditTrail(filter: $filter) { ${subgraph}(first: 3, after: $after) { ${PAGE} } } }`,
          { filter, after },
        );
        expect(result.errors, subgraph).toBeUndefined();
        const page: Page = result.data.auditTrail[subgraph];
        expect(page.nodes.length).toBeLessThanOrEqual(3);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen, subgraph).toEqual(await ids(subgraph, "user_id = $2", [councilUser]));
    }
  });

  it("a cursor of one subgraph's page is no cursor of another's question", async () => {
    const first = await ask(chairAuditor, { userId: councilUser }, `cases(first: 1) { ${PAGE} }`);
    const cursor = first.data!.auditTrail!.cases!.pageInfo.endCursor;
    const other = await chairAuditor.query<any>(
      `query($filter: AuditEventFilter, $after: String) { auditTrail(filter: $filter) { cases(first: 3, after: $after) { totalCount } } }`,
      { filter: { userId: ngoUser }, after: cursor },
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("costs the same SQL statements for a page of 2 rows per subgraph as for 100: no statement per row", async () => {
    const statements = () => t.platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
    const cost = async (first: number) => {
      const before = statements();
      const result = await ask(chairAuditor, {}, ALL(first));
      expect(result.errors).toBeUndefined();
      const rows = SUBGRAPHS.reduce((sum, s) => sum + result.data!.auditTrail![s]!.nodes.length, 0);
      return { statements: statements() - before, rows };
    };
    await cost(1); // the auditor's grants, fetched once and kept
    const small = await cost(2);
    const large = await cost(100);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    expect(large.statements).toBe(small.statements);
    // A count and a page in each of the four subgraphs.
    expect(large.statements).toBeLessThanOrEqual(SUBGRAPHS.length * 2);
  });

  describe("the CSV export", () => {
    const download = (client: Client | null, query: Record<string, string>) =>
      fetch(new URL(`/audit/export.csv?${new URLSearchParams(query)}`, t.gatewayUrl), {
        headers: {
          ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}),
          [PARTNERSHIP_HEADER]: SANDWELL,
        },
      });

    it("holds every subgraph's rows for the question, merged by time, read page by page", async () => {
      const response = await download(chairAuditor, { userId: councilUser });
      expect(response.status, await response.clone().text()).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
      expect(header).toBe(
        "subgraph,at,userId,agencyId,entityType,entityId,field,category,agreementId,outcome,reason,requestId,clientName,clientVersion",
      );
      const rows = lines.map((line) => line.split(","));
      let total = 0;
      for (const subgraph of SUBGRAPHS) {
        const expected = await ids(subgraph, "user_id = $2", [councilUser]);
        expect(rows.filter((r) => r[0] === subgraph).length, subgraph).toBe(expected.length);
        total += expected.length;
      }
      // More than one page of some subgraph: the export follows the cursors.
      expect(
        Math.max(
          ...(await Promise.all(SUBGRAPHS.map(async (s) => (await ids(s, "user_id = $2", [councilUser])).length))),
        ),
      ).toBeGreaterThan(100);
      expect(rows).toHaveLength(total);
      expect(rows.every((r) => r[2] === councilUser)).toBe(true);
      const times = rows.map((r) => r[1]!);
      expect(times).toEqual([...times].sort());
    });

    it("is refused as the GraphQL question is: no token, no auditor's role, a bad time", async () => {
      expect((await download(null, {})).status).toBe(401);
      expect((await download(await t.as(...NGO_READER), {})).status).toBe(403);
      const bad = await download(chairAuditor, { from: "yesterday" });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("a key sent straight to a subgraph's _entities", () => {
    let signer: CallerContextSigner;
    let partnership: Caller["partnership"];
    const urlOf = (graph: string) => t.platform.subgraphs.find((s) => s.name === graph)!.url;
    const sign = (roles: Role[]) =>
      signer.sign({
        userId: "federated-audit-test",
        agencyId: demoAgencyId("SMBC"),
        sector: "LOCAL_AUTHORITY",
        roles,
        grants: {},
        partnership,
        requestId: "federated-audit-test",
      });
    const entities = async (subgraph: Subgraph, query: unknown, roles = [Role.AUDITOR]) =>
      postGraphQL<any>(
        urlOf(subgraph),
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AuditTrail { ${subgraph}(first: 5) { totalCount } } } }`,
        { r: [{ __typename: "AuditTrail", query }] },
        { [CALLER_CONTEXT_HEADER]: await sign(roles) },
      );

    beforeAll(async () => {
      signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
      const system = await signer.sign({
        userId: "federated-audit-test",
        agencyId: demoAgencyId("SMBC"),
        sector: "SYSTEM",
        roles: [Role.SYSTEM],
        grants: {},
        partnership: null,
        requestId: "federated-audit-test",
      });
      const profile = await postGraphQL<any>(
        urlOf("governance"),
        `query($id: ID!, $partnership: ID) { callerProfile(agencyId: $id, userId: "federated-audit-test", partnershipId: $partnership) {
          partnership { id referencePrefix memberAgencyIds chairAgencyIds } } }`,
        { id: demoAgencyId("SMBC"), partnership: SANDWELL },
        { [CALLER_CONTEXT_HEADER]: system },
      );
      expect(profile.data, JSON.stringify(profile)).toBeTruthy();
      partnership = profile.data.callerProfile.partnership;
    });

    it("the key auditTrail gave answers there as through the gateway", async () => {
      const key = JSON.stringify({ userId: councilUser });
      for (const subgraph of SUBGRAPHS) {
        const answer = await entities(subgraph, key);
        expect(answer.errors, subgraph).toBeUndefined();
        expect(answer.data._entities[0][subgraph].totalCount).toBe(
          (await ids(subgraph, "user_id = $2", [councilUser])).length,
        );
      }
    });

    const MALFORMED: Array<[string, unknown]> = [
      ["not JSON", "{userId"],
      ["not a string", 42],
      ["a JSON array", "[]"],
      ["an unknown condition", JSON.stringify({ partnershipId: "another" })],
      ["a condition of the wrong type", JSON.stringify({ userId: 7 })],
      ["an unknown category", JSON.stringify({ category: "EVERYTHING" })],
      ["a time that is no time", JSON.stringify({ from: "yesterday" })],
      ["keys out of order", JSON.stringify({ userId: councilUser, agencyId: demoAgencyId("SMBC") })],
      ["an empty condition", JSON.stringify({ userId: "" })],
      ["too long", JSON.stringify({ userId: "u".repeat(5_000) })],
    ];
    for (const [what, key] of MALFORMED) {
      it(`refuses ${what} as BAD_USER_INPUT in every subgraph`, async () => {
        for (const subgraph of SUBGRAPHS) {
          const answer = await entities(subgraph, key);
          expect(answer.status, subgraph).toBe(200);
          expect(answer.errors?.[0]?.extensions, subgraph).toMatchObject({
            code: "BAD_USER_INPUT",
            field: "AuditTrail.query",
          });
        }
      });
    }

    it("refuses a caller without the auditor's role, whatever the key", async () => {
      for (const subgraph of SUBGRAPHS) {
        const answer = await entities(subgraph, JSON.stringify({}), [Role.CASEWORKER, Role.COORDINATOR]);
        expect(answer.errors?.[0]?.extensions?.code, subgraph).toBe("FORBIDDEN");
        expect(answer.data?._entities?.[0]?.[subgraph] ?? null).toBeNull();
      }
    });
  });
});
