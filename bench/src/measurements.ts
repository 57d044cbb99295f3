import { type AnnualReportMeasurement, COUNTING_CONNECTIONS_PER_REQUEST } from "./annual-report.js";
import type { LoadResult } from "./load.js";
import type { RegionalMeasurement } from "./regional.js";
import { regionalRows } from "./regional-rows.js";
import type { StatisticsMeasurement } from "./statistics.js";

/** One page through the gateway with the subgraphs' permission layer on and off, round by round. */
export interface Permissions {
  on: LoadResult[];
  off: LoadResult[];
  target: number;
}

/** Everything one `npm run bench` measured, printed as one table. */
export interface Measurements {
  machine: string;
  /** `peerSeconds`: a run's length when this gateway and its three peers alternate. */
  settings: { seconds: number; peerSeconds: number; rounds: number; connections: number };
  scenarios: Array<{
    title: string;
    /** Subgraph fetches the gateway makes for it, and in how many waves. */
    fetches: number;
    waves: number;
    /** SQL statements one request costs, over every subgraph. */
    statements: number;
    gateway: LoadResult[];
    direct: LoadResult[];
    /** This gateway and its peers on the same subgraphs and supergraph, alternating A B C D. */
    platform: LoadResult[];
    stock: LoadResult[];
    /** Hive Gateway with its own query planner, and with Hive Router's (Rust, a native addon). */
    hive: LoadResult[];
    hiveRouter: LoadResult[];
    /**
     * Through the gateway with the subgraphs' permission layer (shield rules, audit) on and off, and
     * the on ÷ off (requests a second) the page must keep.
     */
    permissions?: Permissions;
  }>;
  /** Null until (or unless) the stage that counts them has run. */
  listStatements: { small: number; large: number } | null;
  /** Peak RSS under load, bytes, by service. */
  memory: Record<string, number>;
  startupSeconds: number | null;
  statistics: StatisticsMeasurement | null;
  /** Users asking for the whole annual report at once, on the large seed. */
  annualReports: AnnualReportMeasurement | null;
  /** Many partnerships sharing one police force, through the gateway. */
  region: RegionalMeasurement | null;
  /** The stages that failed, by name, with why: the figures of the others stand. */
  failedStages: Array<{ stage: string; error: string }>;
}

const mean = (runs: LoadResult[], pick: (run: LoadResult) => number) =>
  runs.reduce((sum, run) => sum + pick(run), 0) / Math.max(1, runs.length);

const perSecond = (runs: LoadResult[]) => mean(runs, (r) => r.perSecond);
const cpu = (runs: LoadResult[]) => mean(runs, (r) => r.gatewayCpuMs ?? 0);
const failures = (runs: LoadResult[]) => runs.reduce((sum, r) => sum + r.failures, 0);

/**
 * Where the permission layer's cost falls: each process's CPU a request with the layer on and off
 * (the mean of the rounds), and all of them together. Empty when the runs recorded none.
 */
export function permissionCostRow(title: string, { on, off }: Pick<Permissions, "on" | "off">): string[] {
  const names = [...new Set([...on, ...off].flatMap((run) => Object.keys(run.processCpuMs ?? {})))];
  if (names.length === 0) return [];
  const of = (runs: LoadResult[], name: string) => mean(runs, (r) => r.processCpuMs?.[name] ?? 0);
  const all = (runs: LoadResult[]) => names.reduce((sum, name) => sum + of(runs, name), 0);
  const pair = (label: string, a: number, b: number) => `${label} ${a.toFixed(2)} · ${b.toFixed(2)}`;
  const cells = [...names.map((name) => pair(name, of(on, name), of(off, name))), pair("all", all(on), all(off))];
  return [`| permissions on · off, ms of CPU a request by process, ${title} | ${cells.join(", ")} | | |`];
}

/**
 * Permissions on ÷ off in requests a second, the mean of the rounds against the page's target,
 * with each round's own ratio: on this machine one round's throughput can differ from the next
 * by a quarter, and the spread says how far one run's figure can be trusted.
 */
export function permissionRatioRow(title: string, { on, off, target }: Permissions): string {
  const ratio = perSecond(on) / perSecond(off);
  const rounds = on.map((run, i) => (run.perSecond / (off[i]?.perSecond ?? Number.NaN)).toFixed(2)).join(" · ");
  const requests = `${perSecond(on).toFixed(0)} ÷ ${perSecond(off).toFixed(0)} req/s; by round ${rounds}`;
  return `| permissions on ÷ off, ${title} (${requests}) | ${ratio.toFixed(2)} | ≥ ${target.toFixed(2)} | ${ratio >= target ? "met" : "NOT met"} |`;
}

