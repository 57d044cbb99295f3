import { measureStatistics } from "./statistics.js";

/**
 * `npm run bench:statistics`: caseStatistics against the same SQL, on the database
 * `npm run seed:large` filled (DATABASE_URL, by default partnership_bench on 127.0.0.1:5432).
 */
async function main() {
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
  const measured = await measureStatistics(url, Number(process.env.BENCH_ROUNDS ?? 10));
  if (!measured) {
    console.log(`${url} holds too few concerns: run \`npm run seed:large\` first.`);
    return;
  }
  const row = (name: string, { p50, p95 }: { p50: number; p95: number }) =>
    `${name.padEnd(34)} ${p50.toFixed(0).padStart(8)} ${p95.toFixed(0).padStart(8)}`;
  console.log(
    `caseStatistics over ${measured.concerns.toLocaleString("en-GB")} concerns and ${measured.people.toLocaleString("en-GB")} people screened`,
  );
  console.log(`${measured.statements} statements per query, ${measured.rounds} rounds after 2 warm-ups, alternating`);
  console.log(`${"".padEnd(34)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  console.log(row("GraphQL (subgraph over HTTP)", measured.graphql));
  console.log(row("the same SQL, one connection", measured.sequential));
  console.log(`GraphQL ÷ raw SQL (p50): ${(measured.graphql.p50 / measured.sequential.p50).toFixed(2)}`);
  const { users, p50, p99, failures, peakConnections } = measured.concurrent;
  console.log(
    `${users} users at once: p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, ${failures} failed, at most ${peakConnections} of the subgraph's connections in use`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
