import { type Clock, openSubgraphDatabase, postgresUrl } from "@partnership/runtime";
import { z } from "zod";
import { procurement } from "./module.js";
import { refreshStaleAssessments } from "./services/supplier-assessment.js";

/** The daily refresh's configuration (its clock comes from NODE_ENV and PLATFORM_TODAY). */
export const refreshAssessmentsConfigSchema = z.object({
  DATABASE_URL: postgresUrl.describe("PostgreSQL whose procurement schema holds the suppliers to refresh"),
});

/**
 * Brings every supplier's stored statement status and risk rating to the clock's today; returns how
 * many changed. Reads are right without it (they assess a stale supplier themselves and write
 * nothing); it keeps them on the stored snapshot, which statistics count in SQL.
 */
export async function refreshAssessments(url: string, clock: Clock): Promise<number> {
  const dataSource = await openSubgraphDatabase(procurement, url, 2);
  try {
    return await refreshStaleAssessments(dataSource.manager, clock.today());
  } finally {
    await dataSource.destroy();
  }
}
