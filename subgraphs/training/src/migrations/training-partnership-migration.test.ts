import { demoPartnershipId, MigrationTestDatabase, type Migrations, migrationsThrough } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Training1763820000000 } from "./1763820000000-training.js";
import { TrainingPartnership1764400000000 } from "./1764400000000-training-partnership.js";
import { migrations } from "./index.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

const OTHER = "00000000-0000-4000-8000-0000000000bb";
const AGENCY = "00000000-0000-4000-8000-0000000000aa";
/** Up to the migration under test: "undoes cleanly" undoes it, not a later one. */
const upToThisOne = migrationsThrough(migrations, TrainingPartnership1764400000000);

/** Release 1's training records are Sandwell's; afterwards each partnership keeps its own delegates. */
describe("migration: training records belong to a partnership", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "training");
    const before = await open([Training1763820000000]);
    await before.query(
      `INSERT INTO course (id, title, level, format, provider_agency_id, duration_minutes, audience)
       VALUES ('00000000-0000-4000-8000-000000000001', 'C', 'BESPOKE', 'BRIEFING', $1, 60, 'All')`,
      [AGENCY],
    );
    await before.query(
      `INSERT INTO training_session (id, course_id, starts_at, online, trainer, capacity, status)
       VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '2019-05-01T10:00Z', true, 'T', 5, 'DELIVERED')`,
    );
    await before.query(
      `INSERT INTO delegate (id, name, email, agency_id) VALUES ('00000000-0000-4000-8000-000000000003', 'D', 'd@x.org', $1)`,
      [AGENCY],
    );
    await before.query(
      `INSERT INTO completion (course_id, session_id, delegate_id, agency_id, status, completed_on, certificate_number, source)
       VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002',
               '00000000-0000-4000-8000-000000000003', $1, 'COMPLETED', '2019-05-01', 'MS-B-2019-000001', 'SESSION')`,
      [AGENCY],
    );
  });
  afterAll(async () => {
    await database.drop();
  });

  it("gives every existing session, delegate and completion to Sandwell, and requires a partnership from then on", async () => {
    const after = await open(upToThisOne);
    for (const table of ["training_session", "delegate", "completion"]) {
      expect(await after.query(`SELECT DISTINCT partnership_id FROM ${table}`)).toEqual([
        { partnership_id: demoPartnershipId("SANDWELL") },
      ]);
      await expect(after.query(`UPDATE ${table} SET partnership_id = NULL`)).rejects.toThrow(/not-null/);
    }
  });

  it("lets another partnership record the same person as a delegate of its own, once", async () => {
    const after = await open(upToThisOne);
    const insert = () =>
      after.query(`INSERT INTO delegate (partnership_id, name, email, agency_id) VALUES ($1, 'D', 'd@x.org', $2)`, [
        OTHER,
        AGENCY,
      ]);
    await insert();
    await expect(insert()).rejects.toThrow(/delegate_partnership_email_key/);
    await after.query(`DELETE FROM delegate WHERE partnership_id = $1`, [OTHER]);
  });

  it("undoes cleanly", async () => {
    const after = await open(upToThisOne);
    await after.undoLastMigration({ transaction: "all" });
    const columns: Array<{ table_name: string }> = await after.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'training' AND column_name = 'partnership_id'`,
    );
    expect(columns).toEqual([]);
    expect(await after.query(`SELECT count(*)::int AS n FROM completion`)).toEqual([{ n: 1 }]);
  });
});
