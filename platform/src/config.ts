import path from "node:path";
import {
  logLevel,
  metricsToken,
  nodeEnv,
  otlpEndpoint,
  noPinnedClockInProduction,
  platformToday,
  port,
  postgresUrl,
  readConfig,
} from "@partnership/runtime";
import { z } from "zod";

/** Where the embedded database and the local keys live, git-ignored at the repository root. */
const DEFAULT_DATA_DIR = path.resolve(__dirname, "..", "..", ".data");

/** Configuration of `npm start`, the whole platform in one process. */
export const platformConfigSchema = z
  .object({
    NODE_ENV: nodeEnv,
    DATABASE_URL: postgresUrl.optional(),
    DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
    PORT: port(4000),
    SUBGRAPH_BASE_PORT: port(4001),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    LOG_LEVEL: logLevel.default("warn"),
    /** Pins the platform's today (YYYY-MM-DD) for demos and screenshots; refused in production. */
    PLATFORM_TODAY: platformToday,
    METRICS_TOKEN: metricsToken,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
  })
  .superRefine(noPinnedClockInProduction);

export type PlatformConfig = z.infer<typeof platformConfigSchema>;

export function readPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  return readConfig(platformConfigSchema, env);
}
