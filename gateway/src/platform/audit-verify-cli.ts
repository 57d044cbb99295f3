import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLogger, postgresUrl, readConfig } from "@partnership/runtime";
import { z } from "zod";
import { platformConfigSchema } from "./config.js";
import { openPlatformDatabase, type PlatformDatabase } from "./database.js";
import { verifyAuditChains } from "./audit-verify.js";

const configSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: platformConfigSchema.shape.DATA_DIR,
});

/**
 * `npm run audit:verify`: walks every subgraph's hash-chained audit log and reports, per subgraph,
 * the rows checked and "intact" or the first broken link; exits 1 if any log is broken. Reads the
 * database in DATABASE_URL, otherwise the embedded one under DATA_DIR (the one `npm start` uses),
 * whether or not the platform is running.
 */
async function main(): Promise<void> {
  const config = readConfig(configSchema);
  const database = config.DATABASE_URL
    ? { url: config.DATABASE_URL, stop: async () => {} }
    : await embeddedDatabase(config.DATA_DIR);
  try {
    const { intact } = await verifyAuditChains(database.url, (line) => console.log(line));
    process.exitCode = intact ? 0 : 1;
  } finally {
    await database.stop();
  }
}

/**
 * The platform's embedded database: the server already running on it (`npm start` in another
 * terminal: starting a second one would stop that one) or, when none is, one started for this run.
 */
async function embeddedDatabase(dataDir: string): Promise<Pick<PlatformDatabase, "url" | "stop">> {
  const directory = path.join(dataDir, "postgres");
  if (!existsSync(path.join(directory, "PG_VERSION"))) {
    throw new Error(`no DATABASE_URL, and no embedded database in ${directory} yet (npm start creates it)`);
  }
  const running = runningPort(directory);
  if (running) {
    // The user and password embedded.ts gives the server, and the platform's database (database.ts).
    return { url: `postgres://postgres:postgres@127.0.0.1:${running}/partnership`, stop: async () => {} };
  }
  return openPlatformDatabase(undefined, dataDir, createLogger("audit-verify", "warn"));
}

/** The port of the postmaster running on `directory`, from its postmaster.pid (pid on line 1, port on line 4). */
function runningPort(directory: string): number | null {
  const pidFile = path.join(directory, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(`audit:verify: ${(error as Error).message}`);
  process.exit(1);
});
