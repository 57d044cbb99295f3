import type { LoadResult } from "./load.js";
import type { StatisticsMeasurement } from "./statistics.js";

/** Everything one `npm run bench` measured, printed as one table. */
export interface Measurements {
  machine: string;
  settings: { seconds: number; rounds: number; connections: number };
  scenarios: Array<{
    title: string;
    /** Subgraph fetches the gateway makes for it, and in how many waves. */
    fetches: number;
    waves: number;
    /** SQL statements one request costs, over every subgraph. */
    statements: number;
    gateway: LoadResult[];
    direct: LoadResult[];
    platform: LoadResult[];
    stock: LoadResult[];
    /** Through the gateway with the subgraphs' permission layer (shield rules, audit) on and off. */
    permissions?: { on: LoadResult[]; off: LoadResult[] };
  }>;
  listStatements: { small: number; large: number };
  /** Peak RSS under load, bytes, by service. */
  memory: Record<string, number>;
  startupSeconds: number | null;
  statistics: StatisticsMeasurement | null;
}

const mean = (runs: LoadResult[], pick: (run: LoadResult) => number) =>
  runs.reduce((sum, run) => sum + pick(run), 0) / Math.max(1, runs.length);

const perSecond = (runs: LoadResult[]) => mean(runs, (r) => r.perSecond);
const cpu = (runs: LoadResult[]) => mean(runs, (r) => r.gatewayCpuMs ?? 0);
const failures = (runs: LoadResult[]) => runs.reduce((sum, r) => sum + r.failures, 0);

/** The suite's ratios and their targets. */
export function ratios(m: Measurements) {
  const list = m.scenarios[0]!;
  return {
    gatewayOverDirect: perSecond(list.gateway) / perSecond(list.direct),
    platformOverStock: perSecond(list.platform) / perSecond(list.stock),
    permissionsOnOverOff: perSecond(list.permissions!.on) / perSecond(list.permissions!.off),
    cpuStockOverPlatform: cpu(list.stock) / cpu(list.platform),
    statisticsOverSql: m.statistics ? m.statistics.graphql.p50 / m.statistics.parallel.p50 : null,
  };
}

/** The one table `npm run bench` prints (Markdown, so it can go into docs/benchmarks.md as it is). */
export function renderTable(m: Measurements): string {
  const fmt = (n: number) => n.toFixed(0);
  const lines = [
    `Machine: ${m.machine}`,
    `Load: ${m.settings.connections} connections, ${m.settings.seconds} s a run, ${m.settings.rounds} rounds alternating A B A B after a warm-up; figures are the mean of the rounds.`,
    "",
    "| scenario | fetches (waves) | SQL / request | gateway req/s · p50 · p99 ms | direct ops/s · p50 · p99 ms | gateway ÷ direct | this gateway req/s (autocannon) · p50 · p99 | stock gateway req/s · p50 · p99 | this ÷ stock | gateway CPU ms / request, this · stock |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const s of m.scenarios) {
    const triple = (runs: LoadResult[]) =>
      `${fmt(perSecond(runs))} · ${fmt(mean(runs, (r) => r.p50))} · ${fmt(mean(runs, (r) => r.p99))}`;
    lines.push(
      `| ${s.title} | ${s.fetches} (${s.waves}) | ${s.statements} | ${triple(s.gateway)} | ${triple(s.direct)} | ${(perSecond(s.gateway) / perSecond(s.direct)).toFixed(2)} | ${triple(s.platform)} | ${triple(s.stock)} | ${(perSecond(s.platform) / perSecond(s.stock)).toFixed(2)} | ${cpu(s.platform).toFixed(2)} · ${cpu(s.stock).toFixed(2)} |`,
    );
  }
  const r = ratios(m);
  const allRuns = m.scenarios.flatMap((s) => [
    ...s.gateway,
    ...s.direct,
    ...s.platform,
    ...s.stock,
    ...(s.permissions ? [...s.permissions.on, ...s.permissions.off] : []),
  ]);
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const check = (ok: boolean) => (ok ? "met" : "NOT met");
  lines.push(
    "",
    "| measure | figure | target | |",
    "| --- | --- | --- | --- |",
    `| gateway ÷ direct, concern list | ${r.gatewayOverDirect.toFixed(2)} | ≥ 0.5 | ${check(r.gatewayOverDirect >= 0.5)} |`,
    `| this gateway ÷ stock @apollo/gateway, concern list | ${r.platformOverStock.toFixed(2)} | ≥ 1.5 | ${check(r.platformOverStock >= 1.5)} |`,
    `| stock ÷ this gateway, gateway CPU per request, concern list | ${r.cpuStockOverPlatform.toFixed(2)} | | |`,
    ...m.scenarios
      .filter((s) => s.permissions)
      .map(
        (s) =>
          `| permissions on ÷ off, ${s.title} (${fmt(perSecond(s.permissions!.on))} ÷ ${fmt(perSecond(s.permissions!.off))} req/s) | ${(perSecond(s.permissions!.on) / perSecond(s.permissions!.off)).toFixed(2)} | ≥ 0.90 | ${check(perSecond(s.permissions!.on) / perSecond(s.permissions!.off) >= 0.9)} |`,
      ),
    `| SQL statements, concern list of 10 vs 100 rows | ${m.listStatements.small} vs ${m.listStatements.large} | equal | ${check(m.listStatements.small === m.listStatements.large)} |`,
    m.statistics
      ? `| statistics ÷ raw SQL (${m.statistics.concerns.toLocaleString("en-GB")} concerns, ${m.statistics.people.toLocaleString("en-GB")} people; p50 ${fmt(m.statistics.graphql.p50)} ÷ ${fmt(m.statistics.parallel.p50)} ms) | ${r.statisticsOverSql!.toFixed(2)} | ≤ 1.5 | ${check(r.statisticsOverSql! <= 1.5)} |`
      : "| statistics ÷ raw SQL | not run (BENCH_LARGE=off) | ≤ 1.5 | |",
    `| gateway RSS under load (peak) | ${mb(m.memory.gateway ?? 0)} | ≤ 300 MB | ${check((m.memory.gateway ?? Infinity) <= 300 * 2 ** 20)} |`,
    ...Object.entries(m.memory)
      .filter(([name]) => name !== "gateway")
      .map(([name, bytes]) => `| ${name} subgraph RSS under load (peak) | ${mb(bytes)} | | |`),
    m.startupSeconds === null
      ? "| fresh `npm start` → first answer | not run | ≤ 15 s | |"
      : `| fresh \`npm start\` → first answer (new data directory: initdb, migrations, demo data) | ${m.startupSeconds.toFixed(1)} s | ≤ 15 s | ${check(m.startupSeconds <= 15)} |`,
    `| failed requests in all runs | ${failures(allRuns)} | 0 | |`,
  );
  return lines.join("\n");
}
