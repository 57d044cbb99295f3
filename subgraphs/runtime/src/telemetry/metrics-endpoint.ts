import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { Registry } from "prom-client";

/** Where Prometheus scrapes each service, with the bearer token the operator configured (METRICS_TOKEN). */
export const METRICS_PATH = "/metrics";

/**
 * GET /metrics for Prometheus, answered only with the configured bearer token (operation names and
 * client names are not for everyone); without a token configured there is nothing here. The same
 * rule on the gateway and on every subgraph.
 */
export function metricsEndpoint(registry: Registry, token: string | undefined): RequestHandler {
  return async (req, res, next) => {
    if (!token) return next();
    const given = Buffer.from(req.header("authorization") ?? "");
    const expected = Buffer.from(`Bearer ${token}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res
        .status(401)
        .set("www-authenticate", "Bearer")
        .json({
          errors: [{ message: "the metrics need the scraper's bearer token", extensions: { code: "UNAUTHENTICATED" } }],
        });
      return;
    }
    res.set("content-type", registry.contentType).send(await registry.metrics());
  };
}
