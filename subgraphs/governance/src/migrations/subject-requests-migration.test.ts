import { MigrationTestDatabase, type Migrations, migrationsBefore, migrationsThrough } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SubjectRequests1766200000000 } from "./1766200000000-subject-requests.js";
import { migrations } from "./index.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/** Every migration up to the one under test, which is then the last one to undo. */
const upToThisOne = migrationsThrough(migrations, SubjectRequests1766200000000);
const PARTNERSHIP = "00000000-0000-4000-8000-0000000000b1";
const AGENCY = "00000000-0000-4000-8000-0000000000b2";

/** The register's own checks hold a row written around the service: searchable, extended with a reason, closed with a day. */
describe("migration: the register of data subjects' requests", () => {
  let database: MigrationTestDatabase;
  const open = (list: Migrations) => database.migrate(list);
  /** A row as the service writes it, with `columns` changed. */
  const insert = async (columns: Record<string, unknown>) => {
    const row: Record<string, unknown> = {
      partnership_id: PARTNERSHIP,
      kind: "ACCESS",
      subject: "A subject",
      search_name: "Ambrose",
      received_on: "2026-12-11",
      due_on: "2027-01-11",
      status: "OPEN",
      made_to_agency_id: AGENCY,
      recorded_by_user_id: "demo:smbc:dpo",
      recorded_by_agency_id: AGENCY,
      ...columns,
    };
    const names = Object.keys(row);
    const placeholders = names.map((_, i) => `$${i + 1}`).join(", ");
    const after = await open(upToThisOne);
    return after.query(
      `INSERT INTO subject_request (${names.join(", ")}) VALUES (${placeholders})`,
      Object.values(row),
    );
  };

  beforeAll(async () => {
    database = await MigrationTestDatabase.create(inject("postgresServerUrl"), "governance");
    const before = await open(migrationsBefore(migrations, SubjectRequests1766200000000));
    await before.query(
      `INSERT INTO partnership (id, name, area, short_name, reference_prefix) VALUES ($1, 'P', 'A', 'PP', 'PP')`,
      [PARTNERSHIP],
    );
    await before.query(
      `INSERT INTO agency (id, name, short_name, sector) VALUES ($1, 'Council', 'C', 'LOCAL_AUTHORITY')`,
      [AGENCY],
    );
  });
  afterAll(async () => {
    await database.drop();
  });

  it("takes a request with one search condition, and refuses one with none", async () => {
    await insert({});
    await expect(insert({ search_name: null })).rejects.toThrow(/subject_request_searchable/);
    await insert({ search_name: null, search_email: "a@example.org" });
  });

  it("refuses an extension beyond two months or without a reason, a closed request without a day, and an open one with one", async () => {
    await insert({ extension_months: 2, extension_reason: "Complex", due_on: "2027-03-11" });
    await expect(insert({ extension_months: 3, extension_reason: "Complex" })).rejects.toThrow(
      /subject_request_extension/,
    );
    await expect(insert({ extension_months: 1 })).rejects.toThrow(/subject_request_extension/);
    await expect(insert({ status: "COMPLETED" })).rejects.toThrow(/subject_request_closed/);
    await expect(insert({ completed_on: "2026-12-11" })).rejects.toThrow(/subject_request_closed/);
    await expect(insert({ status: "COMPLETED", completed_on: "2026-12-10" })).rejects.toThrow(/subject_request_closed/);
    await insert({ status: "REFUSED", completed_on: "2026-12-11", outcome: "Manifestly excessive" });
  });

  it("drops the register when undone", async () => {
    const after = await open(upToThisOne);
    await after.undoLastMigration();
    const [table] = await after.query(`SELECT to_regclass('governance.subject_request') AS name`);
    expect(table.name).toBeNull();
  });
});
