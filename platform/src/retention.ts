import { cases, applyRetention, type RetentionReport } from "@partnership/cases";
import { governance, retentionTermsOfPartnerships } from "@partnership/governance";
import { type Clock, openDataSource } from "@partnership/runtime";

/**
 * Runs the retention schedule on the platform's database at `url`: reads every partnership's
 * retention terms from governance, anonymises in cases what has reached the end of its term
 * (services/retention-service.ts there), and prints what was done (or, dry, what would be) one
 * line per concern and category, then a summary. Nothing is migrated here: the schema must be current.
 */
export async function runRetention(
  url: string,
  clock: Clock,
  options: { dryRun: boolean },
  print: (line: string) => void,
): Promise<RetentionReport> {
  const open = (schema: string, entities: typeof cases.entities) =>
    openDataSource({ url, schema, entities, migrations: [], poolSize: 1, applicationName: "partnership-retention" });
  const governanceData = await open(governance.databaseSchema, []);
  let terms;
  try {
    terms = await retentionTermsOfPartnerships(governanceData);
  } finally {
    await governanceData.destroy();
  }
  const casesData = await open(cases.databaseSchema, cases.entities);
  try {
    const report = await applyRetention(casesData, terms, clock, options);
    for (const line of describe(report)) print(line);
    return report;
  } finally {
    await casesData.destroy();
  }
}

function describe(report: RetentionReport): string[] {
  const verb = report.dryRun ? "would anonymise" : "anonymised";
  const lines = report.actions.map(
    (action) =>
      `${action.reference} ${verb} ${action.category}: ${action.term} (${action.agreementReference ?? "platform default"}), kept until ${action.dueOn}; ${action.columns.join(", ")}`,
  );
  for (const held of report.held)
    lines.push(`${held.reference} kept by legal hold (${held.holds.join("; ")}): ${held.categories.join(", ")}`);
  const concerns = new Set(report.actions.map((action) => action.concernId)).size;
  lines.push(
    `${report.dryRun ? "Dry run" : "Retention run"} ${report.runId} on ${report.today}: ${concerns} concerns, ` +
      `${report.actions.length} categories ${verb}, ${report.held.length} concerns kept by legal hold` +
      (report.dryRun ? "; nothing was changed" : ""),
  );
  return lines;
}
