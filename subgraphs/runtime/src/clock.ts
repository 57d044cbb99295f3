import { z } from "zod";
import { nodeEnv, readConfig } from "./config.js";
import { isoDate } from "./dates.js";

/**
 * The one source of "today" and "now" for domain decisions: an agreement in force, a certificate
 * held, an action overdue, a statement due, the default reporting period. Rules take the day from
 * here (or as a parameter), never from the machine's date, so a demo or a test can pin it and a
 * rule gives the same answer on any date. Timestamps of writes (created at, audit time) are real
 * time and do not come from here.
 */
export interface Clock {
  /** Today as an ISO day (YYYY-MM-DD, UTC). */
  today(): string;
  /** This instant; on a pinned clock, the real time of day on the pinned day. */
  now(): Date;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return ISO_DAY.test(day) && !Number.isNaN(parsed.getTime()) && isoDate(parsed) === day;
}

/** The machine's clock: what production runs on. */
export const systemClock: Clock = {
  today: () => isoDate(new Date()),
  now: () => new Date(),
};

/** A clock whose today is always `day` (tests, demos, screenshots). */
export function pinnedClock(day: string): Clock {
  if (!isCalendarDay(day)) throw new Error(`A pinned clock needs a day as YYYY-MM-DD, not "${day}"`);
  return {
    today: () => day,
    now: () => new Date(`${day}T${new Date().toISOString().slice(11)}`),
  };
}

/** `PLATFORM_TODAY`: pins the clock for demos and screenshots (development and test only). */
export const platformToday = z
  .string()
  .refine(isCalendarDay, "must be a day as YYYY-MM-DD")
  .optional()
  .describe(
    "pins the platform's today (`YYYY-MM-DD`) for a demo or screenshots; unset, the machine's date; refused in production",
  );

/**
 * A configuration schema's check that production runs on the machine's clock: a pinned clock
 * there would keep lapsed agreements in force.
 */
export function noPinnedClockInProduction(
  env: { NODE_ENV: string; PLATFORM_TODAY?: string },
  ctx: z.RefinementCtx,
): void {
  if (env.NODE_ENV === "production" && env.PLATFORM_TODAY) {
    ctx.addIssue({
      code: "custom",
      path: ["PLATFORM_TODAY"],
      message: "cannot pin the clock in production (unset it)",
    });
  }
}

/** The clock a validated configuration asks for. */
export function clockFrom(config: { PLATFORM_TODAY?: string }): Clock {
  return config.PLATFORM_TODAY ? pinnedClock(config.PLATFORM_TODAY) : systemClock;
}

/** For commands that read nothing else from the environment (imports, seeds). */
export const clockConfigSchema = z
  .object({ NODE_ENV: nodeEnv, PLATFORM_TODAY: platformToday })
  .superRefine(noPinnedClockInProduction);

export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  return clockFrom(readConfig(clockConfigSchema, env));
}
