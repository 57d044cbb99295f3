import { ApolloServer, type ApolloServerPlugin, HeaderMap } from "@apollo/server";
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
import { AuditTrail, AuditWriter, withholdValues } from "../security/audit-trail.js";
import { IDEMPOTENCY_KEY_HEADER, type IdempotencyClaim, IdempotencyStore } from "../security/idempotency.js";
import { CALLER_CONTEXT_HEADER, type Caller, type CallerContextVerifier } from "../security/caller.js";
import { applyPermissions, type RecordAccess } from "../security/permissions.js";
import { formatErrorFor } from "../graphql/format-error.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { TracerProvider } from "@opentelemetry/api";
import { poolUse } from "../database/pool-use.js";
import { traceQueries } from "../database/query-spans.js";
import { graphqlSpans } from "../telemetry/graphql-spans.js";
import { METRICS_PATH, metricsEndpoint } from "../telemetry/metrics-endpoint.js";
import { SubgraphMetrics } from "../telemetry/metrics.js";
import { annotateActiveSpan, serverSpans, serviceTracer } from "../telemetry/tracing.js";
import { createHttpServer, listenOrRelease } from "./listen.js";
import { RequestResources } from "./request-resources.js";

/** What the runtime hands every request of every subgraph. */
export interface BaseContext {
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  /** Who is asking, as the gateway vouched for it. */
  caller: Caller;
  /**
   * The signed caller context exactly as the gateway sent it: a subgraph that asks another for
   * something on this request's behalf (cases asking the directory) forwards it, so the other
   * applies its own rules to the same caller and audits the read as theirs.
   */
  callerContext?: string;
  /** The sensitive values this request returns and refuses, written to the audit log before the response leaves. */
  audit: AuditTrail;
  /** Where this request's domain decisions take today from. */
  clock: Clock;
  /** What the request holds until its answer is ready (a read transaction's connection). */
  resources: RequestResources;
  /**
   * Aborted when the HTTP request is abandoned before its answer is sent (the client went away, or
   * the gateway timed it out): long writes check it and roll back rather than commit unreported.
   */
  signal?: AbortSignal;
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
   * HTTP routes beside `/graphql`, for what a GraphQL request cannot carry (a file of any size,
   * streamed). They get the same signed caller context from the gateway and write the same audit log.
   */
  routes?(app: express.Express, services: SubgraphRouteServices): void;
}

/** The HTTP types a subgraph's own routes are written against (its package need not depend on express). */
export type SubgraphApp = express.Express;
export type SubgraphRequest = express.Request;
export type SubgraphResponse = express.Response;

/** What a subgraph's own HTTP routes are given: the same checks and records as its GraphQL. */
export interface SubgraphRouteServices {
  dataSource: DataSource;
  logger: Logger;
  clock: Clock;
  /** The caller the gateway signed into the request's context, or null when there is no valid one. */
  callerOf(req: express.Request): Promise<Caller | null>;
  /** Writes a request's audit trail (committed before it resolves), as the GraphQL answers' are. */
  audit(caller: Caller, trail: AuditTrail): Promise<void>;
  /** Aborted when the response closes before it was sent in full. */
  abandonedSignal(res: express.Response): AbortSignal;
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
  /**
   * Records the subgraph's spans (its requests, as children of the gateway's fetch, and their SQL);
   * nothing is traced without one.
   */
  tracerProvider?: TracerProvider;
  /** The bearer token Prometheus scrapes GET /metrics with; no metrics endpoint without one. */
  metricsToken?: string;
}

/**
 * What happens around every operation: a mutation sent with an `Idempotency-Key` runs once
 * (idempotency.ts); and the audit rows of what the answer carries are committed before it leaves,
 * so no value is ever out without its row, even if the process is killed the next instant. If the
 * rows cannot be written, the values are withheld from the answer instead (withholdValues). The
 * two share one hook because their order matters: the stored answer is the one the client got.
 */
