import { readConfig } from "@partnership/runtime";
import { auditVerifyConfigSchema } from "./cli-config.js";
import { operatorDatabase } from "./operator-database.js";
import { verifyAuditChains } from "./audit-verify.js";

/**
 * `npm run audit:verify`: walks every subgraph's hash-chained audit log and reports, per subgraph,
 * the rows checked and "intact" or the first broken link; exits 1 if any log is broken. Reads the
 * database in DATABASE_URL, otherwise the embedded one under DATA_DIR (the one `npm start` uses),
 * whether or not the platform is running.
 */
async function main(): Promise<void> {
  const config = readConfig(auditVerifyConfigSchema);
  const database = await operatorDatabase(config.DATABASE_URL, config.DATA_DIR, "audit-verify");
  try {
    const { intact } = await verifyAuditChains(database.url, (line) => console.log(line));
    process.exitCode = intact ? 0 : 1;
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`audit:verify: ${(error as Error).message}`);
  process.exit(1);
});