/** The suite's ratios and their targets; a ratio whose stage did not run (or failed) is null. */
export function ratios(m: Measurements) {
  const list = m.scenarios[0];
  return {
    gatewayOverDirect: list ? perSecond(list.gateway) / perSecond(list.direct) : null,
    platformOverStock: list ? perSecond(list.platform) / perSecond(list.stock) : null,
    cpuStockOverPlatform: list ? cpu(list.stock) / cpu(list.platform) : null,
    statisticsOverSql: m.statistics ? m.statistics.graphql.p50 / m.statistics.sequential.p50 : null,
  };
}

/** One scenario's row of the table, printed as soon as its stage ends. */
export function scenarioRow(s: Measurements["scenarios"][number]): string {
  const fmt = (n: number) => n.toFixed(0);
  const triple = (runs: LoadResult[]) =>
    `${fmt(perSecond(runs))} · ${fmt(mean(runs, (r) => r.p50))} · ${fmt(mean(runs, (r) => r.p99))}`;
  return `| ${s.title} | ${s.fetches} (${s.waves}) | ${s.statements} | ${triple(s.gateway)} | ${triple(s.direct)} | ${(perSecond(s.gateway) / perSecond(s.direct)).toFixed(2)} | ${triple(s.platform)} | ${triple(s.stock)} | ${(perSecond(s.platform) / perSecond(s.stock)).toFixed(2)} | ${cpu(s.platform).toFixed(2)} · ${cpu(s.stock).toFixed(2)} | ${triple(s.hive)} | ${triple(s.hiveRouter)} | ${cpu(s.hive).toFixed(2)} · ${cpu(s.hiveRouter).toFixed(2)} |`;
}

/** The peers this gateway is measured against, by name, with their runs. */
function peersOf(s: Measurements["scenarios"][number]): Array<[string, LoadResult[]]> {
  return [
    ["stock @apollo/gateway", s.stock],
    ["Hive Gateway", s.hive],
    ["Hive Gateway on Hive Router's planner", s.hiveRouter],
  ];
}

/**
 * One scenario's line of the measures table: this gateway's CPU per request over each peer's
 * (below 1: this gateway spends less), and the fastest peer by CPU per request and by throughput.
 */
export function peerRow(s: Measurements["scenarios"][number]): string {
  const peers = peersOf(s);
  const ratios = peers.map(([, runs]) => (cpu(s.platform) / cpu(runs)).toFixed(2)).join(" · ");
  const leanest = peers.reduce((best, peer) => (cpu(peer[1]) < cpu(best[1]) ? peer : best));
  const busiest = peers.reduce((best, peer) => (perSecond(peer[1]) > perSecond(best[1]) ? peer : best));
  return `| this gateway's CPU per request ÷ each peer's (stock · Hive · Hive Router), ${s.title}; fastest peer: ${leanest[0]} (${cpu(leanest[1]).toFixed(2)} ms of CPU a request), most req/s: ${busiest[0]} (${perSecond(busiest[1]).toFixed(0)}) | ${ratios} | | |`;
}

/** The statistics row, printed as soon as its stage ends. */
export function statisticsRows(statistics: StatisticsMeasurement | null): string[] {
  if (!statistics) return ["| statistics ÷ raw SQL | not run (BENCH_LARGE=off, or its stage failed) | ≤ 1.5 | |"];
  const fmt = (n: number) => n.toFixed(0);
  const ratio = statistics.graphql.p50 / statistics.sequential.p50;
  return [
    `| statistics ÷ raw SQL (one partnership: ${statistics.concerns.toLocaleString("en-GB")} concerns, ${statistics.people.toLocaleString("en-GB")} people, 2010–2018, of ${statistics.databaseConcerns.toLocaleString("en-GB")} concerns in the database; p50 ${fmt(statistics.graphql.p50)} ÷ ${fmt(statistics.sequential.p50)} ms) | ${ratio.toFixed(2)} | ≤ 1.5 | ${ratio <= 1.5 ? "met" : "NOT met"} |`,
  ];
}

/** The annual report rows, printed as soon as their stage ends. */
export function annualReportRows(report: AnnualReportMeasurement | null): string[] {
  if (!report)
    return ["| users asking for the annual report at once | not run (BENCH_LARGE=off, or its stage failed) | | |"];
  const { users, rounds, p50, p99, aloneP50, failures, firstFailure, values, connections, connectionsAlone, poolSize } =
    report;
  const bound = users * COUNTING_CONNECTIONS_PER_REQUEST;
  const year = `${report.period.from} to ${report.period.to}`;
  return [
    `| ${users} users at once, ${rounds} times, each asking for the whole annual report (${values} values from every subgraph, ${year}): p50 · p99 ms (one user alone: p50 ${aloneP50.toFixed(0)} ms) | ${p50.toFixed(0)} · ${p99.toFixed(0)} | | |`,
    `| failed annual reports | ${failures}${firstFailure ? ` (${firstFailure.replaceAll("|", "\\|").slice(0, 200)})` : ""} | 0 | ${failures === 0 ? "met" : "NOT met"} |`,
    `| the cases subgraph's connections counting figures at once: ${users} reports · one alone (in use for anything: ${connections.all} · ${connectionsAlone.all}; pool ${poolSize}) | ${connections.counting} · ${connectionsAlone.counting} | ≤ ${bound} · ≤ ${COUNTING_CONNECTIONS_PER_REQUEST} | ${connections.counting <= bound && connectionsAlone.counting <= COUNTING_CONNECTIONS_PER_REQUEST ? "met" : "NOT met"} |`,
  ];
}

