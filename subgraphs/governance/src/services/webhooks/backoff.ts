/**
 * When a failed delivery is tried again: the `attempts`-th retry waits `schedule[attempts - 1]`,
 * spread by ± `jitter` of itself so endpoints that fail together are not retried in step. Null
 * once the schedule is spent: the delivery has FAILED.
 */
export function retryDelayMs(
  attemptsMade: number,
  schedule: readonly number[],
  jitter: number,
  random: () => number = Math.random,
): number | null {
  const base = schedule[attemptsMade - 1];
  if (base === undefined) return null;
  const spread = base * jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(base + spread));
}

/**
 * Standard Webhooks' recommended schedule after the first attempt (immediately): 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h — eight attempts over about 27 hours, so an endpoint down for most
 * of a day still receives every event.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** Parses a schedule such as "5s,5m,30m,2h"; null when any entry is not a duration. */
export function parseSchedule(text: string): number[] | null {
  const entries = text.split(",").map((entry) => entry.trim());
  const delays = entries.map((entry) => {
    const match = /^(\d+)(ms|s|m|h)$/.exec(entry);
    return match ? Number(match[1]) * UNIT_MS[match[2]!]! : NaN;
  });
  return delays.length > 0 && delays.every((delay) => Number.isFinite(delay) && delay > 0) ? delays : null;
}
