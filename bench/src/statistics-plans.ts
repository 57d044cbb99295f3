import { Client } from "pg";
import { type Period, serveStatistics } from "./statistics.js";

/** One statistics statement as PostgreSQL ran it. */
export interface StatementPlan {
  /** What it counts: the tables after FROM, e.g. "potential_victim v JOIN concern c". */
  counts: string;
  executionMs: number;
  /** The plan's node lines (no costs), as `EXPLAIN (ANALYZE, BUFFERS)` prints them. */
  plan: string[];
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of every statement one whole `caseStatistics` report of the period
 * of one partnership sends, in one read-only snapshot as the subgraph sends them: which indexes the
 * figures use, and where the time goes.
 */
export async function explainStatistics(
  databaseUrl: string,
  period: Period,
  partnershipId?: string,
): Promise<StatementPlan[]> {
  const service = await serveStatistics(databaseUrl, partnershipId);
  const client = new Client({ connectionString: databaseUrl, options: "-c search_path=cases,public" });
  await client.connect();
  try {
    // Once for a warm cache, as a partnership's second report of the day finds it.
    await service.report(period);
    const statements = await service.statements(period);
    const plans: StatementPlan[] = [];
    await client.query("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      for (const [sql, parameters] of statements) {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
          parameters,
        );
        const lines = rows.map((row) => row["QUERY PLAN"]);
        const execution = lines.find((line) => line.startsWith("Execution Time"));
        plans.push({
          counts: /FROM\s+(.+?)\s+(?:CROSS JOIN|WHERE)/s.exec(sql)?.[1]?.replace(/\s+ON\s+\S+ = \S+/g, "") ?? sql,
          executionMs: Number(/([\d.]+) ms/.exec(execution ?? "")?.[1] ?? NaN),
          plan: lines.filter((line) => !/^(Planning|Execution|Buffers: shared hit=\d+$)/.test(line.trim())),
        });
      }
    } finally {
      await client.query("ROLLBACK");
    }
    return plans;
  } finally {
    await client.end();
    await service.stop();
  }
}
