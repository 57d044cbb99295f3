import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { demoAgencyId } from "@partnership/governance";
import { demoPartnershipId } from "@partnership/runtime";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  createLogger,
  DataCategory,
  generateEs256KeyPair,
  Role,
} from "@partnership/runtime";
import { SUBGRAPHS, SUPERGRAPH_PATH } from "@partnership/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallerProfile, CallerProfiles } from "@partnership/gateway";
import {
  type Client,
  type GraphQLResponse,
  postGraphQL,
  startTestPlatform,
  type TestPlatform,
} from "../support/platform.js";

/** The annual report in one query (docs/domain/governance.md), for the demo year. */
const ANNUAL_REPORT = `query AnnualReport($id: ID!) {
  partnership(id: $id) {
    name
    caseStatistics(from: "2019-04-01", to: "2020-03-31") {
      concerns { count } peopleScreened { count } visits { count } interventions { count } nrmReferrals { count }
      concernsByArea { area { name } count } peopleScreenedByGender { key count }
    }
    trainingStatistics(from: "2019-04-01", to: "2020-03-31") { peopleTrainedByLevel { level count } qualifiedFirstResponders }
    procurementStatistics { suppliersByStatementStatus { key count } }
    actionPlanSummary(asOf: "2025-06-30") { plan { title } rag { rag count } overdue { title } }
    meetingAttendance(from: "2019-04-01", to: "2020-03-31") { agency { shortName } rate }
  }
}`;

/**
 * The committed supergraph is standard Federation v2: a second, independent gateway (Hive Gateway,
 * from npm) serves it over the same subgraphs and gives the same answers, while the subgraphs go on
 * enforcing permissions from the caller context by themselves. Hive Gateway knows nothing of our
 * caller contexts, so the test signs one (as an operator's auth plugin would) and Hive forwards it.
 */
describe("a second federation gateway on the committed supergraph", () => {
  let t: TestPlatform;
  let police: Client;
  let hive: Server;
  let hiveUrl: string;
  let signer: CallerContextSigner;
  let policeProfile: CallerProfile;
  let partnershipId: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    const partnerships: any = await police.query("{ partnerships(first: 5) { nodes { id } } }");
    partnershipId = partnerships.data.partnerships.nodes[0].id;

    // The same supergraph file, with each subgraph's URL pointed at this test's ports.
    const urls = Object.fromEntries(t.platform.subgraphs.map((s) => [s.name, s.url]));
    let supergraph = readFileSync(SUPERGRAPH_PATH, "utf8");
    for (const { module, url } of SUBGRAPHS) {
      expect(supergraph).toContain(`url: "${url}"`);
      supergraph = supergraph.replace(`url: "${url}"`, `url: "${urls[module.name]}"`);
    }
    const runtime = createGatewayRuntime({
      supergraph,
      logging: false,
      // The subgraphs' typed errors reach the client as they do through the Apollo gateway.
      maskedErrors: false,
      propagateHeaders: {
        fromClientToSubgraphs: ({ request }) => {
          const context = request.headers.get(CALLER_CONTEXT_HEADER);
          return context ? { [CALLER_CONTEXT_HEADER]: context } : {};
        },
      },
    });
    hive = createServer(runtime);
    await new Promise<void>((resolve) => hive.listen(0, "127.0.0.1", resolve));
    hiveUrl = `http://127.0.0.1:${(hive.address() as AddressInfo).port}/graphql`;

    signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    // The grants governance gives the police today, read as the Apollo gateway reads them.
    const governanceUrl = urls.governance!;
    const profiles = new CallerProfiles(governanceUrl, signer, 0, createLogger("test", "silent"));
    policeProfile = (await profiles.get(demoAgencyId("WMP"), "demo:wmp:caseworker", demoPartnershipId("SANDWELL")))!;
    expect(Object.keys(policeProfile.grants)).toContain(DataCategory.STATISTICS);
  });
  afterAll(async () => {
    await new Promise((resolve) => hive?.close(resolve));
    await t?.stop();
  });

  const callerContext = (grants: Caller["grants"], by = signer) => {
    const requestId = randomUUID();
    return by.sign({
      userId: "demo:wmp:caseworker",
      agencyId: policeProfile.agencyId,
      sector: policeProfile.sector,
      roles: [Role.CASEWORKER],
      grants,
      partnership: policeProfile.partnership,
      requestId,
      operation: "AnnualReport",
    });
  };
  const viaHive = async (headers: Record<string, string>): Promise<GraphQLResponse<any> & { status: number }> =>
    postGraphQL(hiveUrl, ANNUAL_REPORT, { id: partnershipId }, headers);

  it("gives the annual report exactly as the Apollo gateway does", async () => {
    const apollo = await police.query<any>(ANNUAL_REPORT, { id: partnershipId });
    expect(apollo.errors).toBeUndefined();
    expect(apollo.data!.partnership.caseStatistics.concerns.count).toBe(171);

    const second = await viaHive({ [CALLER_CONTEXT_HEADER]: await callerContext(policeProfile.grants) });
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(apollo.data);
  });

  it("gets nothing when the caller context is missing or signed by another key: the subgraphs refuse on their own", async () => {
    const forged = await CallerContextSigner.fromJwk((await generateEs256KeyPair("not-the-gateway")).privateJwk);
    const anotherKey = { [CALLER_CONTEXT_HEADER]: await callerContext(policeProfile.grants, forged) };
    for (const headers of [{}, anotherKey]) {
      const second = await viaHive(headers);
      expect(second.data).toEqual({ partnership: null });
      expect(second.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
        ["UNAUTHENTICATED", "governance"],
      ]);
      expect(JSON.stringify(second)).not.toContain("171");
    }
  });

  it("with fewer grants, the subgraphs null the denied figures with FORBIDDEN_BY_SHARING_AGREEMENT and keep the rest", async () => {
    const fewer = { ...policeProfile.grants };
    delete fewer[DataCategory.STATISTICS];
    const second = await viaHive({ [CALLER_CONTEXT_HEADER]: await callerContext(fewer) });
    const year = second.data!.partnership;
    expect(year.name).toBeTruthy();
    expect(year.caseStatistics.concerns).toBeNull();
    expect(year.caseStatistics.peopleScreened).toBeNull();
    const denied = second.errors!.filter((e) => e.extensions?.code === "FORBIDDEN_BY_SHARING_AGREEMENT");
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((e) => e.extensions?.category === DataCategory.STATISTICS)).toBe(true);
    expect(denied.map((e) => e.path?.join("."))).toContain("partnership.caseStatistics.concerns");
    // Fields outside STATISTICS still answer, as they did with every grant.
    expect(year.actionPlanSummary.plan.title).toBe("Sandwell Modern Slavery Action Plan and Strategy 2023–2026");
  });
});
