import { clockFromEnvironment, readConfig } from "@partnership/runtime";
import { refreshAssessments, refreshAssessmentsConfigSchema } from "./refresh-assessments.js";

/**
 * The daily refresh of suppliers' stored statement statuses and risk ratings (they move with the
 * calendar): `node subgraphs/procurement/dist/refresh-assessments-cli.js`, shortly after midnight
 * (deploy/kubernetes/assessment-refresh-cronjob.yaml).
 */
async function main(): Promise<void> {
  const { DATABASE_URL } = readConfig(refreshAssessmentsConfigSchema);
  const clock = clockFromEnvironment();
  const refreshed = await refreshAssessments(DATABASE_URL, clock);
  console.log(`refreshed the statement status and risk rating of ${refreshed} suppliers for ${clock.today()}`);
}

main().catch((error: unknown) => {
  console.error(`refresh-assessments: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
