import { createLogger, type RunningService, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING, PORTAL_CLIENT_NAME, startGateway } from "@partnership/gateway";
import { postAs } from "../hardening/helpers.js";
import { replicaGatewayConfig, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Partner systems name themselves the way Apollo's tools do (issue 26, item 4): the gateway carries
 * the name and version to every subgraph's audit rows, counts them in its metrics, and limits a
 * client application across all its users. Expectations come from the audit tables and the metrics
 * text themselves.
 */
const CLIENT = { "apollographql-client-name": "wmp-records", "apollographql-client-version": "4.2.0" };
const READ = "query PartnerRead { concerns(first: 5) { nodes { id reference crimeReference } } }";
const METRICS_TOKEN = "scraper-secret-of-at-least-thirty-two-characters";

describe("client identity", () => {
  let t: TestPlatform;
  let gateway: RunningService;
  const LIMIT = 3;

  beforeAll(async () => {
    t = await startTestPlatform();
    gateway = await startGateway(
      replicaGatewayConfig(t, {
        metricsToken: METRICS_TOKEN,
        hardening: { ...DEFAULT_HARDENING, clientRateLimitRequests: LIMIT, clientRateLimitWindowSeconds: 600 },
      }),
      createLogger("client-identity", "silent"),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await t?.stop();
  });

  it("puts the client's name and version on every audit row of its request, and none on a request that sent none", async () => {
    const police = await t.as("WMP", Role.CASEWORKER);
    // Refused values (the police do not take part in every concern) are audited as much as returned ones.
    const named = await police.query(READ, {}, CLIENT);
    expect(named.data?.concerns.nodes.length).toBe(5);
    const anonymous = await police.query(READ);
    expect(anonymous.data?.concerns.nodes.length).toBe(5);
    const rows = await t.database.query<{ client_name: string | null; client_version: string | null; n: number }>(
      `SELECT client_name, client_version, count(*)::int AS n FROM cases.audit_event_value
        WHERE operation = 'PartnerRead' GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
    );
    expect(rows.map(({ client_name, client_version }) => [client_name, client_version])).toEqual([
      ["wmp-records", "4.2.0"],
      [null, null],
    ]);
    expect(rows[0]!.n).toBe(rows[1]!.n);

    const auditor = await t.as("SMBC", Role.AUDITOR);
    const trail = await auditor.query(
      `query($filter: AuditEventFilter) { auditTrail(filter: $filter) { cases(first: 100) { totalCount nodes { clientName clientVersion operation } } } }`,
      { filter: { clientName: "wmp-records" } },
    );
    expect(trail.errors).toBeUndefined();
    const page = trail.data!.auditTrail.cases;
    expect(page.totalCount).toBe(rows[0]!.n);
    expect(new Set(page.nodes.map((n: any) => `${n.clientName}@${n.clientVersion}:${n.operation}`))).toEqual(
      new Set(["wmp-records@4.2.0:PartnerRead"]),
    );
  });

  it("refuses a client name or version that is not a short printable name, naming the header", async () => {
    const police = await t.as("WMP", Role.CASEWORKER);
    for (const [headers, field] of [
      [{ "apollographql-client-name": "bad\tname" }, "apollographql-client-name"],
      [{ "apollographql-client-name": "x".repeat(101) }, "apollographql-client-name"],
      [
        { "apollographql-client-name": "ok", "apollographql-client-version": "1.0 beta" },
        "apollographql-client-version",
      ],
      [{ "apollographql-client-version": "1.0" }, "apollographql-client-name"],
    ] as const) {
      const refused = await police.query(READ, {}, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(400);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("counts requests per client in the metrics, for the scraper's token only", async () => {
    const token = (await t.as("HFJ", Role.CASEWORKER)).token!;
    const agencies = "query Agencies { agencies(first: 5) { nodes { id shortName } } }";
    const hfjCrm = { ...CLIENT, "apollographql-client-name": "hfj-crm" };
    for (let i = 0; i < 2; i++) {
      const answer = await postAs(gateway.url, token, { query: agencies }, hfjCrm);
      expect(answer.json?.errors, answer.text).toBeUndefined();
    }
    // A request answered with a refusal counts apart: the outcome is in the labels.
    await postAs(gateway.url, token, { query: READ }, hfjCrm);
    const metricsUrl = new URL("/metrics", gateway.url).href;
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const scraped = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toContain(
      'gateway_graphql_requests_total{client_name="hfj-crm",client_version="4.2.0",operation_type="query",outcome="ok"} 2',
    );
    expect(text).toContain(
      'gateway_graphql_requests_total{client_name="hfj-crm",client_version="4.2.0",operation_type="query",outcome="error"} 1',
    );
    expect(text).toMatch(/gateway_graphql_request_duration_seconds_count\{client_name="hfj-crm",[^}]*\} 2/);
    // The platform's own gateway has no token configured: nothing is there.
    expect((await fetch(new URL("/metrics", t.gatewayUrl).href)).status).toBe(404);
  });

  it("limits one client application across all its users, and no other client", async () => {
    const users = await Promise.all([t.as("WMP", Role.CASEWORKER), t.as("SMBC", Role.COORDINATOR)]);
    const limited = { "apollographql-client-name": "busy-system" };
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const token = users[i % 2]!.token!;
      statuses.push((await postAs(gateway.url, token, { query: "{ __typename }" }, limited)).status);
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
    const refused = await postAs(gateway.url, users[0]!.token!, { query: "{ __typename }" }, limited);
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(refused.json?.errors?.[0]?.message).toMatch(/per client application/);
    expect((await postAs(gateway.url, users[0]!.token!, { query: "{ __typename }" }, CLIENT)).status).toBe(200);
    expect((await postAs(gateway.url, users[0]!.token!, { query: "{ __typename }" })).status).toBe(200);
  });

  it("counts the portal's requests against each user's limit, never as one application's", async () => {
    const users = await Promise.all([t.as("WMP", Role.CASEWORKER), t.as("SMBC", Role.COORDINATOR)]);
    const portal = { "apollographql-client-name": PORTAL_CLIENT_NAME };
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 2 + 2; i++) {
      const token = users[i % 2]!.token!;
      statuses.push((await postAs(gateway.url, token, { query: "{ __typename }" }, portal)).status);
    }
    expect(statuses).toEqual(Array(LIMIT * 2 + 2).fill(200));
  });
});
