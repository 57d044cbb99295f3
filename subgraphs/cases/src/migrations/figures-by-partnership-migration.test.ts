import { demoPartnershipId, MigrationTestDatabase, migrationsBefore } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  CasesFiguresByPartnership1767100000000,
  COUNTED_TABLES,
} from "./1767100000000-cases-figures-by-partnership.js";
import { migrations } from "./index.js";

// Provided by platform/test/support/global-setup.ts, which this workspace's typecheck does not include.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

const SANDWELL = demoPartnershipId("SANDWELL");
const OTHER = demoPartnershipId("OTHER");
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const CONCERN = { [SANDWELL]: id(11), [OTHER]: id(12) };

async function concernIn(q: DataSource, partnershipId: string, n: number) {
  await q.query(`INSERT INTO location (id, partnership_id, type) VALUES ($1, $2, 'NOT_KNOWN')`, [id(n), partnershipId]);
  await q.query(
    `INSERT INTO concern (id, partnership_id, reference, received_on, source, exploitation_types, status, location_id)
     VALUES ($1, $2, $3, '2025-06-02', 'PUBLIC', '{LABOUR}', 'RECEIVED', $4)`,
    [CONCERN[partnershipId], partnershipId, `REF-2025-000${n}`, id(n)],
  );
}

const intervention = (q: DataSource, concernId: string, n: number, partnershipId?: string) =>
  q.query(
    `INSERT INTO intervention (id, concern_id, agency_id, type, carried_out_on${partnershipId ? ", partnership_id" : ""})
     VALUES ($1, $2, gen_random_uuid(), 'ARREST', '2025-06-03'${partnershipId ? ", $3" : ""})`,
    [id(n), concernId, ...(partnershipId ? [partnershipId] : [])],
  );

/**
 * Each counted row carries its concern's partnership, so a partnership's figures for a period are
 * one index range: filled in for the rows already there, and by the database for every row after.
 */
describe("migrations: the counted rows carry their concern's partnership", () => {
  let database: MigrationTestDatabase;
  let migrated: DataSource;

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "cases");
    const before = await database.migrate(migrationsBefore(migrations, CasesFiguresByPartnership1767100000000));
    await concernIn(before, SANDWELL, 1);
    await concernIn(before, OTHER, 2);
    await intervention(before, CONCERN[SANDWELL]!, 21);
    await intervention(before, CONCERN[OTHER]!, 22);
    await before.destroy();
    migrated = await database.migrate(migrations);
  });
  afterAll(async () => {
    await migrated?.destroy();
    await database.drop();
  });

  it("fills in the partnership of the rows already recorded", async () => {
    expect(await migrated.query(`SELECT id, partnership_id FROM intervention ORDER BY id`)).toEqual([
      { id: id(21), partnership_id: SANDWELL },
      { id: id(22), partnership_id: OTHER },
    ]);
  });

  it("takes a new row's partnership from its concern, whatever the writer sent, and follows a change of concern", async () => {
    await intervention(migrated, CONCERN[SANDWELL]!, 23, OTHER);
    const partnershipOf = async (n: number) =>
      (await migrated.query(`SELECT partnership_id FROM intervention WHERE id = $1`, [id(n)]))[0].partnership_id;
    expect(await partnershipOf(23)).toBe(SANDWELL);
    await migrated.query(`UPDATE intervention SET partnership_id = $2 WHERE id = $1`, [id(23), OTHER]);
    expect(await partnershipOf(23)).toBe(SANDWELL);
    await migrated.query(`UPDATE intervention SET concern_id = $2 WHERE id = $1`, [id(23), CONCERN[OTHER]]);
    expect(await partnershipOf(23)).toBe(OTHER);
  });

  it.each(COUNTED_TABLES.map(({ table, day }) => [table, day]))(
    "%s: its partnership is required, kept by the database and indexed with %s",
    async (table, day) => {
      const [column] = await migrated.query(
        `SELECT is_nullable FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'partnership_id'`,
        [table],
      );
      expect(column).toEqual({ is_nullable: "NO" });
      const triggers = await migrated.query(
        `SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`,
        [table],
      );
      expect(triggers).toContainEqual({ tgname: `${table}_partnership` });
      const indexes = (
        await migrated.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`, [
          table,
        ])
      ).map((row: { indexdef: string }) => row.indexdef.replace(/^.* USING btree /, ""));
      expect(indexes).toContain(`(partnership_id, ${day})`);
      expect(indexes).not.toContain(`(${day})`);
    },
  );
});
