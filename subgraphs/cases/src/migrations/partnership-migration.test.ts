import { demoPartnershipId, MigrationTestDatabase, type Migrations } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Cases1763830000000 } from "./1763830000000-cases.js";
import { migrations } from "./index.js";

// Provided by platform/test/support/global-setup.ts, which this workspace's typecheck does not include.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/**
 * Release 1's casework, migrated: every row it held was Sandwell's, its references keep counting,
 * and its towns become Sandwell's areas.
 */
describe("migrations: concerns belong to a partnership, premises to its areas", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "cases");
    const release1 = await open([Cases1763830000000]);
    await release1.query(`INSERT INTO location (id, type, town, ward, address, postcode)
      VALUES ('00000000-0000-4000-8000-000000000001', 'CAR_WASH', 'OLDBURY', 'Langley', '1 Station Road', 'B69 4AA')`);
    await release1.query(`INSERT INTO concern (reference, received_on, source, exploitation_types, status, location_id)
      VALUES ('SHOP-2025-0007', '2025-06-02', 'PUBLIC', '{LABOUR}', 'RECEIVED', '00000000-0000-4000-8000-000000000001')`);
    await release1.query(`INSERT INTO concern_reference_counter (year, last) VALUES (2025, 7)`);
    await release1.destroy();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("gives every existing row Sandwell's id, keys the counter by partnership and year, and makes references unique per partnership", async () => {
    const migrated = await open(migrations);
    try {
      const sandwell = demoPartnershipId("SANDWELL");
      expect(await migrated.query(`SELECT DISTINCT partnership_id FROM concern`)).toEqual([
        { partnership_id: sandwell },
      ]);
      expect(await migrated.query(`SELECT DISTINCT partnership_id FROM location`)).toEqual([
        { partnership_id: sandwell },
      ]);
      expect(await migrated.query(`SELECT partnership_id, year, last FROM concern_reference_counter`)).toEqual([
        { partnership_id: sandwell, year: 2025, last: 7 },
      ]);
      // Oldbury, the one town release 1's premises used, is Sandwell's area now.
      expect(
        await migrated.query(`SELECT a.partnership_id, a.name, a.kind FROM location l JOIN area a ON a.id = l.area_id`),
      ).toEqual([{ partnership_id: sandwell, name: "Oldbury", kind: "TOWN" }]);
      // Another partnership may use the same number; a second counter row for it is its own.
      const other = demoPartnershipId("TAME");
      const [{ id: area }] = await migrated.query(
        `INSERT INTO area (partnership_id, name, kind) VALUES ($1, 'Walsall', 'LOCALITY') RETURNING id`,
        [other],
      );
      await migrated.query(
        `INSERT INTO location (id, partnership_id, type, area_id, ward, address, postcode)
         VALUES ('00000000-0000-4000-8000-000000000002', $1, 'CAR_WASH', $2, 'Tame', '1 River Road', 'WS1 1AA')`,
        [other, area],
      );
      // Premises cannot be in another partnership's area, and known premises say where they are.
      const [{ id: oldbury }] = await migrated.query(`SELECT id FROM area WHERE name = 'Oldbury'`);
      await expect(
        migrated.query(
          `INSERT INTO location (partnership_id, type, area_id, ward, address, postcode)
           VALUES ($1, 'CAR_WASH', $2, 'Tame', '1 River Road', 'WS1 1AA')`,
          [other, oldbury],
        ),
      ).rejects.toThrow(/location_area_fkey/);
      await expect(
        migrated.query(`INSERT INTO location (partnership_id, type) VALUES ($1, 'CAR_WASH')`, [other]),
      ).rejects.toThrow(/location_known_check/);
      await migrated.query(`INSERT INTO location (partnership_id, type) VALUES ($1, 'NOT_KNOWN')`, [other]);
      await migrated.query(
        `INSERT INTO concern (partnership_id, reference, received_on, source, exploitation_types, status, location_id)
         VALUES ($1, 'SHOP-2025-0007', '2025-06-02', 'PUBLIC', '{LABOUR}', 'RECEIVED', '00000000-0000-4000-8000-000000000002')`,
        [other],
      );
      await migrated.query(`INSERT INTO concern_reference_counter (partnership_id, year, last) VALUES ($1, 2025, 1)`, [
        other,
      ]);
      // A concern cannot point at another partnership's premises.
      await expect(
        migrated.query(
          `INSERT INTO concern (partnership_id, reference, received_on, source, exploitation_types, status, location_id)
           VALUES ($1, 'SHOP-2025-0008', '2025-06-02', 'PUBLIC', '{LABOUR}', 'RECEIVED', '00000000-0000-4000-8000-000000000002')`,
          [sandwell],
        ),
      ).rejects.toThrow(/concern_location_partnership_fkey/);
      await expect(
        migrated.query(
          `INSERT INTO concern (partnership_id, reference, received_on, source, exploitation_types, status, location_id)
           VALUES ($1, 'SHOP-2025-0007', '2025-06-02', 'PUBLIC', '{LABOUR}', 'RECEIVED', '00000000-0000-4000-8000-000000000001')`,
          [sandwell],
        ),
      ).rejects.toThrow(/concern_reference_key/);
    } finally {
      await migrated.destroy();
    }
  });
});
