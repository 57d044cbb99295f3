import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import {
  Role,
  dropDatabase,
  ensureDatabase,
  freePort,
  localKeyPair,
  startEmbeddedDatabase,
  withDatabase,
  createLogger,
} from "@partnership/runtime";
import autocannon from "autocannon";
import { DemoIdentityProvider } from "../auth/demo-identity-provider.js";
import { demoUser } from "../platform/demo-users.js";

/**
 * `npm run bench:permissions`: the same query through the gateway with field permissions (graphql-shield
 * rules and the audit recorder) on and off, runs alternating A B A B, and the throughput ratio.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const QUERY = "query PeoplePage { people(first: 20) { nodes { id name email jobTitle agency { name sector } } } }";

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(__dirname, "serve-platform.js")], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => line.startsWith("ready ") && resolve(line.slice(6)));
    child.once("exit", (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
  return { url, child };
}

async function load(url: string, token: string) {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, operationName: "PeoplePage" }),
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "bench-permissions-"));
  await chmod(work, 0o755);
  const logger = createLogger("bench", "error");
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase(path.join(work, "postgres"), logger);
  const server = process.env.DATABASE_URL ?? embedded!.url;
  const database = `bench_${Date.now()}`;
  await ensureDatabase(server, database);
  const children: ChildProcess[] = [];
  try {
    const env = { BENCH_DATABASE_URL: withDatabase(server, database), BENCH_KEYS_DIR: path.join(work, "keys") };
    // Seed once before the two servers start side by side.
    const on = await startServer({ ...env, BENCH_PORT: String(await freePort()), BENCH_PERMISSIONS: "on" });
    children.push(on.child);
    const off = await startServer({ ...env, BENCH_PORT: String(await freePort()), BENCH_PERMISSIONS: "off" });
    children.push(off.child);
    const idp = await DemoIdentityProvider.fromJwk(
      (await localKeyPair(path.join(work, "keys", "users.json"), "bench-idp")).privateJwk,
    );
    const token = await idp.issue(demoUser("WMP", [Role.CASEWORKER]));

    await load(on.url, token);
    await load(off.url, token);
    const runs: Array<{ round: number; mode: string; rps: number; p50: number; p99: number }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      runs.push({ round, mode: "permissions on", ...(await load(on.url, token)) });
      runs.push({ round, mode: "permissions off", ...(await load(off.url, token)) });
    }
    const mean = (mode: string) => {
      const picked = runs.filter((r) => r.mode === mode);
      return picked.reduce((sum, r) => sum + r.rps, 0) / picked.length;
    };
    console.log(
      `\nPermissions benchmark — ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `Query: ${QUERY}\nAs: WMP caseworker (40 sensitive values per answer, all granted and audited); ${CONNECTIONS} connections, ${SECONDS} s per run\n`,
    );
    console.log("round  mode              req/s    p50 ms  p99 ms");
    for (const r of runs)
      console.log(
        `${String(r.round).padEnd(7)}${r.mode.padEnd(18)}${r.rps.toFixed(0).padStart(5)}    ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}`,
      );
    const ratio = mean("permissions on") / mean("permissions off");
    console.log(`\nthroughput with permissions ÷ without: ${ratio.toFixed(2)} (target ≥ 0.90)`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await dropDatabase(server, database).catch(() => undefined);
    await embedded?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
