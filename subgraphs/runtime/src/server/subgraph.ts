import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import type { DataSource, EntitySchema, MigrationInterface } from "typeorm";
import type { FederatedSchemaDefinition } from "../graphql/federation.js";
import { buildFederatedSchema } from "../graphql/federation.js";
import { ErrorCode } from "../errors.js";
import { AuditTrail, AuditWriter } from "../security/audit-trail.js";
import { CALLER_CONTEXT_HEADER, type Caller, type CallerContextVerifier } from "../security/caller.js";
import { applyPermissions, type RecordAccess } from "../security/permissions.js";
import { formatErrorFor } from "../graphql/format-error.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { createHttpServer, listenOrRelease } from "./listen.js";

/** What the runtime hands every request of every subgraph. */
export interface BaseContext {
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  /** Who is asking, as the gateway vouched for it. */
  caller: Caller;
  /** The sensitive values this request returns, written to the audit log after the response. */
  audit: AuditTrail;
  /** Where this request's domain decisions take today from. */
  clock: Clock;
}

/** Everything the runtime needs to know to migrate, seed, print and serve one subgraph. */
export interface SubgraphModule<TContext extends BaseContext = BaseContext> {
  /** Service name, used in the supergraph and in logs. */
  name: string;
  /** Its PostgreSQL schema. */
  databaseSchema: string;
  entities: Array<Function | EntitySchema>;
  migrations: Array<new () => MigrationInterface>;
  schema: FederatedSchemaDefinition<TContext>;
  /** Record-level access per type name: who owns a record, who takes part in it. */
  recordAccess?: Record<string, RecordAccess<TContext>>;
  /** Per-request context: loaders are created here so caches never outlive a request. */
  createContext(base: BaseContext): TContext;
  /**
   * Loads the demo partnership's rows for this subgraph unless they are already there; what the
   * demo shows as current (agreements in force, certificates due, overdue actions) is placed
   * relative to the clock's today.
   */
  seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void>;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
  /** SQL statements sent so far (subgraphs only), for tests that count them. */
  statements?: () => number;
}

export interface SubgraphServerOptions {
  dataSource: DataSource;
  /** Checks the gateway's signature on the caller context; requests without a valid one get nothing. */
  contextVerifier: CallerContextVerifier;
  port: number;
  host: string;
  production: boolean;
  logger: Logger;
  clock: Clock;
  /** Only for the permissions benchmark's baseline: serve without field permissions and audit. */
  unprotectedForBenchmark?: boolean;
}

/**
 * The gateway's request id (it reuses one signed caller context across a caller's requests, so
 * the id travels beside it); anything that is not a plain id is ignored.
 */
function requestIdOf(header: string | undefined): string | null {
  return header && /^[A-Za-z0-9-]{1,64}$/.test(header) ? header : null;
}

/** Serves a subgraph: `POST /graphql`, `GET /health` (alive) and `GET /ready` (database reachable). */
export async function startSubgraphServer<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  options: SubgraphServerOptions,
): Promise<RunningService> {
  const { dataSource, logger, production, contextVerifier } = options;
  const built = await buildFederatedSchema(module.schema);
  if (built.classification.unclassified.length > 0) {
    throw new Error(
      `${module.name}: fields neither @Sensitive nor @Public: ${built.classification.unclassified.join(", ")}`,
    );
  }
  const schema = options.unprotectedForBenchmark
    ? built.schema
    : applyPermissions(built.schema, built.classification, module.recordAccess as Record<string, RecordAccess>);
  const auditWriter = new AuditWriter(dataSource, logger);
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: module.name });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready", service: module.name });
    } catch (error) {
      logger.warn({ err: error }, "not ready: database unreachable");
      res.status(503).json({ status: "unavailable", service: module.name, reason: "database unreachable" });
    }
  });

  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<TContext>({
    schema,
    // The process owns shutdown (stopOnSignals), in order: gateway, subgraphs, pools, database.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: formatErrorFor(production, logger),
    // Inline traces cost every request and we send none to Apollo Studio; cache hints would wrap
    // every field's resolver and no answer here may be cached (each read is audited).
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              auditWriter.write(contextValue.caller, contextValue.caller.operation ?? null, contextValue.audit);
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await contextVerifier.verify(req.header(CALLER_CONTEXT_HEADER));
        if (!caller) {
          throw new GraphQLError("This service answers only requests that come through the gateway", {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        const requestId = requestIdOf(req.header("x-request-id")) ?? (caller.requestId || randomUUID());
        return module.createContext({
          requestId,
          dataSource,
          logger: logger.child({ requestId }),
          caller: { ...caller, requestId },
          audit: new AuditTrail(),
          clock: options.clock,
        });
      },
    }),
  );
  const { port, url } = await listenOrRelease(httpServer, options.port, options.host, async () => {
    await apollo.stop();
    await auditWriter.stop();
  });
  logger.info({ url }, `${module.name} subgraph ready`);
  return {
    name: module.name,
    url,
    port,
    stop: async () => {
      await apollo.stop();
      await auditWriter.stop();
    },
  };
}
