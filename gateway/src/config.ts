import path from "node:path";
import {
  httpUrl,
  jwkJson,
  localKeyPair,
  logLevel,
  nodeEnv,
  port,
  postgresUrl,
  readConfig,
} from "@partnership/runtime/edge";
import { SUBGRAPH_ENDPOINTS, SUPERGRAPH_PATH } from "@partnership/schema/endpoints";
import type { JWK } from "jose";
import { z } from "zod";
import { DEFAULT_AUDIENCE, DEMO_ISSUER } from "./auth/demo-identity-provider.js";
import type { UserTokenOptions } from "./auth/user-token.js";
import { type HardeningSettings, hardeningFromVariables, hardeningVariables } from "./limits/settings.js";

/** Local keys of the embedded default, git-ignored at the repository root. */
export const DEFAULT_KEYS_DIR = path.resolve(__dirname, "..", "..", ".data", "keys");

/**
 * The gateway's configuration. In production every subgraph URL, the identity provider and the
 * context signing key must be given; in development they default to the local platform and to
 * key pairs generated under .data/keys.
 */
export function gatewayConfigSchema(production: boolean) {
  const required = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
    production ? schema : schema.optional().default(fallback as never);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_ENDPOINTS.map(({ urlVariable }, index) => [
      urlVariable,
      required(httpUrl, `http://127.0.0.1:${4001 + index}/graphql`),
    ]),
  );
  return z
    .object({
      NODE_ENV: nodeEnv,
      PORT: port(4000),
      HOST: z.string().default("0.0.0.0"),
      SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
      LOG_LEVEL: logLevel,
      AUTH_ISSUER: required(z.string().min(1), DEMO_ISSUER),
      AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
      AUTH_JWKS_URL: production ? httpUrl : httpUrl.optional(),
      CONTEXT_PRIVATE_KEY: production ? jwkJson : jwkJson.optional(),
      KEYS_DIR: z.string().default(DEFAULT_KEYS_DIR),
      GRANTS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
      GRANTS_NOTIFY_URL: postgresUrl.optional(),
      // Opt-in: Apollo's telemetry leaves the machine. Only "enabled" turns it on; any other word stops the
      // gateway at start rather than being guessed at.
      APOLLO_TELEMETRY: z.enum(["enabled", "disabled"]).default("disabled"),
      ...hardeningVariables,
      ...subgraphUrls,
    })
    .refine((env) => env.SUBGRAPH_TIMEOUT_MS < env.GATEWAY_TIMEOUT_MS, {
      message: "must be longer than SUBGRAPH_TIMEOUT_MS, so a slow subgraph costs its fields, not the request",
      path: ["GATEWAY_TIMEOUT_MS"],
    });
}

export interface GatewayConfig {
  production: boolean;
  port: number;
  host: string;
  supergraphPath: string;
  subgraphTimeoutMs: number;
  logLevel: string;
  /** Subgraph name → URL of its GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
  auth: UserTokenOptions;
  /** Signs the caller context sent to subgraphs. */
  contextPrivateJwk: JWK;
  /** How long an agency's grants are cached; an agreement change reaches every replica within it. */
  grantsCacheTtlMs: number;
  /**
   * PostgreSQL to LISTEN on for agreement changes (the governance subgraph's database), so every
   * replica drops its cached grants at once; without it, a change reaches other replicas within
   * `grantsCacheTtlMs`.
   */
  grantsNotifyUrl?: string;
  /** Operation limits, body cap, rate limit and the gateway's own request timeout (DEFAULT_HARDENING when absent). */
  hardening?: HardeningSettings;
  /** Apollo's usage metrics and cloud probes (telemetry.ts); off when absent. */
  apolloTelemetry?: boolean;
}

/** The embedded default's key pairs: the demo identity provider's and the caller context's. */
export async function localKeys(keysDir: string) {
  return {
    users: await localKeyPair(path.join(keysDir, "demo-identity-provider.json"), "demo-idp"),
    callerContext: await localKeyPair(path.join(keysDir, "caller-context.json"), "gateway"),
  };
}

export async function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  const production = env.NODE_ENV === "production";
  // The schema's keys depend on the subgraph list, so its inferred type is not precise.
  const raw = readConfig(gatewayConfigSchema(production), env) as Record<string, unknown> & {
    PORT: number;
    HOST: string;
    SUPERGRAPH_PATH: string;
    SUBGRAPH_TIMEOUT_MS: number;
    LOG_LEVEL: string;
    AUTH_ISSUER: string;
    AUTH_AUDIENCE: string;
    AUTH_JWKS_URL?: string;
    CONTEXT_PRIVATE_KEY?: JWK;
    KEYS_DIR: string;
    GRANTS_CACHE_TTL_MS: number;
    GRANTS_NOTIFY_URL?: string;
    APOLLO_TELEMETRY: "enabled" | "disabled";
  } & Parameters<typeof hardeningFromVariables>[0];
  const keys = raw.AUTH_JWKS_URL && raw.CONTEXT_PRIVATE_KEY ? null : await localKeys(raw.KEYS_DIR);
  return {
    production,
    port: raw.PORT,
    host: raw.HOST,
    supergraphPath: raw.SUPERGRAPH_PATH,
    subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS,
    logLevel: raw.LOG_LEVEL,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_ENDPOINTS.map(({ name, urlVariable }) => [name, String(raw[urlVariable])]),
    ),
    auth: raw.AUTH_JWKS_URL
      ? { issuer: raw.AUTH_ISSUER, audience: raw.AUTH_AUDIENCE, jwksUrl: raw.AUTH_JWKS_URL }
      : { issuer: raw.AUTH_ISSUER, audience: raw.AUTH_AUDIENCE, publicJwk: keys!.users.publicJwk },
    contextPrivateJwk: raw.CONTEXT_PRIVATE_KEY ?? keys!.callerContext.privateJwk,
    grantsCacheTtlMs: raw.GRANTS_CACHE_TTL_MS,
    grantsNotifyUrl: raw.GRANTS_NOTIFY_URL,
    hardening: hardeningFromVariables(raw),
    apolloTelemetry: raw.APOLLO_TELEMETRY === "enabled",
  };
}
