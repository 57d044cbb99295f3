import type { TracerProvider } from "@opentelemetry/api";
import type { DataSource } from "typeorm";
import { z } from "zod";
import { type Clock, clockFrom, noPinnedClockInProduction, platformToday } from "../clock.js";
import { logLevel, metricsToken, nodeEnv, otlpEndpoint, port, postgresUrl, readConfig } from "../config.js";
import { openDataSource, statementsSent } from "../database/data-source.js";
import { createLogger, type Logger } from "../logger.js";
import { AUDIT_MIGRATIONS } from "../security/audit-migration.js";
import { AuditEvent } from "../security/audit-log.js";
import { CallerContextVerifier } from "../security/caller.js";
import { publicKeySetJson } from "../security/keys.js";
import { otlpTracerProvider } from "../telemetry/otlp.js";
import { stopOnSignals } from "./shutdown.js";
import {
  type BaseContext,
  type DemoSeed,
  type RunningService,
  startSubgraphServer,
  type SubgraphModule,
} from "./subgraph.js";

/** Configuration of a subgraph run as its own service (a container). */
export const subgraphConfigSchema = z
  .object({
    NODE_ENV: nodeEnv,
    DATABASE_URL: postgresUrl.describe(
      "PostgreSQL (`postgres://user:pass@host:5432/db`); the subgraph migrates its own schema in it at start",
    ),
    PORT: port(4001).describe("the port the subgraph listens on"),
    HOST: z.string().default("0.0.0.0").describe("the address the subgraph listens on"),
    DB_POOL_SIZE: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(10)
      .describe("connections in the subgraph's PostgreSQL pool (the connection budget: docs/operations.md)"),
    LOG_LEVEL: logLevel,
    CONTEXT_PUBLIC_KEY: publicKeySetJson.describe(
      'the gateway\'s public JWK that caller contexts are verified with, or a key set `{"keys":[old,new]}` while the signing key rotates',
    ),
    PLATFORM_TODAY: platformToday,
    METRICS_TOKEN: metricsToken,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
  })
  .superRefine(noPinnedClockInProduction);

export interface ServeSubgraphOptions {
  databaseUrl: string;
  port: number;
  host: string;
  production: boolean;
  poolSize: number;
  logger: Logger;
  contextVerifier: CallerContextVerifier;
  /** Where domain decisions take today from. */
  clock: Clock;
  unprotectedForBenchmark?: boolean;
  /** Loads the demo partnerships (the one-command platform does; a deployed service does not). */
  seed?: DemoSeed;
  /** Records the subgraph's spans; nothing is traced without one. */
  tracerProvider?: TracerProvider;
  /** The bearer token Prometheus scrapes GET /metrics with; no metrics endpoint without one. */
  metricsToken?: string;
}

/** The subgraph's data source on its own schema, migrated: what it serves from, or seeds. */
export function openSubgraphDatabase(
  module: Pick<SubgraphModule, "name" | "databaseSchema" | "entities" | "migrations">,
  databaseUrl: string,
  poolSize: number,
): Promise<DataSource> {
  return openDataSource({
    url: databaseUrl,
    schema: module.databaseSchema,
    entities: [...module.entities, AuditEvent],
    migrations: [...module.migrations, ...AUDIT_MIGRATIONS],
    poolSize,
    applicationName: `partnership-${module.name}`,
  });
}

/** Opens the subgraph's data source (migrating it), optionally seeds it, and serves it. */
export async function serveSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  options: ServeSubgraphOptions,
): Promise<RunningService> {
  const dataSource = await openSubgraphDatabase(module, options.databaseUrl, options.poolSize);
  try {
    if (options.seed) await options.seed(dataSource, options.logger, options.clock);
    const service = await startSubgraphServer(module, { ...options, dataSource });
    // Stopping twice (a test that stops a subgraph, then the whole platform) stops once.
    let stopped: Promise<void> | undefined;
    return {
      ...service,
      statements: () => statementsSent(dataSource),
      stop: () =>
        (stopped ??= (async () => {
          await service.stop();
          await dataSource.destroy();
        })()),
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Entry point of a subgraph container: configuration from the environment, stop on signals. */
export async function runSubgraph<TContext extends BaseContext>(module: SubgraphModule<TContext>): Promise<void> {
  let logger = createLogger(module.name);
  try {
    const config = readConfig(subgraphConfigSchema);
    logger = createLogger(module.name, config.LOG_LEVEL);
    const tracerProvider = config.OTEL_EXPORTER_OTLP_ENDPOINT
      ? await otlpTracerProvider(config.OTEL_EXPORTER_OTLP_ENDPOINT, module.name)
      : undefined;
    const service = await serveSubgraph(module, {
      databaseUrl: config.DATABASE_URL,
      port: config.PORT,
      host: config.HOST,
      production: config.NODE_ENV === "production",
      poolSize: config.DB_POOL_SIZE,
      logger,
      contextVerifier: await CallerContextVerifier.fromJwks(config.CONTEXT_PUBLIC_KEY),
      clock: clockFrom(config),
      tracerProvider,
      metricsToken: config.METRICS_TOKEN,
    });
    stopOnSignals(async () => {
      await service.stop();
      // The spans of the last requests are still in the batch: sent before the process exits.
      await tracerProvider?.shutdown();
    }, logger);
  } catch (error) {
    console.error(`${module.name}: ${(error as Error).message}`);
    process.exit(1);
  }
}
