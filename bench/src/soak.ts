import { type ChildProcess, fork } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { createLogger, ensureDatabase, freePort, localKeyPair, Role, withDatabase } from "@partnership/runtime";
import autocannon from "autocannon";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser, startEmbeddedDatabase } from "@partnership/platform";

/**
 * `npm run soak`: the whole platform (embedded PostgreSQL, every subgraph, the gateway) on
 * loopback, under SOAK_CONNECTIONS (50) connections for SOAK_SECONDS (600) of mixed reads from
 * several users. Prints the errors (transport errors, non-2xx answers, answers carrying GraphQL
 * errors) and the platform process's memory: heap after a full collection and RSS, sampled every
 * 30 s, growth measured from the end of the first tenth of the run (warm-up) to the end.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const SAMPLE_SECONDS = Math.min(30, Math.max(5, Math.floor(SECONDS / 10)));

const QUERIES = [
  "query People { people(first: 20) { nodes { id name email jobTitle agency { name sector } } } }",
  "query Agreements { sharingAgreements(first: 10) { nodes { reference status inForce parties { agency { shortName } } } } }",
  'query Training { person(email: "helen.marsh@smbc.example.org") { name trainingRecord { completedOn expiresOn course { title } } } }',
  "query Suppliers { suppliers(first: 10) { nodes { name statementCheck { status score } risk { rating } } } }",
];

interface Memory {
  at: number;
  rss: number;
  heapUsed: number;
}

function memoryOf(child: ChildProcess): Promise<Omit<Memory, "at">> {
  return new Promise((resolve) => {
    child.once("message", (message) => resolve(message as Omit<Memory, "at">));
    child.send("memory");
  });
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "soak-"));
  await chmod(work, 0o755);
  const logger = createLogger("soak", "error");
  const embedded = await startEmbeddedDatabase(path.join(work, "postgres"), logger);
  await ensureDatabase(embedded.url, "soak");
  let child: ChildProcess | undefined;
  try {
    const keysDir = path.join(work, "keys");
    child = fork(path.join(__dirname, "soak-platform.js"), [], {
      execArgv: ["--expose-gc"],
      env: {
        ...process.env,
        SOAK_DATABASE_URL: withDatabase(embedded.url, "soak"),
        SOAK_KEYS_DIR: keysDir,
        SOAK_PORT: String(await freePort()),
      },
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    const running = child;
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: running.stdout! }).on(
        "line",
        (line) => line.startsWith("ready ") && resolve(line.slice(6)),
      );
      running.once("exit", (code) => reject(new Error(`the platform exited with ${code}`)));
    });
    const idp = await DemoIdentityProvider.fromJwk(
      (await localKeyPair(path.join(keysDir, "users.json"), "soak-idp")).privateJwk,
      undefined,
      "partnership-soak-idp",
    );
    const users = [
      demoUser("WMP", [Role.CASEWORKER]),
      demoUser("HFJ", [Role.CASEWORKER]),
      demoUser("SMBC", [Role.COORDINATOR]),
      demoUser("SMBC", [Role.PROCUREMENT_OFFICER]),
      demoUser("SMBC", [Role.TRAINING_ADMIN]),
    ];
    const tokens = await Promise.all(users.map((user) => idp.issue(user)));

    let graphqlErrors = 0;
    const requests = QUERIES.flatMap((query) =>
      tokens.map((token) => ({
        method: "POST" as const,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
        onResponse: (status: number, body: string) => {
          // Refusals by sharing agreement are answers, not errors; anything else counts.
          if (status === 200 && body.includes('"errors"') && /"code":"(?!FORBIDDEN_BY_SHARING_AGREEMENT")/.test(body)) {
            graphqlErrors++;
          }
        },
      })),
    );

    const samples: Memory[] = [{ at: 0, ...(await memoryOf(running)) }];
    const started = performance.now();
    const sampler = setInterval(() => {
      void memoryOf(running).then((memory) =>
        samples.push({ at: Math.round((performance.now() - started) / 1000), ...memory }),
      );
    }, SAMPLE_SECONDS * 1000);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
    clearInterval(sampler);
    samples.push({ at: Math.round((performance.now() - started) / 1000), ...(await memoryOf(running)) });

    const warm = samples.find((s) => s.at >= SECONDS / 10) ?? samples[1] ?? samples[0]!;
    const end = samples[samples.length - 1]!;
    const growth = (key: "heapUsed" | "rss") => ((end[key] - warm[key]) / warm[key]) * 100;
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;

    console.log(
      // eslint-disable-next-line no-restricted-syntax -- when the soak ran, printed with its figures
      `\nSoak — ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `${CONNECTIONS} connections for ${SECONDS} s, loopback, ${QUERIES.length} queries × ${users.length} users\n`,
    );
    console.log("  t (s)   heap MB   rss MB");
    for (const s of samples)
      console.log(`${String(s.at).padStart(7)}  ${mb(s.heapUsed).padStart(8)}  ${mb(s.rss).padStart(7)}`);
    console.log(
      `\nrequests:        ${result.requests.total} (${result.requests.average.toFixed(0)} req/s; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms)`,
    );
    console.log(
      `errors:          ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`,
    );
    console.log(
      `memory growth:   heap ${growth("heapUsed").toFixed(1)} %, rss ${growth("rss").toFixed(1)} % (from t=${warm.at} s to t=${end.at} s; target < 10 %)`,
    );
    process.exitCode = errors === 0 && growth("heapUsed") < 10 ? 0 : 1;
  } finally {
    child?.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await embedded.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
