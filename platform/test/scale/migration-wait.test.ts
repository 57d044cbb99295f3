import { AUDIT_MIGRATIONS, hasPendingMigrations, openDataSource } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

/**
 * What each subgraph pod's init container waits on (`migrate.js --wait <subgraph>`): a schema is
 * ready for new pods only once it has every migration of their image.
 */
describe("a subgraph's schema is ready for new pods only once the migration job has run", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("pending with no schema, with some migrations missing, and not once all have run", async () => {
    const governance = SUBGRAPHS.find(({ module }) => module.name === "governance")!.module;
    const all = [...governance.migrations, ...AUDIT_MIGRATIONS];
    const target = (migrations: typeof all) => ({
      url: database.url,
      schema: governance.databaseSchema,
      migrations,
      applicationName: "migration-wait-test",
    });
    expect(await hasPendingMigrations(target(all))).toBe(true);

    // An older image's migrations: what the schema looks like while a new release's job has yet to run.
    const older = all.slice(0, -2);
    const open = async (migrations: typeof all) =>
      (await openDataSource({ ...target(migrations), entities: [], poolSize: 1 })).destroy();
    await open(older);
    expect(await hasPendingMigrations(target(older))).toBe(false);
    expect(await hasPendingMigrations(target(all))).toBe(true);

    await open(all);
    expect(await hasPendingMigrations(target(all))).toBe(false);
  });
});
