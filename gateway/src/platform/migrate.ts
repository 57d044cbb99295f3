import { AUDIT_MIGRATIONS, hasPendingMigrations, openDataSource, readConfig } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { migrateConfigSchema } from "./cli-config.js";

const WAIT_INTERVAL_MS = 2_000;

/**
 * The deployment's migration step, run before new pods take traffic:
 *   node gateway/dist/platform/migrate.js                   migrate every subgraph's schema (the Kubernetes Job)
 *   node gateway/dist/platform/migrate.js --wait <subgraph>  return once that schema has every migration
 *                                                           (each subgraph pod's init container)
 */
async function main(argv: string[]): Promise<void> {
  const { DATABASE_URL: url } = readConfig(migrateConfigSchema);
  if (argv[0] === "--wait") {
    const entry = SUBGRAPHS.find(({ module }) => module.name === argv[1]);
    if (!entry) throw new Error(`--wait needs a subgraph: ${SUBGRAPHS.map((s) => s.module.name).join(", ")}`);
    const { module } = entry;
    const target = {
      url,
      schema: module.databaseSchema,
      migrations: [...module.migrations, ...AUDIT_MIGRATIONS],
      applicationName: `partnership-${module.name}-wait`,
    };
    while (await hasPendingMigrations(target)) {
      console.log(`${module.name}: waiting for the migration job`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_INTERVAL_MS));
    }
    console.log(`${module.name}: schema is up to date`);
    return;
  }
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
  for (const { module } of SUBGRAPHS) {
    const dataSource = await openDataSource({
      url,
      schema: module.databaseSchema,
      entities: [],
      migrations: [...module.migrations, ...AUDIT_MIGRATIONS],
      poolSize: 1,
      applicationName: `partnership-${module.name}-migrate`,
    });
    await dataSource.destroy();
    console.log(`${module.name}: migrated`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`migrate: ${(error as Error).message}`);
  process.exit(1);
});
