import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governance } from "@partnership/governance";
import { createLogger } from "@partnership/runtime";
import { DataSource } from "typeorm";
import { Role } from "@partnership/runtime";
import { demoSeedOf } from "../../src/demo-seeds.js";
import { type Client, startTestPlatform, testClock, type TestPlatform } from "../support/platform.js";

describe("the platform, end to end through the gateway", () => {
  let t: TestPlatform;
  let police: Client;
  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("returns the platform's directory of agencies (both demo partnerships' members) with name and sector", async () => {
    const result = await police.query<{
      agencies: { totalCount: number; nodes: Array<{ name: string; shortName: string; sector: string }> };
    }>("{ agencies(first: 100) { totalCount nodes { name shortName sector } } }");
    expect(result.errors).toBeUndefined();
    const agencies = result.data!.agencies;
    expect(agencies.totalCount).toBe(20);
    expect(agencies.nodes).toContainEqual({ name: "West Midlands Police", shortName: "WMP", sector: "POLICE" });
    expect(agencies.nodes).toContainEqual({
      name: "Gangmasters and Labour Abuse Authority",
      shortName: "GLAA",
      sector: "REGULATOR",
    });
    expect(agencies.nodes).toContainEqual({ name: "Hope for Justice", shortName: "HFJ", sector: "NGO" });
    const names = agencies.nodes.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("pages through agencies with cursors, with no item twice or missed", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: any = await police.query(
        "query($after: String) { agencies(first: 5, after: $after) { totalCount nodes { shortName } pageInfo { endCursor hasNextPage } } }",
        { after },
      );
      seen.push(...result.data.agencies.nodes.map((a: { shortName: string }) => a.shortName));
      if (!result.data.agencies.pageInfo.hasNextPage) break;
      after = result.data.agencies.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });

  it("rejects a page size over the limit and a forged cursor, naming the argument", async () => {
    const tooMany = await police.query("{ agencies(first: 1000) { totalCount } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0]?.extensions?.field).toBe("first");
    const forged = await police.query('{ agencies(after: "not-a-cursor") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(forged.errors?.[0]?.extensions?.field).toBe("after");
  });

  it("filters agencies by sector and by text", async () => {
    const result: any = await police.query(
      '{ ngos: agencies(filter: { sector: NGO }) { nodes { shortName } } fire: agencies(filter: { search: "fire" }) { nodes { shortName } } }',
    );
    expect(result.data.ngos.nodes.map((a: { shortName: string }) => a.shortName).sort()).toEqual([
      "BCWA",
      "BRC",
      "HFJ",
      "SALV",
      "TVRC",
    ]);
    expect(result.data.fire.nodes).toEqual([{ shortName: "WMFS" }]);
  });

  it("resolves relations: people with their agency, partnerships with members", async () => {
    const result: any = await police.query(
      '{ people(filter: { search: "Helen" }) { nodes { name email agency { shortName } } } actingPartnership { name area members { role agency { shortName } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.people.nodes).toEqual([
      { name: "Helen Marsh", email: "helen.marsh@smbc.example.org", agency: { shortName: "SMBC" } },
    ]);
    const partnership = result.data.actingPartnership;
    expect(partnership.name).toBe("Sandwell Anti-Slavery Partnership");
    expect(partnership.members).toHaveLength(18);
    expect(partnership.members).toContainEqual({ role: "CHAIR", agency: { shortName: "SMBC" } });
  });

  it("shows demo agreements in every state", async () => {
    const result: any = await police.query("{ sharingAgreements(first: 50) { nodes { reference status } } }");
    const statuses = Object.fromEntries(result.data.sharingAgreements.nodes.map((a: any) => [a.reference, a.status]));
    expect(statuses).toMatchObject({
      "ISA-SHOP-2019-01": "ACTIVE",
      "ISA-UTIL-2025-05": "DRAFT",
      "ISA-HEALTH-2021-06": "SUSPENDED",
      "ISA-PILOT-2017-00": "EXPIRED",
    });
  });

  it("loads the demo data once: seeding again adds no rows", async () => {
    const count = async () =>
      (
        await t.database.query<{ n: string }>(
          "SELECT (SELECT count(*) FROM governance.agency) + (SELECT count(*) FROM governance.person) + (SELECT count(*) FROM governance.sharing_agreement) AS n",
        )
      )[0]!.n;
    const before = await count();
    const dataSource = new DataSource({
      type: "postgres",
      url: t.database.url,
      schema: "governance",
      entities: governance.entities,
    });
    await dataSource.initialize();
    try {
      await demoSeedOf("governance")(dataSource, createLogger("test", "silent"), testClock);
    } finally {
      await dataSource.destroy();
    }
    expect(await count()).toBe(before);
  });

  it("answers health on the gateway, and readiness on each subgraph", async () => {
    const health = await fetch(t.gatewayUrl.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
    for (const subgraph of t.platform.subgraphs) {
      const ready = await fetch(subgraph.url.replace("/graphql", "/ready"));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ready", service: subgraph.name });
    }
  });

  it("serves an offline GraphQL IDE to a browser in development", async () => {
    const page = await fetch(t.gatewayUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
