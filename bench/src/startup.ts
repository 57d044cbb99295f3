import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DemoIdentityProvider, localKeys } from "@partnership/gateway";
import { demoUser } from "@partnership/platform";
import { freePort, Role } from "@partnership/runtime";

const REPOSITORY = path.resolve(__dirname, "..", "..");

/**
 * Seconds from `npm start` in a new data directory (so initdb, migrations and the demo data are
 * all paid for) to the first query the gateway answers with data. The keys are made first so the
 * query can be signed before the platform is up; the build is already done by the time this runs.
 */
export async function measureFreshStart(timeoutSeconds = 120): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-start-"));
  // The embedded PostgreSQL runs as its own OS user and must reach its data directory.
  await chmod(dataDir, 0o755);
  const keys = await localKeys(path.join(dataDir, "keys"));
  const token = await (
    await DemoIdentityProvider.fromJwk(keys.users.privateJwk)
  ).issue(demoUser("WMP", [Role.CASEWORKER]));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    SUBGRAPH_BASE_PORT: String(20_000 + Math.floor(Math.random() * 20_000)),
    LOG_LEVEL: "error",
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn("npm", ["start"], { cwd: REPOSITORY, env, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    while (performance.now() - started < timeoutSeconds * 1000) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}: ${errors.trim()}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ concerns(first: 1) { totalCount } }" }),
          signal: AbortSignal.timeout(2_000),
        });
        const body = (await response.json()) as { data?: { concerns?: { totalCount: number } } };
        if (response.ok && body.data?.concerns) return (performance.now() - started) / 1000;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm start did not answer within ${timeoutSeconds} s`);
  } finally {
    // npm, the platform and the embedded PostgreSQL: the whole process group, unless it has gone.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await rm(dataDir, { recursive: true, force: true });
  }
}
