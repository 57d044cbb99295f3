import { type ChainReport, verifyAuditChain } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { Client } from "pg";

/** One subgraph's audit log, walked. */
export interface SubgraphChainReport {
  subgraph: string;
  schema: string;
  /** Null when the schema has no chained audit log to walk (`problem` says why). */
  report: ChainReport | null;
  problem?: string;
}

/** Whether every subgraph's audit log is intact, and what was found in each. */
export interface AuditVerification {
  intact: boolean;
  subgraphs: SubgraphChainReport[];
}

/**
 * Walks every subgraph's audit log in the database at `url` (each subgraph's own schema) and
 * prints one line per subgraph: the rows checked and "intact" with the chain's head, or the first
 * broken link. A log that is missing or not yet chained counts as not intact.
 */
export async function verifyAuditChains(url: string, print: (line: string) => void): Promise<AuditVerification> {
  const client = new Client({ connectionString: url, application_name: "partnership-audit-verify" });
  await client.connect();
  try {
    const query = async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows;
    const subgraphs: SubgraphChainReport[] = [];
    for (const { module } of SUBGRAPHS) {
      const entry = { subgraph: module.name, schema: module.databaseSchema };
      const [{ chained, table }] = await query(
        `SELECT to_regclass(format('%I.audit_event', $1::text)) IS NOT NULL AS table,
                EXISTS (SELECT 1 FROM information_schema.columns
                         WHERE table_schema = $1::text AND table_name = 'audit_event' AND column_name = 'hash') AS chained`,
        [module.databaseSchema],
      );
      const problem = !table
        ? `no audit_event table in schema ${module.databaseSchema}: is this the platform's database?`
        : !chained
          ? "the audit log is not chained yet: run the migrations (node platform/dist/migrate.js)"
          : undefined;
      const result: SubgraphChainReport = problem
        ? { ...entry, report: null, problem }
        : { ...entry, report: await verifyAuditChain(query, module.databaseSchema) };
      print(describe(result));
      subgraphs.push(result);
    }
    return { intact: subgraphs.every((s) => s.report && !s.report.broken), subgraphs };
  } finally {
    await client.end();
  }
}

function describe({ subgraph, report, problem }: SubgraphChainReport): string {
  const name = subgraph.padEnd(12);
  if (!report) return `${name} NOT VERIFIED: ${problem}`;
  const rows = `${report.rows.toLocaleString("en-GB")} rows checked`;
  const { broken, head } = report;
  if (!broken) return `${name} ${rows}, intact${head ? ` (head: row ${head.id}, hash ${head.hash})` : " (empty)"}`;
  if (broken.problem === "ALTERED") {
    return (
      `${name} ${rows}, BROKEN at row ${broken.id}: its content was changed ` +
      `(expected hash ${broken.expected}, found ${broken.found ?? "none"})`
    );
  }
  const before = broken.previousId ? `row ${broken.previousId}` : "the start of the log";
  return (
    `${name} ${rows}, BROKEN at row ${broken.id}: it does not follow ${before} ` +
    `(expected previous hash ${broken.expected}, found ${broken.found}): ` +
    `a row between them was deleted, or ${before} was changed and its hash rewritten`
  );
}
