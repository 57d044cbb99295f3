import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase, openDataSource, withDatabase } from "@partnership/runtime";
import type { DataSource } from "typeorm";
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
const upToThisOne = migrations.slice(0, migrations.indexOf(AgreementRetention1765200000000) + 1);
const PARTNERSHIP = "00000000-0000-4000-8000-0000000000a1";
const AGREEMENT = "00000000-0000-4000-8000-0000000000a2";

/** An agreement drawn up before retention terms existed takes the default schedule, once per category. */
describe("migration: retention terms in agreements", () => {
  const server = inject("postgresServerUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const url = withDatabase(server, name);
  let db: DataSource | undefined;
  const open = async (list: typeof migrations) => {
    await db?.destroy();
    db = await openDataSource({
      url,
      schema: "governance",
      entities: [],
      migrations: list,
      poolSize: 1,
      applicationName: "migration-test",
    });
    return db;
  };

  beforeAll(async () => {
    await ensureDatabase(server, name);
    const before = await open(migrations.slice(0, migrations.indexOf(AgreementRetention1765200000000)));
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
    await db?.destroy();
    await dropDatabase(server, name);
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
