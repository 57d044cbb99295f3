import { z } from "zod";
import { postgresUrl, readConfig } from "../config.js";
import { hasPendingMigrations, openDataSource } from "../database/data-source.js";
import { AUDIT_MIGRATIONS } from "../security/audit-migration.js";
import type { SubgraphModule } from "./subgraph.js";

/** A subgraph image's jobs: `dist/migrate.js`, and procurement's daily assessment refresh. */
export const subgraphJobConfigSchema = z.object({
  DATABASE_URL: postgresUrl.describe(
    "PostgreSQL whose subgraph schema the job works on (migrates, waits for with `--wait`, or refreshes)",
  ),
});
const WAIT_INTERVAL_MS = 2_000;

/** What migrating needs of a subgraph: no schema, context or seed. */
export type MigratableSubgraph = Pick<SubgraphModule, "name" | "databaseSchema" | "migrations">;

/**
 * A subgraph image's migration step, its own entry point (`dist/migrate.js`), run before new pods
 * take traffic:
 *   node dist/migrate.js          migrates the subgraph's schema (the Kubernetes Job)
 *   node dist/migrate.js --wait   returns once the schema has every migration of this image
 *                                 (each subgraph pod's init container)
 */
export async function migrateSubgraph(
  module: MigratableSubgraph,
  argv: string[],
  log: (line: string) => void = console.log,
): Promise<void> {
  const { DATABASE_URL: url } = readConfig(subgraphJobConfigSchema);
  const migrations = [...module.migrations, ...AUDIT_MIGRATIONS];
  if (argv.length === 1 && argv[0] === "--wait") {
    const target = {
      url,
      schema: module.databaseSchema,
      migrations,
      applicationName: `partnership-${module.name}-wait`,
    };
    while (await hasPendingMigrations(target)) {
      log(`${module.name}: waiting for the migration job`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_INTERVAL_MS));
    }
    log(`${module.name}: schema is up to date`);
    return;
  }
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")} (only --wait)`);
  const dataSource = await openDataSource({
    url,
    schema: module.databaseSchema,
    entities: [],
    migrations,
    poolSize: 1,
    applicationName: `partnership-${module.name}-migrate`,
  });
  await dataSource.destroy();
  log(`${module.name}: migrated`);
}

/** The body of a subgraph's `migrate.ts`: migrates, or says why not and exits 1. */
export function runMigrations(module: MigratableSubgraph): void {
  migrateSubgraph(module, process.argv.slice(2)).catch((error: unknown) => {
    console.error(`${module.name} migrate: ${(error as Error).message}`);
    process.exit(1);
  });
}
