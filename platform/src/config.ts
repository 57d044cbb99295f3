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
    DATABASE_URL: postgresUrl
      .optional()
      .describe(
        "PostgreSQL to use (`postgres://user:pass@host:5432/db`); unset, an embedded PostgreSQL is started with its data under `DATA_DIR`",
      ),
    DATA_DIR: z
      .string()
      .default(DEFAULT_DATA_DIR)
      .describe("where the embedded PostgreSQL keeps its data (`postgres/`) and the local keys (`keys/`)"),
    PORT: port(4000).describe("the gateway's port"),
    SUBGRAPH_BASE_PORT: port(4001).describe("subgraph _i_ listens on this port + _i_ (governance is first)"),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10).describe("connections per subgraph"),
    LOG_LEVEL: logLevel.default("warn").describe("`fatal` … `trace`, or `silent`; logs are JSON lines (pino)"),
    PLATFORM_TODAY: platformToday,
    METRICS_TOKEN: metricsToken,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
  })
  .superRefine(noPinnedClockInProduction);

export type PlatformConfig = z.infer<typeof platformConfigSchema>;

export function readPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  return readConfig(platformConfigSchema, env);
}
