import { readConfig } from "@partnership/runtime";
import { z } from "zod";
import { DEFAULT_RETRY_SCHEDULE_MS, parseSchedule } from "./backoff.js";

/** How the dispatcher runs: its loop, the retry schedule, and what one attempt may take. */
export interface DispatcherSettings {
  /** Pause between cycles (fan out, then deliver what is due). */
  intervalMs: number;
  /** The wait before each retry after the first attempt; when spent, the delivery has FAILED. */
  retryScheduleMs: readonly number[];
  /** Each wait is spread by ± this fraction of itself (0 to 1). */
  jitter: number;
  /** One attempt's time limit: connecting, sending and the endpoint's answer. */
  timeoutMs: number;
  /** Events fanned out, and deliveries attempted, per transaction. */
  batchSize: number;
  /** How often the scans (agreements expiring, certificates due) run; they announce each event once however often. */
  scanIntervalMs: number;
}

export const DEFAULT_DISPATCHER_SETTINGS: DispatcherSettings = {
  intervalMs: 5_000,
  retryScheduleMs: DEFAULT_RETRY_SCHEDULE_MS,
  jitter: 0.2,
  timeoutMs: 10_000,
  batchSize: 100,
  scanIntervalMs: 60_000,
};

const milliseconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The dispatcher's variables; each has a default, so none is required. */
export const dispatcherConfigSchema = z.object({
  WEBHOOK_INTERVAL_MS: milliseconds(50, 600_000)
    .default(DEFAULT_DISPATCHER_SETTINGS.intervalMs)
    .describe("the dispatcher's pause between cycles"),
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return DEFAULT_RETRY_SCHEDULE_MS;
      const schedule = parseSchedule(text);
      if (schedule) return schedule;
      ctx.addIssue({ code: "custom", message: "must be durations separated by commas, e.g. 5s,5m,30m,2h" });
      return z.NEVER;
    })
    .describe(
      "the wait before each retry after the first attempt, as durations separated by commas (`ms`, `s`, `m`, `h`); when spent, the delivery has `FAILED`",
    ),
  WEBHOOK_JITTER: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(DEFAULT_DISPATCHER_SETTINGS.jitter)
    .describe("each retry's wait is spread by ± this fraction of itself (0 to 1)"),
  WEBHOOK_TIMEOUT_MS: milliseconds(100, 60_000)
    .default(DEFAULT_DISPATCHER_SETTINGS.timeoutMs)
    .describe("one delivery attempt's time limit: connecting, sending and the endpoint's answer"),
  WEBHOOK_BATCH_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .default(DEFAULT_DISPATCHER_SETTINGS.batchSize)
    .describe("events fanned out, and deliveries attempted, per transaction"),
  WEBHOOK_SCAN_INTERVAL_MS: milliseconds(0, 86_400_000)
    .default(DEFAULT_DISPATCHER_SETTINGS.scanIntervalMs)
    .describe(
      "how often the expiring-agreement and certificate-due scans run; they announce each event once however often",
    ),
});

/** The dispatcher's settings from the environment, validated once at start-up. */
export function readDispatcherSettings(env: NodeJS.ProcessEnv = process.env): DispatcherSettings {
  const config = readConfig(dispatcherConfigSchema, env);
  return {
    intervalMs: config.WEBHOOK_INTERVAL_MS,
    retryScheduleMs: config.WEBHOOK_RETRY_SCHEDULE,
    jitter: config.WEBHOOK_JITTER,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    batchSize: config.WEBHOOK_BATCH_SIZE,
    scanIntervalMs: config.WEBHOOK_SCAN_INTERVAL_MS,
  };
}
