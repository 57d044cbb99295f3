import { HeaderMap } from "@apollo/server";
import { ErrorCode } from "@partnership/runtime/edge";
import { GraphQLError } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Requests per user per window, counted in this gateway's memory (each replica counts its own).
 * A user over the limit gets `429` with `Retry-After` and the `RATE_LIMITED` code; nothing is
 * sent to any subgraph.
 */
export class UserRateLimiter {
  private readonly limiter: RateLimiterMemory | null;

  constructor(
    readonly requests: number,
    readonly windowSeconds: number,
  ) {
    this.limiter = requests > 0 ? new RateLimiterMemory({ points: requests, duration: windowSeconds }) : null;
  }

  /** Counts one request for `key`; throws the typed 429 error when the user is over the limit. */
  async take(key: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(
        `Too many requests: at most ${this.requests} every ${this.windowSeconds} s per user; try again in ${retryAfter} s`,
        {
          extensions: {
            code: ErrorCode.RATE_LIMITED,
            retryAfterSeconds: retryAfter,
            // Apollo reads `http.headers` as a map of headers to set on the response.
            http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) as never },
          },
        },
      );
    }
  }
}
