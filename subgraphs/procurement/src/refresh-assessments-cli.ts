import { clockFromEnvironment, openSubgraphDatabase } from "@partnership/runtime";
import { procurement } from "./module.js";
import { refreshStaleAssessments } from "./services/supplier-assessment.js";

/**
 * The daily refresh of suppliers' stored statement statuses and risk ratings (they move with the
 * calendar): `DATABASE_URL=postgres://… node subgraphs/procurement/dist/refresh-assessments-cli.js`,
 * run shortly after midnight. Reads are right without it (they assess a stale supplier themselves and
 * write nothing); it keeps them on the stored snapshot, which statistics count in SQL.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("usage: DATABASE_URL=postgres://… refresh-assessments-cli");
    process.exitCode = 2;
    return;
  }
  const dataSource = await openSubgraphDatabase(procurement, url, 2);
  try {
    const today = clockFromEnvironment().today();
    const refreshed = await refreshStaleAssessments(dataSource.manager, today);
    console.log(`refreshed the statement status and risk rating of ${refreshed} suppliers for ${today}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
