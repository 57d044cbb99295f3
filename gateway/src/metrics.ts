import type { ApolloServerPlugin } from "@apollo/server";
import {
  BoundedLabel,
  type ClientIdentity,
  errorCodesOf,
  type Logger,
  METRICS_PATH,
  metricsEndpoint,
} from "@partnership/runtime/edge";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { GatewayContext } from "./gateway.js";

export { METRICS_PATH };

/** Label values for requests that named no client, and for names past the limit of distinct ones. */
const NO_CLIENT = "none";
const OTHER_CLIENTS = "other";
const LABELS = ["client_name", "client_version", "operation_type", "outcome"] as const;

/**
 * The gateway's request metrics, per client application: requests and their durations, labelled
 * by the client's name and version, the operation's type and whether it answered without errors.
 * A client names itself, so only the first `maxClients` distinct name and version pairs get a label
 * of their own; later ones count as "other" (a client inventing names cannot grow the series).
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<(typeof LABELS)[number]>;
  private readonly duration: Histogram<(typeof LABELS)[number]>;
  private readonly errors: Counter<"code">;
  private readonly operationDuration: Histogram<"operation">;
  private readonly clients: BoundedLabel;
  private readonly operations = new BoundedLabel(100);

  constructor(maxClients = 50) {
    // A name and version pair is one label value: the pair, not each half, is what is bounded.
    this.clients = new BoundedLabel(maxClients, OTHER_CLIENTS, Number.POSITIVE_INFINITY);
    collectDefaultMetrics({ register: this.registry, prefix: "gateway_" });
    this.requests = new Counter({
      name: "gateway_graphql_requests_total",
      help: "GraphQL requests answered, by client application, operation type and outcome.",
      labelNames: LABELS,
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: "gateway_graphql_request_duration_seconds",
      help: "Time from a GraphQL request's start to its answer, by client application, operation type and outcome.",
      labelNames: LABELS,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: "gateway_graphql_errors_total",
      help: "Errors in GraphQL answers, by error code (each code once per answer).",
      labelNames: ["code"],
      registers: [this.registry],
    });
    this.operationDuration = new Histogram({
      name: "gateway_graphql_operation_duration_seconds",
      help: "Time from a GraphQL request's start to its answer, by operation name.",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  private clientLabels(client: ClientIdentity | null | undefined): { client_name: string; client_version: string } {
    if (!client) return { client_name: NO_CLIENT, client_version: NO_CLIENT };
    // The separator cannot be in a name, so no pair's key is the overflow label itself.
    if (this.clients.of(`${client.name}\u0000${client.version ?? ""}`) === OTHER_CLIENTS)
      return { client_name: OTHER_CLIENTS, client_version: OTHER_CLIENTS };
    return { client_name: client.name, client_version: client.version ?? NO_CLIENT };
  }

  /**
   * Counts and times every request that reached execution, and logs one line for it with its
   * client: which partner system sent what, and how it went.
   */
  plugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ contextValue, operation, operationName, errors, response }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const client = contextValue.caller?.client ?? null;
            // The answer's errors as the client gets them (codes added, masked in production).
            const sent = response?.body.kind === "single" ? response.body.singleResult.errors : errors;
            const codes = errorCodesOf(sent ?? errors);
            const labels = {
              ...this.clientLabels(client),
              operation_type: operation?.operation ?? "unknown",
              outcome: codes.length > 0 ? "error" : "ok",
            };
            this.requests.inc(labels);
            this.duration.observe(labels, seconds);
            this.operationDuration.observe({ operation: this.operations.of(operationName ?? "anonymous") }, seconds);
            for (const code of codes) this.errors.inc({ code });
            logger.info(
              {
                requestId: contextValue.requestId,
                operation: operationName ?? null,
                client: client ? `${client.name}${client.version ? `@${client.version}` : ""}` : null,
                outcome: labels.outcome,
                ms: Math.round(seconds * 1000),
              },
              "graphql request",
            );
          },
        };
      },
    };
  }

  /** GET /metrics for Prometheus, with the scraper's bearer token (metricsEndpoint). */
  handler(token: string | undefined): RequestHandler {
    return metricsEndpoint(this.registry, token);
  }
}
