import { spawn } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadResult } from "./load.js";
import { permissionCostRow, permissionRatioRow } from "./measurements.js";
import { cpuMilliseconds, postgresCpuMilliseconds } from "./services.js";

const run = (processCpuMs?: Record<string, number>): LoadResult => ({
  perSecond: 10,
  p50: 1,
  p99: 2,
  failures: 0,
  processCpuMs,
});

describe("where the permission layer's cost falls", () => {
  it("gives each process's mean CPU a request on and off, and all of them together", () => {
    const on = [run({ gateway: 6, cases: 10, PostgreSQL: 4 }), run({ gateway: 7, cases: 12, PostgreSQL: 4 })];
    const off = [run({ gateway: 5, cases: 8, PostgreSQL: 3 }), run({ gateway: 5, cases: 8, PostgreSQL: 2 })];
    expect(permissionCostRow("concern list (50)", { on, off })).toEqual([
      "| permissions on · off, ms of CPU a request by process, concern list (50) | gateway 6.50 · 5.00, cases 11.00 · 8.00, PostgreSQL 4.00 · 2.50, all 21.50 · 15.50 | | |",
    ]);
  });

  it("prints nothing for runs that recorded no process's CPU", () => {
    expect(permissionCostRow("annual report", { on: [run()], off: [run()] })).toEqual([]);
  });
});

describe("permissions on ÷ off", () => {
  const at = (perSecond: number): LoadResult => ({ perSecond, p50: 1, p99: 2, failures: 0 });

  it("gives the mean of the rounds against the page's own target, with each round's ratio", () => {
    expect(permissionRatioRow("annual report", { on: [at(50), at(56)], off: [at(50), at(62)], target: 0.95 })).toBe(
      "| permissions on ÷ off, annual report (53 ÷ 56 req/s; by round 1.00 · 0.90) | 0.95 | ≥ 0.95 | NOT met |",
    );
    expect(permissionRatioRow("concern list (50)", { on: [at(90)], off: [at(100)], target: 0.9 })).toBe(
      "| permissions on ÷ off, concern list (50) (90 ÷ 100 req/s; by round 0.90) | 0.90 | ≥ 0.90 | met |",
    );
  });
});

describe("PostgreSQL's CPU", () => {
  it("counts a running process named postgres, while it runs", { timeout: 30_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "bench-postgres-cpu-"));
    const named = path.join(folder, "postgres");
    // A shell (not Node, which renames its main thread) under the name the sum looks for, busy
    // until killed. Its CPU counts while it lives and leaves the sum when it exits (its parent is
    // this test, not a postmaster): the drop is its share, whatever other servers on the machine do.
    await symlink("/bin/sh", named);
    const child = spawn(named, ["-c", "while :; do :; done"]);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      while ((await cpuMilliseconds(child.pid!)) < 2_000) await new Promise((resolve) => setTimeout(resolve, 50));
      const burnt = await cpuMilliseconds(child.pid!);
      const start = process.hrtime.bigint();
      const withIt = await postgresCpuMilliseconds();
      child.kill("SIGKILL");
      await exited;
      const withoutIt = (await postgresCpuMilliseconds()) ?? 0;
      // Other postgres processes (a test database's, under a parallel test) ran meanwhile: at most
      // every core for the whole window, plus a clock tick of rounding for each read.
      const othersAtMost = (cpus().length * Number(process.hrtime.bigint() - start)) / 1e6 + 20;
      expect(withIt).not.toBeNull();
      expect(withIt! - withoutIt).toBeGreaterThanOrEqual(burnt - othersAtMost);
      // Else the drop would prove nothing.
      expect(othersAtMost).toBeLessThan(burnt);
    } finally {
      child.kill("SIGKILL");
      await rm(folder, { recursive: true, force: true });
    }
  });
});
