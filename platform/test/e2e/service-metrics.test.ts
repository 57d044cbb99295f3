import { demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualReportQuery } from "../../../bench/src/annual-report.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";

const TOKEN = "metrics-scraper-token-of-the-tests-0123456789";

const metricsOf = async (graphqlUrl: string, token: string | null) => {
  const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/metrics"), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, text: await response.text() };
};

/** The value of the one sample of `name` with these labels (in whatever order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split("\n")
    .find(
      (candidate) =>
        candidate.startsWith(`${name}{`) &&
        Object.entries(labels).every(([label, value]) => candidate.includes(`${label}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

/** Every service answers Prometheus at GET /metrics, to the operator's scraper token only. */
describe("each service's metrics", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ metricsToken: TOKEN });
    const coordinator = await t.as("SMBC", Role.COORDINATOR);
    const report = await coordinator.query(annualReportQuery(), {
      id: demoPartnershipId("SANDWELL"),
      from: "2019-04-01",
      to: "2020-03-31",
    });
    expect(report.errors, JSON.stringify(report.errors)).toBeUndefined();
    // An error the gateway answers itself, and one a subgraph answers: a field this role may not ask for.
    await coordinator.query("query Misspelt { partnershipz { id } }");
    const caseworker = await t.as("WMP", Role.CASEWORKER);
    const refused = await caseworker.query("query Snoop { governanceAuditEvents(first: 5) { totalCount } }");
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
  afterAll(async () => t?.stop());

  it("is refused without the scraper's token, on every service", async () => {
    for (const url of [t.gatewayUrl, ...t.platform.subgraphs.map((service) => service.url)]) {
      expect((await metricsOf(url, null)).status, url).toBe(401);
      expect((await metricsOf(url, "not-the-token")).status, url).toBe(401);
    }
  });

  it("counts and times each subgraph's requests by operation, with its pool and audit queue", async () => {
    for (const service of t.platform.subgraphs) {
      const { status, text } = await metricsOf(service.url, TOKEN);
      expect(status, service.name).toBe(200);
      const labels = { service: service.name, operation: "AnnualReport" };
      expect(
        sample(text, "subgraph_graphql_requests_total", { ...labels, outcome: "ok" }),
        service.name,
      ).toBeGreaterThan(0);
      expect(sample(text, "subgraph_graphql_request_duration_seconds_count", labels), service.name).toBeGreaterThan(0);
      expect(text, service.name).toContain("# TYPE subgraph_graphql_errors_total counter");
      expect(sample(text, "subgraph_db_pool_connections", { service: service.name, state: "total" })).toBeGreaterThan(
        0,
      );
      expect(sample(text, "subgraph_db_pool_connections", { service: service.name, state: "idle" })).toBeGreaterThan(0);
      expect(sample(text, "subgraph_db_pool_connections", { service: service.name, state: "waiting" })).toBe(0);
      // Every answer above waited for its audit rows: none is left in the queue.
      expect(sample(text, "subgraph_audit_queue_depth", { service: service.name })).toBe(0);
    }
  });

  it("counts errors by code: the gateway's own and a subgraph's", async () => {
    const gateway = await metricsOf(t.gatewayUrl, TOKEN);
    expect(gateway.status).toBe(200);
    expect(sample(gateway.text, "gateway_graphql_errors_total", { code: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(
      sample(gateway.text, "gateway_graphql_operation_duration_seconds_count", { operation: "AnnualReport" }),
    ).toBe(1);
    const governance = t.platform.subgraphs.find((service) => service.name === "governance")!;
    const subgraph = await metricsOf(governance.url, TOKEN);
    expect(sample(subgraph.text, "subgraph_graphql_errors_total", { service: "governance", code: "FORBIDDEN" })).toBe(
      1,
    );
  });
});
