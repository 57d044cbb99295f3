import type { ApolloServerPlugin } from "@apollo/server";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Caller } from "../security/caller.js";
import { BoundedLabel } from "./bounded-label.js";
import { errorCodesOf } from "./error-codes.js";

/** A connection pool's use at one moment. */
export interface PoolUse {
  total: number;
  idle: number;
  /** Queries waiting for a connection: the pool is the bottleneck when this stays above zero. */
  waiting: number;
}

/** What the gauges read when Prometheus scrapes. */
export interface SubgraphMetricSources {
  pool(): PoolUse | null;
  /** Requests whose audit rows are not yet committed (waiting for, or in, the next INSERT). */
  auditQueueDepth(): number;
}

/** Latency buckets shared with the gateway's, so the two histograms can be compared bucket by bucket. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One subgraph's metrics, in a registry of its own (every service of `npm start` shares a process,
 * and each is scraped at its own /metrics): GraphQL requests and their latency by operation, errors
 * by code, its database pool's use and its audit queue. The operation is the client's, as the
 * gateway signed it into the caller context; a client names its operations, so only the first 100
 * distinct names get a series of their own.
 */
export class SubgraphMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly errors: Counter<"code">;
  private readonly duration: Histogram<"operation">;
  private readonly operations = new BoundedLabel(100);

  constructor(service: string, sources: SubgraphMetricSources) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: "subgraph_" });
    const registers = [this.registry];
    this.requests = new Counter({
      name: "subgraph_graphql_requests_total",
      help: "GraphQL requests answered, by the client's operation and whether the answer had errors.",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.errors = new Counter({
      name: "subgraph_graphql_errors_total",
      help: "Errors in GraphQL answers, by error code (each code once per answer).",
      labelNames: ["code"],
      registers,
    });
    this.duration = new Histogram({
      name: "subgraph_graphql_request_duration_seconds",
      help: "Time from a GraphQL request's start until its answer is ready, by the client's operation.",
      labelNames: ["operation"],
      buckets: BUCKETS,
      registers,
    });
    new Gauge({
      name: "subgraph_db_pool_connections",
      help: "The database pool's connections (total, idle) and the queries waiting for one (waiting).",
      labelNames: ["state"],
      registers,
      collect() {
        const use = sources.pool();
        if (!use) return;
        this.set({ state: "total" }, use.total);
        this.set({ state: "idle" }, use.idle);
        this.set({ state: "waiting" }, use.waiting);
      },
    });
    new Gauge({
      name: "subgraph_audit_queue_depth",
      help: "Requests whose audit rows are waiting for, or in, the audit log's next INSERT.",
      registers,
      collect() {
        this.set(sources.auditQueueDepth());
      },
    });
  }

  /** Counts and times every request that reached execution. */
  plugin<TContext extends { caller?: Caller }>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ contextValue, operationName, response }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const operation = this.operations.of(contextValue?.caller?.operation ?? operationName ?? "anonymous");
            const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
            const codes = errorCodesOf(errors);
            this.requests.inc({ operation, outcome: codes.length > 0 ? "error" : "ok" });
            this.duration.observe({ operation }, seconds);
            for (const code of codes) this.errors.inc({ code });
          },
        };
      },
    };
  }
}
