import { HeaderMap } from "@apollo/server";
import { ErrorCode } from "@partnership/runtime/edge";
import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Requests per key per window, counted in this gateway's memory (each replica counts its own).
 * `consume` answers how many seconds to wait when the key is over its limit, else null.
 */
class WindowLimiter {
  private readonly limiter: RateLimiterMemory | null;

  constructor(
    readonly requests: number,
    readonly windowSeconds: number,
  ) {
    this.limiter = requests > 0 ? new RateLimiterMemory({ points: requests, duration: windowSeconds }) : null;
  }

  async consume(key: string): Promise<number | null> {
    if (!this.limiter) return null;
    try {
      await this.limiter.consume(key);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  }
}

/**
 * Requests per user (or per client application) per window. A caller over the limit gets `429`
 * with `Retry-After` and the `RATE_LIMITED` code; nothing is sent to any subgraph.
 */
export class UserRateLimiter {
  private readonly window: WindowLimiter;

  constructor(
    readonly requests: number,
    readonly windowSeconds: number,
    /** Whose requests are counted, for the refusal: "user" or "client application". */
    private readonly per = "user",
  ) {
    this.window = new WindowLimiter(requests, windowSeconds);
  }

  /** Counts one request for `key`; throws the typed 429 error when the key is over the limit. */
  async take(key: string): Promise<void> {
    const retryAfter = await this.window.consume(key);
    if (retryAfter === null) return;
    throw new GraphQLError(
      `Too many requests: at most ${this.requests} every ${this.windowSeconds} s per ${this.per}; try again in ${retryAfter} s`,
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

/**
 * Requests per client address per window, counted before anything else is done for the request
 * (no body parsed, no token verified), so a flood of forged tokens is refused for the price of a
 * counter. Answered as the per-user limit is: `429`, `Retry-After`, `RATE_LIMITED`. The address is
 * Express's `req.ip`: the TCP peer's, unless `trust proxy` names proxies in front (TRUSTED_PROXY_HOPS).
 */
export function ipRateLimit(requests: number, windowSeconds: number): RequestHandler {
  const window = new WindowLimiter(requests, windowSeconds);
  return (req, res, next) => {
    window.consume(req.ip ?? req.socket.remoteAddress ?? "unknown").then(
      (retryAfter) => {
        if (retryAfter === null) return next();
        res
          .status(429)
          .set("retry-after", String(retryAfter))
          .json({
            errors: [
              {
                message: `Too many requests from your address: at most ${requests} every ${windowSeconds} s; try again in ${retryAfter} s`,
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter },
              },
            ],
          });
      },
      (error: unknown) => next(error),
    );
  };
}
