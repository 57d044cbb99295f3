import { randomBytes } from "node:crypto";
import { demoAgencyId, dropDatabase, ensureDatabase, withDatabase } from "@partnership/runtime";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedRegion } from "./large-seed.js";
import { REGIONAL_POLICE, regionPartnerships } from "./region.js";

// Provided by platform/test/support/global-setup.ts, which this workspace's typecheck does not include.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

const SIZE = { concerns: 20, people: 80 };

async function rows(url: string, sql: string, parameters: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

/** The benchmarks' region, small: three partnerships, and the first alone. */
describe("the large seed of many partnerships", () => {
  const server = inject("postgresServerUrl");
  const names = {
    region: `seed_region_${randomBytes(3).toString("hex")}`,
    one: `seed_one_${randomBytes(3).toString("hex")}`,
  };
  const region = regionPartnerships(3);
  const url = { region: withDatabase(server, names.region), one: withDatabase(server, names.one) };

  beforeAll(async () => {
    for (const name of Object.values(names)) await ensureDatabase(server, name);
    await seedRegion(url.region, region, SIZE);
    await seedRegion(url.one, region.slice(0, 1), SIZE);
  }, 180_000);
  afterAll(async () => {
    for (const name of Object.values(names)) await dropDatabase(server, name);
  });

  it("gives each partnership its own casework, in proportion, under its own reference prefix", async () => {
    const counts = await rows(
      url.region,
      `SELECT c.partnership_id, count(*)::int AS concerns, min(c.reference) AS reference,
              (SELECT count(*)::int FROM cases.potential_victim v WHERE v.partnership_id = c.partnership_id) AS people,
              (SELECT count(*)::int FROM cases.intervention i WHERE i.partnership_id = c.partnership_id) AS interventions
         FROM cases.concern c WHERE c.partnership_id = ANY ($1::uuid[]) GROUP BY 1`,
      [region.map((p) => p.directory.id)],
    );
    expect(counts).toHaveLength(3);
    for (const { directory } of region)
      expect(counts.find((row) => row.partnership_id === directory.id)).toEqual({
        partnership_id: directory.id,
        concerns: SIZE.concerns,
        reference: `${directory.referencePrefix}-SEED-1`,
        people: SIZE.people,
        interventions: SIZE.concerns * 0.4 * 3,
      });
  });

  it("makes the police a member of every partnership, granted its casework by an agreement in force", async () => {
    const police = await rows(
      url.region,
      `SELECT p.short_name FROM governance.membership m JOIN governance.partnership p ON p.id = m.partnership_id
        WHERE m.agency_id = $1 AND p.id = ANY ($2::uuid[])
          AND EXISTS (SELECT 1 FROM governance.sharing_agreement a JOIN governance.agreement_grant g ON g.agreement_id = a.id
                       WHERE a.partnership_id = p.id AND a.state = 'ACTIVE' AND g.recipient_sector = 'POLICE'
                         AND 'STATISTICS' = ANY (g.categories))
        ORDER BY 1`,
      [demoAgencyId(REGIONAL_POLICE), region.map((p) => p.directory.id)],
    );
    expect(police.map((row) => row.short_name)).toEqual(region.map((p) => p.directory.shortName));
  });

  it("seeds the first partnership alone with the very rows it has in the region", async () => {
    const of = (database: string) =>
      rows(
        database,
        `SELECT c.id, c.reference, c.received_on, array_agg(v.id ORDER BY v.id) AS people
           FROM cases.concern c JOIN cases.potential_victim v ON v.concern_id = c.id
          WHERE c.partnership_id = $1 GROUP BY c.id ORDER BY c.id`,
        [region[0]!.directory.id],
      );
    const alone = await of(url.one);
    expect(alone).toHaveLength(SIZE.concerns);
    expect(await of(url.region)).toEqual(alone);
  });
});
