import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLogger } from "@partnership/runtime";
import { openPlatformDatabase, type PlatformDatabase } from "./database.js";

/**
 * The database an operator's command works on: DATABASE_URL when given, otherwise the platform's
 * embedded one under DATA_DIR (the one `npm start` uses) — the server already running on it, or,
 * when none is, one started for this command and stopped after it.
 */
export async function operatorDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  command: string,
): Promise<Pick<PlatformDatabase, "url" | "stop">> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => {} };
  const directory = path.join(dataDir, "postgres");
  if (!existsSync(path.join(directory, "PG_VERSION"))) {
    throw new Error(`no DATABASE_URL, and no embedded database in ${directory} yet (npm start creates it)`);
  }
  const running = runningPort(directory);
  if (running) {
    // The user and password embedded.ts gives the server, and the platform's database (database.ts).
    return { url: `postgres://postgres:postgres@127.0.0.1:${running}/partnership`, stop: async () => {} };
  }
  return openPlatformDatabase(undefined, dataDir, createLogger(command, "warn"));
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
