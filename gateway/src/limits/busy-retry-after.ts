import type { ApolloServerPlugin } from "@apollo/server";

/**
 * A subgraph that had no database connection free answers its fields with `SERVICE_UNAVAILABLE`,
 * reason `BUSY` and `retryAfterSeconds`: the gateway's answer then carries the longest of those as
 * `Retry-After`, as its own rate limits do, so a client's HTTP stack can wait without reading errors.
 */
export function busyRetryAfter<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const waits = (response.body.singleResult.errors ?? [])
            .filter((error) => error.extensions?.reason === "BUSY")
            .map((error) => Number(error.extensions?.retryAfterSeconds))
            .filter((seconds) => Number.isInteger(seconds) && seconds > 0);
          if (waits.length > 0) response.http.headers.set("retry-after", String(Math.max(...waits)));
        },
      };
    },
  };
}
