import { migrateSubgraph } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";

/**
 * Every subgraph's migrations from one process, for a database an operator prepares by hand (a
 * restore, a copy for the benchmark): `npm run migrate`. Deployments run each subgraph image's own
 * `dist/migrate.js` instead.
 */
async function main(): Promise<void> {
  for (const { module } of SUBGRAPHS) await migrateSubgraph(module, []);
}

main().catch((error: unknown) => {
  console.error(`migrate: ${(error as Error).message}`);
  process.exit(1);
});
