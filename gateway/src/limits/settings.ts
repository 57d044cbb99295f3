import { readConfig } from "@partnership/runtime/edge";
import { z } from "zod";

/** What the gateway refuses before any subgraph is asked: the operation limits, the body cap and the rate limits. */
export interface HardeningSettings {
  /** Deepest field nesting an operation may have (fragments flattened). */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Lexical tokens per document, enforced by the GraphQL parser itself. */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** GraphQL Armor's cost estimate (objects 2, scalars 1, weighted by depth) per operation. */
  maxCost: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Requests each user may send per window; 0 turns the rate limit off. */
  rateLimitRequests: number;
  rateLimitWindowSeconds: number;
  /**
   * Requests each client address may send per window, counted before its token is verified (a
   * flood of forged tokens costs a signature check each otherwise); 0 turns it off. Everyone
   * behind one NAT shares it, so it is set well above the per-user limit.
   */
  ipRateLimitRequests: number;
  ipRateLimitWindowSeconds: number;
  /**
   * Requests each client application (by the name it sends in apollographql-client-name) may send
   * per window, across all its users: one misbehaving partner system is slowed without touching
   * the others; 0 turns it off. Requests that name no client count only per user.
   */
  clientRateLimitRequests: number;
  clientRateLimitWindowSeconds: number;
  /**
   * How many proxies in front of the gateway append to X-Forwarded-For (0: the address of the TCP
   * peer is the client's). Only proxies you run count: a client can write anything in the header.
   */
  trustedProxyHops: number;
  /**
   * The gateway's own limit on receiving a request; every subgraph fetch has a shorter one
   * (SUBGRAPH_TIMEOUT_MS), so a slow subgraph costs its fields, never the whole answer.
   */
  requestTimeoutMs: number;
}

export const DEFAULT_HARDENING: HardeningSettings = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 20_000,
  maxBodyBytes: 1_048_576,
  rateLimitRequests: 600,
  rateLimitWindowSeconds: 60,
  ipRateLimitRequests: 3_000,
  ipRateLimitWindowSeconds: 60,
  clientRateLimitRequests: 6_000,
  clientRateLimitWindowSeconds: 60,
  trustedProxyHops: 0,
  requestTimeoutMs: 30_000,
};

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The environment variables behind {@link HardeningSettings}; every one has a default. */
export const hardeningVariables = {
  MAX_DEPTH: int(2, 100, DEFAULT_HARDENING.maxDepth).describe(
    "deepest field nesting an operation may have, fragments counted through (400 `GRAPHQL_VALIDATION_FAILED`)",
  ),
  MAX_ALIASES: int(0, 1_000, DEFAULT_HARDENING.maxAliases).describe(
    "aliases per operation (400 `GRAPHQL_VALIDATION_FAILED`)",
  ),
  MAX_TOKENS: int(100, 100_000, DEFAULT_HARDENING.maxTokens).describe(
    "lexical tokens per document; the parser stops at the limit (400 `GRAPHQL_PARSE_FAILED`)",
  ),
  MAX_DIRECTIVES: int(0, 1_000, DEFAULT_HARDENING.maxDirectives).describe(
    "directives per operation (400 `GRAPHQL_VALIDATION_FAILED`)",
  ),
  MAX_COST: int(100, 10_000_000, DEFAULT_HARDENING.maxCost).describe(
    "GraphQL Armor's cost estimate per operation: objects 2, scalars 1, weighted by depth (400 `GRAPHQL_VALIDATION_FAILED`)",
  ),
  MAX_BODY_BYTES: int(1_024, 104_857_600, DEFAULT_HARDENING.maxBodyBytes).describe(
    "largest request body accepted, in bytes (413 `PAYLOAD_TOO_LARGE`)",
  ),
  RATE_LIMIT_REQUESTS: int(0, 1_000_000, DEFAULT_HARDENING.rateLimitRequests).describe(
    "requests each signed-in user may send per `RATE_LIMIT_WINDOW_SECONDS`, counted in each replica's memory (429 `RATE_LIMITED` with `Retry-After`); `0` turns it off",
  ),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, DEFAULT_HARDENING.rateLimitWindowSeconds).describe(
    "the window of `RATE_LIMIT_REQUESTS`, in seconds",
  ),
  IP_RATE_LIMIT_REQUESTS: int(0, 10_000_000, DEFAULT_HARDENING.ipRateLimitRequests).describe(
    "requests each client address may send per `IP_RATE_LIMIT_WINDOW_SECONDS`, counted before the token is verified so forged tokens cost no signature checks (429 `RATE_LIMITED`); `0` turns it off",
  ),
  IP_RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, DEFAULT_HARDENING.ipRateLimitWindowSeconds).describe(
    "the window of `IP_RATE_LIMIT_REQUESTS`, in seconds",
  ),
  CLIENT_RATE_LIMIT_REQUESTS: int(0, 10_000_000, DEFAULT_HARDENING.clientRateLimitRequests).describe(
    "requests each client application (`apollographql-client-name`) may send per `CLIENT_RATE_LIMIT_WINDOW_SECONDS` across all its users, so one misbehaving partner system is slowed alone (429 `RATE_LIMITED`); `0` turns it off",
  ),
  CLIENT_RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400, DEFAULT_HARDENING.clientRateLimitWindowSeconds).describe(
    "the window of `CLIENT_RATE_LIMIT_REQUESTS`, in seconds",
  ),
  TRUSTED_PROXY_HOPS: int(0, 10, DEFAULT_HARDENING.trustedProxyHops).describe(
    "how many proxies you run in front of the gateway append to `X-Forwarded-For` (0: the TCP peer's address is the client's)",
  ),
  GATEWAY_TIMEOUT_MS: int(1_000, 600_000, DEFAULT_HARDENING.requestTimeoutMs).describe(
    "a client slower than this to send its request is disconnected (408; a streamed registry upload: silent for this long); must be longer than `SUBGRAPH_TIMEOUT_MS`",
  ),
};

type HardeningVariables = { [K in keyof typeof hardeningVariables]: number };

export function hardeningFromVariables(raw: HardeningVariables): HardeningSettings {
  return {
    maxDepth: raw.MAX_DEPTH,
    maxAliases: raw.MAX_ALIASES,
    maxTokens: raw.MAX_TOKENS,
    maxDirectives: raw.MAX_DIRECTIVES,
    maxCost: raw.MAX_COST,
    maxBodyBytes: raw.MAX_BODY_BYTES,
    rateLimitRequests: raw.RATE_LIMIT_REQUESTS,
    rateLimitWindowSeconds: raw.RATE_LIMIT_WINDOW_SECONDS,
    ipRateLimitRequests: raw.IP_RATE_LIMIT_REQUESTS,
    ipRateLimitWindowSeconds: raw.IP_RATE_LIMIT_WINDOW_SECONDS,
    clientRateLimitRequests: raw.CLIENT_RATE_LIMIT_REQUESTS,
    clientRateLimitWindowSeconds: raw.CLIENT_RATE_LIMIT_WINDOW_SECONDS,
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
    requestTimeoutMs: raw.GATEWAY_TIMEOUT_MS,
  };
}

/** Reads the hardening variables alone (for `npm start`, which configures the gateway in-process). */
export function readHardeningSettings(env: NodeJS.ProcessEnv = process.env): HardeningSettings {
  return hardeningFromVariables(readConfig(z.object(hardeningVariables), env));
}