/** The one table `npm run bench` prints (Markdown, so it can go into docs/benchmarks.md as it is); partial when stages failed. */
export function renderTable(m: Measurements): string {
  const lines = [
    `Machine: ${m.machine}`,
    `Load: ${m.settings.connections} connections, ${m.settings.seconds} s a run, ${m.settings.rounds} rounds alternating A B A B after a warm-up; figures are the mean of the rounds. This gateway and its three peers alternate A B C D in runs of ${m.settings.peerSeconds} s.`,
    "",
    SCENARIO_HEADER,
    SCENARIO_RULE,
    ...m.scenarios.map(scenarioRow),
  ];
  const r = ratios(m);
  const allRuns = m.scenarios.flatMap((s) => [
    ...s.gateway,
    ...s.direct,
    ...s.platform,
    ...s.stock,
    ...s.hive,
    ...s.hiveRouter,
    ...(s.permissions ? [...s.permissions.on, ...s.permissions.off] : []),
  ]);
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const check = (ok: boolean) => (ok ? "met" : "NOT met");
  const figure = (value: number | null) => (value === null ? "not measured" : value.toFixed(2));
  const verdict = (value: number | null, ok: (v: number) => boolean) => (value === null ? "" : check(ok(value)));
  lines.push(
    "",
    "| measure | figure | target | |",
    "| --- | --- | --- | --- |",
    `| gateway ÷ direct, concern list | ${figure(r.gatewayOverDirect)} | ≥ 0.5 | ${verdict(r.gatewayOverDirect, (v) => v >= 0.5)} |`,
    `| this gateway ÷ stock @apollo/gateway, concern list | ${figure(r.platformOverStock)} | ≥ 1.5 | ${verdict(r.platformOverStock, (v) => v >= 1.5)} |`,
    `| stock ÷ this gateway, gateway CPU per request, concern list | ${figure(r.cpuStockOverPlatform)} | | |`,
    ...m.scenarios.map(peerRow),
    ...m.scenarios.flatMap((s) => (s.permissions ? [permissionRatioRow(s.title, s.permissions)] : [])),
    ...m.scenarios.flatMap((s) => (s.permissions ? permissionCostRow(s.title, s.permissions) : [])),
    m.listStatements
      ? `| SQL statements, concern list of 10 vs 100 rows | ${m.listStatements.small} vs ${m.listStatements.large} | equal | ${check(m.listStatements.small === m.listStatements.large)} |`
      : "| SQL statements, concern list of 10 vs 100 rows | not measured | equal | |",
    ...statisticsRows(m.statistics),
    ...annualReportRows(m.annualReports),
    ...regionalRows(m.region),
    `| gateway RSS under load (peak) | ${m.memory.gateway === undefined ? "not measured" : mb(m.memory.gateway)} | ≤ 300 MB | ${m.memory.gateway === undefined ? "" : check(m.memory.gateway <= 300 * 2 ** 20)} |`,
    ...Object.entries(m.memory)
      .filter(([name]) => name !== "gateway")
      .map(([name, bytes]) => `| ${name} subgraph RSS under load (peak) | ${mb(bytes)} | | |`),
    m.startupSeconds === null
      ? "| fresh `npm start` → first answer | not measured | ≤ 15 s | |"
      : `| fresh \`npm start\` → first answer (new data directory: initdb, migrations, demo data) | ${m.startupSeconds.toFixed(1)} s | ≤ 15 s | ${check(m.startupSeconds <= 15)} |`,
    `| failed requests in all runs | ${failures(allRuns)} | 0 | |`,
    ...m.failedStages.map(
      ({ stage, error }) => `| stage FAILED: ${stage} | ${error.replaceAll("|", "\\|").slice(0, 300)} | | |`,
    ),
  );
  return lines.join("\n");
}

/** The scenario table's header, printed once before the first scenario's row. */
export const SCENARIO_HEADER =
  "| scenario | fetches (waves) | SQL / request | gateway req/s · p50 · p99 ms | direct ops/s · p50 · p99 ms | gateway ÷ direct | this gateway req/s (autocannon) · p50 · p99 | stock gateway req/s · p50 · p99 | this ÷ stock | gateway CPU ms / request, this · stock | Hive Gateway req/s · p50 · p99 | Hive Router req/s · p50 · p99 | gateway CPU ms / request, Hive · Hive Router |";

/** The Markdown rule under the scenario table's header, one cell a column. */
export const SCENARIO_RULE = `|${" --- |".repeat(SCENARIO_HEADER.split(" | ").length)}`;
