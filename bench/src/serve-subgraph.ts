import { CallerContextVerifier, createLogger, serveSubgraph, systemClock } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";

/**
 * One subgraph in a process of its own, for the benchmark: BENCH_SUBGRAPH (its name),
 * BENCH_DATABASE_URL, BENCH_CONTEXT_PUBLIC_KEY (JWK JSON), BENCH_PERMISSIONS (on | off).
 * Prints `ready <url>`. The database is migrated and seeded beforehand by the suite.
 */
async function main(): Promise<void> {
  const entry = SUBGRAPHS.find(({ module }) => module.name === process.env.BENCH_SUBGRAPH);
  if (!entry) throw new Error(`no subgraph is called ${process.env.BENCH_SUBGRAPH}`);
  const service = await serveSubgraph(entry.module, {
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    port: 0,
    host: "127.0.0.1",
    production: true,
    poolSize: 10,
    logger: createLogger(entry.module.name, "error"),
    contextVerifier: await CallerContextVerifier.fromJwk(JSON.parse(process.env.BENCH_CONTEXT_PUBLIC_KEY!)),
    clock: systemClock,
    unprotectedForBenchmark: process.env.BENCH_PERMISSIONS === "off",
  });
  process.stdout.write(`ready ${service.url}\n`);
  process.on("SIGTERM", () => void service.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