function auditAndIdempotency<TContext extends BaseContext>(
  auditWriter: AuditWriter,
  idempotency: IdempotencyStore,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let claim: IdempotencyClaim | null = null;
      return {
        async responseForOperation({ request, operation, contextValue }) {
          const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
          if (operation.operation !== "mutation" || key === undefined) return null;
          const start = await idempotency.begin(key, contextValue.caller, request, contextValue.clock.now());
          if (start.kind === "run") {
            claim = start.claim;
            return null;
          }
          // A stored answer sent again is a new disclosure of its values: it gets rows of its own.
          for (const entry of start.audit) contextValue.audit.record(entry);
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: start.result },
          };
        },
        async willSendResponse({ contextValue, response }) {
          // A request refused before it had a caller (no valid context) read nothing.
          if (!contextValue?.audit) return;
          const body = response.body;
          try {
            await auditWriter.write(contextValue.caller, contextValue.audit);
          } catch (error) {
            // (No @defer here: an answer is always single. Were it not, nothing could be withheld.)
            if (body.kind !== "single") throw error;
            body.singleResult = withholdValues(
              body.singleResult,
              contextValue.audit.entries,
            ) as typeof body.singleResult;
          }
          if (claim && body.kind === "single")
            await idempotency.finish(claim, body.singleResult, contextValue.audit.entries, contextValue.clock.now());
        },
      };
    },
  };
}

/** Gives back what a request held (a read transaction's connection) once its answer is ready. */
function releaseRequestResources<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          // A request refused before it had a context holds nothing.
          await contextValue?.resources?.release().catch((error: unknown) => {
            logger.warn({ err: error }, "a request's resources could not all be released");
          });
        },
      };
    },
  };
}

/** Aborted when the response closes before it was sent in full: the client or the gateway gave up. */
function abandonedSignal(res: express.Response): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
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
  const idempotency = new IdempotencyStore(dataSource, logger);
  const metrics = new SubgraphMetrics(module.name, {
    pool: () => poolUse(dataSource),
    auditQueueDepth: () => auditWriter.depth,
  });
  const tracer = serviceTracer(options.tracerProvider, module.name);
  if (tracer) traceQueries(dataSource, tracer, module.databaseSchema);
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
  app.get(METRICS_PATH, metricsEndpoint(metrics.registry, options.metricsToken));

  module.routes?.(app, {
    dataSource,
    logger,
    clock: options.clock,
    callerOf: (req) => contextVerifier.verify(req.header(CALLER_CONTEXT_HEADER)),
    audit: (caller, trail) => auditWriter.write(caller, trail),
    abandonedSignal,
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
      auditAndIdempotency<TContext>(auditWriter, idempotency),
      releaseRequestResources<TContext>(logger),
      metrics.plugin<TContext>(),
      ...(tracer ? [graphqlSpans<TContext>()] : []),
    ],
  });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    // The gateway's fetch span is the parent, through the traceparent header it sent.
    ...(tracer ? [serverSpans(tracer, true)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const callerContext = req.header(CALLER_CONTEXT_HEADER);
        const caller = await contextVerifier.verify(callerContext);
        if (!caller) {
          throw new GraphQLError("This service answers only requests that come through the gateway", {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        }
        // The request id is the one signed into the context (rid), never a header beside it.
        const { requestId } = caller;
        annotateActiveSpan({ "partnership.request_id": requestId });
        return module.createContext({
          requestId,
          dataSource,
          logger: logger.child({ requestId }),
          caller,
          callerContext,
          audit: new AuditTrail(),
          clock: options.clock,
          resources: new RequestResources(),
          signal: abandonedSignal(res),
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

/**
 * Loads the demo partnerships' rows for one subgraph unless they are already there; what the demo
 * shows as current (agreements in force, certificates due, overdue actions) is placed relative to
 * the clock's today. A subgraph's seed is its package's `./seed` entry, which no service loads: the
 * development platform and the tests pass it in.
 */
export type DemoSeed = (dataSource: DataSource, logger: Logger, clock: Clock) => Promise<void>;
