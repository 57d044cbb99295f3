import { timingSafeEqual } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ClientIdentity, Logger } from "@partnership/runtime/edge";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { GatewayContext } from "./gateway.js";

/** Where Prometheus scrapes the gateway, with the bearer token the operator configured (METRICS_TOKEN). */
export const METRICS_PATH = "/metrics";

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
  private readonly labelled = new Set<string>();

  constructor(private readonly maxClients = 50) {
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
  }

  private clientLabels(client: ClientIdentity | null | undefined): { client_name: string; client_version: string } {
    if (!client) return { client_name: NO_CLIENT, client_version: NO_CLIENT };
    const key = `${client.name}\u0000${client.version ?? ""}`;
    if (!this.labelled.has(key) && this.labelled.size >= this.maxClients)
      return { client_name: OTHER_CLIENTS, client_version: OTHER_CLIENTS };
    this.labelled.add(key);
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
          willSendResponse: async ({ contextValue, operation, operationName, errors }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const client = contextValue.caller?.client ?? null;
            const labels = {
              ...this.clientLabels(client),
              operation_type: operation?.operation ?? "unknown",
              outcome: errors?.length ? "error" : "ok",
            };
            this.requests.inc(labels);
            this.duration.observe(labels, seconds);
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

  /**
   * GET /metrics for Prometheus, answered only with the configured bearer token (operation types
   * and client names are not for everyone); without a token configured there is nothing here.
   */
  handler(token: string | undefined): RequestHandler {
    return async (req, res, next) => {
      if (!token) return next();
      const given = Buffer.from(req.header("authorization") ?? "");
      const expected = Buffer.from(`Bearer ${token}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res
          .status(401)
          .set("www-authenticate", "Bearer")
          .json({
            errors: [
              { message: "the metrics need the scraper's bearer token", extensions: { code: "UNAUTHENTICATED" } },
            ],
          });
        return;
      }
      res.set("content-type", this.registry.contentType).send(await this.registry.metrics());
    };
  }
}
