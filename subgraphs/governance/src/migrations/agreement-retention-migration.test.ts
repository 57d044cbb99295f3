import { MigrationTestDatabase, type Migrations, migrationsBefore, migrationsThrough } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_RETENTION } from "../services/retention-rules.js";
import { AgreementRetention1765200000000 } from "./1765200000000-agreement-retention.js";
import { migrations } from "./index.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/** Every migration up to the one under test, which is then the last one to undo. */
const upToThisOne = migrationsThrough(migrations, AgreementRetention1765200000000);
const PARTNERSHIP = "00000000-0000-4000-8000-0000000000a1";
const AGREEMENT = "00000000-0000-4000-8000-0000000000a2";

/** An agreement drawn up before retention terms existed takes the default schedule, once per category. */
describe("migration: retention terms in agreements", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "governance");
    const before = await open(migrationsBefore(migrations, AgreementRetention1765200000000));
    await before.query(
      `INSERT INTO partnership (id, name, area, short_name, reference_prefix) VALUES ($1, 'P', 'A', 'PP', 'PP')`,
      [PARTNERSHIP],
    );
    await before.query(
      `INSERT INTO sharing_agreement (id, partnership_id, reference, title, purpose, lawful_basis, start_date, end_date, state, version)
       VALUES ($1, $2, 'ISA-OLD-1', 'Old', 'Casework before terms', 'Art. 6(1)(e)', '2020-04-01', '2030-03-31', 'ACTIVE', 1)`,
      [AGREEMENT, PARTNERSHIP],
    );
    // Two grants naming one category: it still gets a single term.
    await before.query(
      `INSERT INTO agreement_grant (agreement_id, recipient_sector, categories)
       VALUES ($1, 'POLICE', '{VICTIM_IDENTITY,PERSONNEL}'), ($1, 'NGO', '{VICTIM_IDENTITY,HEALTH}')`,
      [AGREEMENT],
    );
  });
  afterAll(async () => {
    await database.drop();
  });

  it("gives each category an existing agreement grants the default schedule's term, and holds terms to their range", async () => {
    const after = await open(upToThisOne);
    const terms = await after.query(
      `SELECT category, years, months, after_event AS after FROM agreement_retention WHERE agreement_id = $1 ORDER BY category`,
      [AGREEMENT],
    );
    expect(terms).toEqual(
      (["HEALTH", "PERSONNEL", "VICTIM_IDENTITY"] as const).map((category) => ({
        category,
        ...DEFAULT_RETENTION[category as keyof typeof DEFAULT_RETENTION],
      })),
    );
    await expect(
      after.query(
        `INSERT INTO agreement_retention (agreement_id, category, years, months, after_event) VALUES ($1, 'STATISTICS', 101, 0, 'RECORD_CREATED')`,
        [AGREEMENT],
      ),
    ).rejects.toThrow(/agreement_retention_period/);
    await expect(
      after.query(
        `INSERT INTO agreement_retention (agreement_id, category, years, months, after_event) VALUES ($1, 'HEALTH', 1, 0, 'RECORD_CREATED')`,
        [AGREEMENT],
      ),
    ).rejects.toThrow(/agreement_retention_one_term/);
  });

  it("drops the terms when undone", async () => {
    const after = await open(upToThisOne);
    await after.undoLastMigration();
    const [table] = await after.query(`SELECT to_regclass('governance.agreement_retention') AS name`);
    expect(table.name).toBeNull();
  });
});
