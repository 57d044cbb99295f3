import { REPORT_YEAR } from "./annual-report.js";
import type { RegionalMeasurement, Timing } from "./regional.js";

/** Targets of the many-partnerships stage (issue #24): one partnership's report on the region. */
export const REGION_TARGETS = { reportP50Ms: 300, overAlone: 1.5 };

const ms = (t: Timing) => `${t.p50.toFixed(0)} · ${t.p99.toFixed(0)}`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const heapOf = (options: string) => /--max-old-space-size=(\d+)/.exec(options)?.[1];
const check = (ok: boolean) => (ok ? "met" : "NOT met");

/** The many-partnerships rows of the measures table. */
export function regionalRows(region: RegionalMeasurement | null): string[] {
  if (!region) return ["| many partnerships | not run (BENCH_LARGE=off, or its stage failed) | | |"];
  const { partnerships, concernsPerPartnership: each, report, reportAlone, everyReport, listStatements } = region;
  const seed = `${partnerships} partnerships × ${each.toLocaleString("en-GB")} concerns, one police force in all`;
  const built = Object.entries(region.builtSeconds)
    .map(([kind, seconds]) => `${kind} built in ${seconds!.toFixed(0)} s`)
    .join(", ");
  const ratio = report.p50 / reportAlone.p50;
  const heap = { gateway: heapOf(region.heapLimits.gateway), subgraph: heapOf(region.heapLimits.subgraph) };
  return [
    `| many partnerships: the seed (${seed}; version ${region.seedVersion}${built ? `, ${built}` : ", reused"}) | | | |`,
    `| many partnerships: the police's concern list (50) in one partnership, ${region.list.samples} times, p50 · p99 ms | ${ms(region.list)} | | |`,
    `| many partnerships: a concern page, ${region.detail.samples} times, p50 · p99 ms | ${ms(region.detail)} | | |`,
    `| many partnerships: one partnership's whole annual report, one user alone, ${report.samples} times, p50 · p99 ms | ${ms(report)} | p50 < ${REGION_TARGETS.reportP50Ms} | ${check(report.p50 < REGION_TARGETS.reportP50Ms)} |`,
    `| the same report on a database of that partnership alone, p50 · p99 ms | ${ms(reportAlone)} | | |`,
    `| many partnerships ÷ one partnership, that report's p50 | ${ratio.toFixed(2)} | ≤ ${REGION_TARGETS.overAlone} | ${check(ratio <= REGION_TARGETS.overAlone)} |`,
    `| every partnership's annual report once (${everyReport.samples + everyReport.failures}, ${everyReport.concurrency} at a time), p50 · p99 ms; failed${everyReport.firstFailure ? ` (${everyReport.firstFailure.replaceAll("|", "\\|").slice(0, 200)})` : ""} | ${ms(everyReport)}; ${everyReport.failures} | 0 failed | ${check(everyReport.failures === 0)} |`,
    `| many partnerships: SQL statements, concern list of 10 vs 100 rows | ${listStatements.small} vs ${listStatements.large} | equal | ${check(listStatements.small === listStatements.large)} |`,
    `| many partnerships: caseStatistics of one partnership's year (${REPORT_YEAR.from} to ${REPORT_YEAR.to}), cases subgraph alone, ${region.statistics.samples} times, p50 · p99 ms | ${ms(region.statistics)} | | |`,
    ...Object.entries(region.memory).map(
      ([name, bytes]) =>
        `| many partnerships: ${name === "gateway" ? "gateway" : `${name} subgraph`} RSS under these requests (peak; heap bound ${(name === "gateway" ? heap.gateway : heap.subgraph) ?? "?"} MB) | ${mb(bytes)} | | |`,
    ),
  ];
}
