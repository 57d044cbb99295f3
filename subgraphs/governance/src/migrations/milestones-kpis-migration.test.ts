import { MigrationTestDatabase, type Migrations, migrationsBefore, migrationsThrough } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MilestonesKpisAgencyAssessments1763880000000 } from "./1763880000000-milestones-kpis-agency-assessments.js";
import { migrations } from "./index.js";

/** Every migration up to the one under test, which is then the last one to undo. */
const upToThisOne = migrationsThrough(migrations, MilestonesKpisAgencyAssessments1763880000000);

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/** A plan written before milestones and KPIs were records of their own is carried over, and back. */
describe("migration: milestones and KPIs out of their text arrays", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "governance");
    const before = await open(migrationsBefore(migrations, MilestonesKpisAgencyAssessments1763880000000));
    await before.query(
      `INSERT INTO partnership (id, name, area) VALUES ('00000000-0000-4000-8000-000000000001', 'P', 'A')`,
    );
    await before.query(
      `INSERT INTO action_plan (id, partnership_id, title, starts_on, ends_on)
       VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Plan', '2023-04-01', '2026-03-31')`,
    );
    await before.query(
      `INSERT INTO plan_objective (id, plan_id, number, theme, title, kpis)
       VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 1, 'PROTECT', 'O', '{"KPI one","KPI two"}')`,
    );
    await before.query(
      `INSERT INTO plan_action (id, objective_id, plan_id, title, delivery_date, milestones, lead_agency_ids)
       VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003',
               '00000000-0000-4000-8000-000000000002', 'Action', '2025-03-31', '{"First","Second","Third"}', '{}')`,
    );
    await before.query(
      `INSERT INTO maturity_assessment (partnership_id, assessed_on, assessor)
       VALUES ('00000000-0000-4000-8000-000000000001', '2023-06-30', 'Board')`,
    );
  });
  afterAll(async () => {
    await database.drop();
  });

  it("moves milestones and KPIs into their tables, in order, and lets an assessment be of an agency", async () => {
    const after = await open(upToThisOne);
    expect(await after.query(`SELECT position, title, due_on, done_on FROM plan_milestone ORDER BY position`)).toEqual([
      { position: 1, title: "First", due_on: null, done_on: null },
      { position: 2, title: "Second", due_on: null, done_on: null },
      { position: 3, title: "Third", due_on: null, done_on: null },
    ]);
    expect(
      await after.query(`SELECT objective_id, position, name, target, unit FROM plan_kpi ORDER BY position`),
    ).toEqual([
      { objective_id: "00000000-0000-4000-8000-000000000003", position: 1, name: "KPI one", target: null, unit: null },
      { objective_id: "00000000-0000-4000-8000-000000000003", position: 2, name: "KPI two", target: null, unit: null },
    ]);
    const columns = await after.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'governance' AND column_name IN ('milestones', 'kpis')`,
    );
    expect(columns).toEqual([]);
    await expect(
      after.query(`INSERT INTO maturity_assessment (assessed_on, assessor) VALUES ('2025-06-30', 'Nobody')`),
    ).rejects.toThrow(/maturity_assessment_subject_check/);
  });

  it("puts the arrays back when undone", async () => {
    const after = await open(upToThisOne);
    await after.undoLastMigration({ transaction: "all" });
    expect(await after.query(`SELECT milestones FROM plan_action`)).toEqual([
      { milestones: ["First", "Second", "Third"] },
    ]);
    expect(await after.query(`SELECT kpis FROM plan_objective`)).toEqual([{ kpis: ["KPI one", "KPI two"] }]);
  });
});
