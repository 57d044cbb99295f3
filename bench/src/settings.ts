import { postgresUrl, readConfig } from "@partnership/runtime";
import { z } from "zod";

/** `npm run bench`'s settings, read once from the environment; every one has a default. */
export const benchSettingsSchema = z.object({
  /** A PostgreSQL server to use instead of an embedded one; the suite makes its own databases on it. */
  DATABASE_URL: postgresUrl.optional(),
  /** Seconds of load per run. */
  BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(8),
  /** A B A B rounds per comparison; the first round of each pair is preceded by a warm-up. */
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(20).default(2),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1_000).default(10),
  /**
   * Seconds of load per run when this gateway and its three peers (stock @apollo/gateway, Hive
   * Gateway, Hive Gateway on Hive Router's planner) alternate A B C D: half of BENCH_SECONDS' 8, so
   * four arms take the time two took and `npm run bench` stays within its 15 minutes.
   */
  BENCH_PEER_SECONDS: z.coerce.number().int().min(1).max(600).default(4),
  /**
   * A folder where this gateway and its peers each write a V8 CPU profile (node --cpu-prof, one
   * folder a gateway) when they stop: to see where each spends its CPU. Profiling slows them all.
   */
  BENCH_CPU_PROFILES: z.string().min(1).optional(),
  /**
   * Whether to run the large stages on the region of 100 partnerships (1,000,000 concerns): seeded
   * once into bench/.cache (or DATABASE_URL's server) and reused while the seed's code is unchanged.
   */
  BENCH_LARGE: z.enum(["on", "off"]).default("on"),
  /** Statistics rounds on the large dataset. */
  BENCH_STATISTICS_ROUNDS: z.coerce.number().int().min(1).max(100).default(5),
  /** Where the figures are saved after every stage (Markdown, and JSON beside it). */
  BENCH_OUTPUT: z.string().min(1).default(".data/bench/latest.md"),
});

export type BenchSettings = z.infer<typeof benchSettingsSchema>;

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return readConfig(benchSettingsSchema, env);
}
