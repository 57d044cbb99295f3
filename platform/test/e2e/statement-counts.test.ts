import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser } from "../../src/demo-users.js";
import { type Client, clientFor, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * N+1 is a bug: every list → relation path goes through a DataLoader, so a bigger page costs no
 * more SQL statements, across every subgraph the query touches.
 */
const LISTS: Array<{
  name: string;
  small: number;
  large: number;
  query: (first: number) => string;
  /** Asked by the procurement team, whose agreement grants SUPPLIER_RISK (the council's does not). */
  procurement?: boolean;
}> = [
  {
    name: "people with their agency",
    small: 5,
    large: 30,
    query: (n) => `{ people(first: ${n}) { nodes { name email jobTitle agency { name sector } } } }`,
  },
  {
    name: "the acting partnership with its members and their agencies",
    small: 1,
    large: 1,
    query: () => "{ actingPartnership { name members { role agency { name } } } }",
  },
  // One agency loader serves both parties and grant recipients; asked for in one query, its two
  // waves may or may not share a batch depending on timing, so each path is counted on its own.
  {
    name: "sharing agreements with their parties' agencies",
    small: 2,
    large: 7,
    query: (n) =>
      `{ sharingAgreements(first: ${n}) { nodes { reference status parties { agency { shortName } signedAt } } } }`,
  },
  {
    name: "sharing agreements with their grants' recipient agencies",
    small: 2,
    large: 7,
    query: (n) =>
      `{ sharingAgreements(first: ${n}) { nodes { reference grants { recipientSector recipientAgency { shortName } categories } } } }`,
  },
  {
    name: "training sessions with course, attendance and the delegates' agencies (training + governance)",
    small: 3,
    large: 40,
    query: (n) =>
      `{ trainingSessions(first: ${n}) { nodes { startsAt course { title level } attendance { status delegateName certificateNumber course { level } agency { name } } } } }`,
  },
  {
    name: "people with their training record (governance + training)",
    small: 5,
    large: 30,
    query: (n) =>
      `{ people(first: ${n}) { nodes { name trainingRecord { completedOn course { title } } qualifiedFirstResponder } } }`,
  },
  {
    name: "suppliers with statements, statement check and risk",
    small: 3,
    large: 9,
    query: (n) =>
      `{ suppliers(first: ${n}) { nodes { name statements { periodEnd } statementCheck { status findings { reason } } risk { rating } } } }`,
  },
  {
    name: "the portal's concern page: location and its supplier's statement status, people screened, visits, interventions, the lead agency's name (cases + procurement + governance)",
    small: 10,
    large: 100,
    query: (n) =>
      `{ concerns(first: ${n}) { nodes { reference status receivedOn location { type area { name } address supplier { name statementCheck { status } } } peopleScreenedCount potentialVictims { gender nationality nrmReferral { reasonableGrounds } } visits { visitedOn agenciesPresent { shortName } } interventions { type agency { name } } leadAgency { name } } } }`,
  },
  {
    name: "suppliers with their intelligence signals (procurement + cases)",
    small: 3,
    large: 9,
    query: (n) => `{ suppliers(first: ${n}) { nodes { name intelligenceSignals { concerns visits interventions } } } }`,
    procurement: true,
  },
  {
    name: "agencies with the concerns they take part in (governance + cases)",
    small: 3,
    large: 18,
    query: (n) =>
      `{ agencies(first: ${n}) { nodes { name concernsTakingPartIn(first: 5) { reference location { area { name } } leadAgency { shortName } } } } }`,
  },
  {
    name: "contracts with their supplier",
    small: 3,
    large: 9,
    query: (n) => `{ contracts(first: ${n}) { nodes { reference value supplier { name } } } }`,
  },
];

describe("SQL statements per request", () => {
  let t: TestPlatform;
  let client: Client;
  let procurementClient: Client;
  const statements = () => t.platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
  const cost = async (query: string, asking = client) => {
    const before = statements();
    const result = await asking.query(query);
    expect((result.errors ?? []).filter((e) => e.extensions?.code !== "FORBIDDEN_BY_SHARING_AGREEMENT")).toEqual([]);
    return statements() - before;
  };

  beforeAll(async () => {
    // The caller's grants are fetched once and kept for the whole file, so only the lists are counted.
    t = await startTestPlatform({ grantsCacheTtlMs: 3_600_000 });
    client = await t.as("SMBC", Role.COORDINATOR, Role.PROCUREMENT_OFFICER);
    procurementClient = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    await client.query("{ agencies(first: 1) { totalCount } }");
    await procurementClient.query("{ agencies(first: 1) { totalCount } }");
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("the concern list of 50 costs the same with the demo's 2 partnerships and with 20 on the platform", async () => {
    const page = LISTS.find((list) => list.name.startsWith("the portal's concern page"))!.query(50);
    const fewest = async () => Math.min(await cost(page), await cost(page), await cost(page));
    const withTwo = await fewest();
    const platform = clientFor(
      t.gatewayUrl,
      await (
        await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk)
      ).issue(demoUser("SMBC", [Role.PLATFORM_ADMIN])),
    );
    for (let n = 3; n <= 20; n++) {
      const created = await platform.query<any>(
        `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
        {
          input: {
            name: `Partnership ${n}`,
            shortName: `P${n}`,
            referencePrefix: `P${"ABCDEFGHIJKLMNOPQRSTU"[n]}X`,
            area: `Area ${n}`,
            firstAdmin: { agencyId: demoAgencyId("WMP"), userId: `p${n}:lead` },
          },
        },
      );
      expect(created.errors).toBeUndefined();
    }
    expect(await fewest()).toBe(withTwo);
  });

  for (const list of LISTS) {
    it(`${list.name}: ${list.small} and ${list.large} rows cost the same`, async () => {
      // The fewest of three runs: loaders shared by sibling fields may batch in one wave or two
      // depending on timing, which is not what this test is about.
      const asking = list.procurement ? procurementClient : client;
      const fewest = async (query: string) =>
        Math.min(await cost(query, asking), await cost(query, asking), await cost(query, asking));
      const small = await fewest(list.query(list.small));
      const large = await fewest(list.query(list.large));
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    });
  }
});
