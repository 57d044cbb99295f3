import { logLevel, nodeEnv, noPinnedClockInProduction, platformToday, port, postgresUrl } from "@partnership/runtime";
import { z } from "zod";
import { platformConfigSchema } from "./config.js";

/*
 * The operator commands' configuration, apart from the commands themselves: importing a command runs
 * it, and the configuration reference (config-reference.ts) reads these schemas without running anything.
 */

/** A command that works on a deployment's database, or else on the embedded one `npm start` uses. */
const operatorDatabaseUrl = postgresUrl
  .optional()
  .describe("PostgreSQL to work on; unset, the embedded database `npm start` uses, under `DATA_DIR`");

/** `npm run audit:verify`. */
export const auditVerifyConfigSchema = z.object({
  DATABASE_URL: operatorDatabaseUrl,
  DATA_DIR: platformConfigSchema.shape.DATA_DIR,
});

/** `npm run retention` and the nightly CronJob; the clock comes from NODE_ENV and PLATFORM_TODAY. */
export const retentionConfigSchema = z.object({
  DATABASE_URL: operatorDatabaseUrl,
  DATA_DIR: platformConfigSchema.shape.DATA_DIR,
});

/** `npm run webhooks` and the webhook-dispatcher Deployment; the loop's settings are the WEBHOOK_* variables. */
export const webhooksConfigSchema = z
  .object({
    NODE_ENV: nodeEnv,
    DATABASE_URL: operatorDatabaseUrl,
    DATA_DIR: platformConfigSchema.shape.DATA_DIR,
    PLATFORM_TODAY: platformToday,
    LOG_LEVEL: logLevel,
    WEBHOOK_HEALTH_PORT: port(0).describe("where `/health` and `/ready` answer (the Kubernetes probes); `0` for none"),
  })
  .superRefine(noPinnedClockInProduction);

/** `npm run token`: the demo identity provider's key is kept under DATA_DIR. */
export const tokenConfigSchema = z.object({ DATA_DIR: platformConfigSchema.shape.DATA_DIR });
