import { clockFromEnvironment, openSubgraphDatabase, readConfig, subgraphJobConfigSchema } from "@partnership/runtime";
import { procurement } from "./module.js";
import { refreshStaleAssessments } from "./services/supplier-assessment.js";

/**
 * The daily refresh of suppliers' stored statement statuses and risk ratings (they move with the
 * calendar): `node subgraphs/procurement/dist/refresh-assessments-cli.js`, shortly after midnight
 * (deploy/kubernetes/assessment-refresh-cronjob.yaml). Reads are right without it (they assess a
 * stale supplier themselves and write nothing); it keeps them on the stored rows SQL counts.
 */
async function main(): Promise<void> {
  const { DATABASE_URL } = readConfig(subgraphJobConfigSchema);
  const today = clockFromEnvironment().today();
  const dataSource = await openSubgraphDatabase(procurement, DATABASE_URL, 2);
  try {
    const refreshed = await refreshStaleAssessments(dataSource.manager, today);
    console.log(`refreshed the statement status and risk rating of ${refreshed} suppliers for ${today}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`refresh-assessments: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
