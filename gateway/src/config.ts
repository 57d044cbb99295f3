import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  ConfigError,
  DEFAULT_CALLER_CONTEXT_TTL_SECONDS,
  httpUrl,
  jwkJson,
  localKeyPair,
  logLevel,
  metricsToken,
  nodeEnv,
  otlpEndpoint,
  port,
  postgresUrl,
  readConfig,
} from "@partnership/runtime/edge";
import type { TracerProvider } from "@opentelemetry/api";
import { SUBGRAPH_ENDPOINTS, SUPERGRAPH_PATH } from "@partnership/supergraph";
import type { JWK } from "jose";
import { z } from "zod";
import { demoIssuer } from "./auth/demo-identity-provider.js";
import { type TrustedIssuer, trustedIssuersJson } from "./auth/trusted-issuers.js";
import { type HardeningSettings, hardeningFromVariables, hardeningVariables } from "./limits/settings.js";
import {
  type TrustedDocuments,
  trustedDocumentsFromVariables,
  trustedDocumentsVariables,
} from "./trusted-documents.js";

/** Local keys of the embedded default, git-ignored at the repository root. */
export const DEFAULT_KEYS_DIR = path.resolve(__dirname, "..", "..", ".data", "keys");

/**
 * The gateway's configuration. In production every subgraph URL, the trusted identity providers
 * and the context signing key must be given; in development they default to the local platform,
 * the demo identity provider (trusted for every agency) and key pairs generated under .data/keys.
 */
export function gatewayConfigSchema(production: boolean) {
  const required = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
    production ? schema : schema.optional().default(fallback as never);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_ENDPOINTS.map(({ name, urlVariable }, index) => [
      urlVariable,
      required(httpUrl, `http://127.0.0.1:${4001 + index}/graphql`).describe(`the ${name} subgraph's GraphQL endpoint`),
    ]),
  );
  return z
    .object({
      NODE_ENV: nodeEnv,
      PORT: port(4000).describe("the port the gateway listens on"),
      HOST: z.string().default("0.0.0.0").describe("the address the gateway listens on"),
      SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH).describe("the composed supergraph the gateway serves"),
      SUBGRAPH_TIMEOUT_MS: z.coerce
        .number()
        .int()
        .min(100)
        .max(120_000)
        .default(10_000)
        .describe("a subgraph request taking longer is abandoned; its fields answer `SERVICE_UNAVAILABLE`"),
      LOG_LEVEL: logLevel,
      TRUSTED_ISSUERS: (production ? trustedIssuersJson(true) : trustedIssuersJson(false).optional()).describe(
        "the identity providers tokens are taken from, as JSON: each with its issuer, keys (`jwksUrl` or `jwks`), audience (default `partnership-graph`) and the agencies it speaks for (docs/architecture.md); or `TRUSTED_ISSUERS_FILE`. Outside production the demo identity provider is trusted too",
      ),
      CONTEXT_PRIVATE_KEY: (production ? jwkJson : jwkJson.optional()).describe(
        "the ES256 private JWK the gateway signs caller contexts with (`npm run keys`); outside production, unset, a key generated in `KEYS_DIR`",
      ),
      CONTEXT_TTL_SECONDS: z.coerce
        .number()
        .int()
        .min(5)
        .max(300)
        .default(DEFAULT_CALLER_CONTEXT_TTL_SECONDS)
        .describe("how long a caller context lives; at least `GATEWAY_TIMEOUT_MS`"),
      KEYS_DIR: z
        .string()
        .default(DEFAULT_KEYS_DIR)
        .describe(
          "outside production: where the demo identity provider's and the caller context's key pairs are kept (generated on first use)",
        ),
      GRANTS_CACHE_TTL_MS: z.coerce
        .number()
        .int()
        .min(0)
        .max(3_600_000)
        .default(30_000)
        .describe(
          "how long a caller's profile (partnership, roles, grants) is cached; the bound on stale grants when `GRANTS_NOTIFY_URL` is unset or its connection is down",
        ),
      GRANTS_NOTIFY_URL: postgresUrl
        .optional()
        .describe(
          "PostgreSQL (governance's database) to `LISTEN` on for agreement changes, so every replica drops its cached grants when one commits; a role with only `CONNECT` is enough",
        ),
      APOLLO_TELEMETRY: z
        .enum(["enabled", "disabled"])
        .default("disabled")
        .describe(
          "`enabled` lets `@apollo/gateway` send Apollo its usage metrics and probe cloud metadata services; any other word than `enabled` or `disabled` stops the gateway at start",
        ),
      METRICS_TOKEN: metricsToken,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
      ...hardeningVariables,
      ...trustedDocumentsVariables,
      ...subgraphUrls,
    })
    .refine((env) => env.SUBGRAPH_TIMEOUT_MS < env.GATEWAY_TIMEOUT_MS, {
      message: "must be longer than SUBGRAPH_TIMEOUT_MS, so a slow subgraph costs its fields, not the request",
      path: ["GATEWAY_TIMEOUT_MS"],
    })
    .refine((env) => env.CONTEXT_TTL_SECONDS * 1000 >= env.GATEWAY_TIMEOUT_MS, {
      message: "must be at least GATEWAY_TIMEOUT_MS, so a request's last subgraph fetch still carries a valid context",
      path: ["CONTEXT_TTL_SECONDS"],
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
  /** The identity providers user tokens are taken from, each for its agencies. */
  trustedIssuers: TrustedIssuer[];
  /** Signs the caller context sent to subgraphs; its `kid` names it to them. */
  contextPrivateJwk: JWK;
  /** How long a caller context lives (DEFAULT_CALLER_CONTEXT_TTL_SECONDS when absent). */
  contextTtlSeconds?: number;
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
  /** The bearer token Prometheus scrapes GET /metrics with (metrics.ts); no metrics endpoint when absent. */
  metricsToken?: string;
  /** Whether the portal's requests are held to its registered operations (trusted-documents.ts); off when absent. */
  trustedDocuments?: TrustedDocuments;
  /** The OTLP/HTTP collector traces are sent to (OTEL_EXPORTER_OTLP_ENDPOINT); none sent when absent. */
  otlpEndpoint?: string;
  /**
   * Records the gateway's spans (main.ts builds one from `otlpEndpoint`; a test passes its own);
   * nothing is traced without one.
   */
  tracerProvider?: TracerProvider;
}

/** The embedded default's key pairs: the demo identity provider's and the caller context's. */
export async function localKeys(keysDir: string) {
  return {
    users: await localKeyPair(path.join(keysDir, "demo-identity-provider.json"), "demo-idp"),
    callerContext: await localKeyPair(path.join(keysDir, "caller-context.json"), "gateway"),
  };
}

/**
 * TRUSTED_ISSUERS_FILE's content in place of TRUSTED_ISSUERS (a list of providers is easier to keep
 * in a mounted file than in one variable); giving both is refused rather than one chosen silently.
 */
async function withTrustedIssuersFile(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const file = env.TRUSTED_ISSUERS_FILE;
  if (!file) return env;
  if (env.TRUSTED_ISSUERS) throw new ConfigError(["give TRUSTED_ISSUERS or TRUSTED_ISSUERS_FILE, not both"]);
  try {
    return { ...env, TRUSTED_ISSUERS: await readFile(file, "utf8") };
  } catch (error) {
    throw new ConfigError([`TRUSTED_ISSUERS_FILE ${file} cannot be read: ${(error as Error).message}`]);
  }
}

/**
 * The issuers a gateway trusts: the configured ones, and outside production the local demo identity
 * provider too, for every agency (so agencies onboarded through the API can sign in on a laptop).
 */
export function withDemoIssuer(configured: TrustedIssuer[], production: boolean, demoPublicJwk?: JWK): TrustedIssuer[] {
  if (production || !demoPublicJwk) return configured;
  return [demoIssuer(demoPublicJwk), ...configured];
}

/**
 * TRUSTED_ISSUERS (or TRUSTED_ISSUERS_FILE) alone, validated as the gateway's own configuration
 * validates it: for `npm start`, which configures the gateway in-process. None given is an empty list.
 */
export async function readTrustedIssuers(env: NodeJS.ProcessEnv, production: boolean): Promise<TrustedIssuer[]> {
  const schema = z.object({ TRUSTED_ISSUERS: trustedIssuersJson(production).optional() });
  return readConfig(schema, await withTrustedIssuersFile(env)).TRUSTED_ISSUERS ?? [];
}

export async function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Promise<GatewayConfig> {
  const production = env.NODE_ENV === "production";
  env = await withTrustedIssuersFile(env);
  // The schema's keys depend on the subgraph list, so its inferred type is not precise.
  const raw = readConfig(gatewayConfigSchema(production), env) as Record<string, unknown> & {
    PORT: number;
    HOST: string;
    SUPERGRAPH_PATH: string;
    SUBGRAPH_TIMEOUT_MS: number;
    LOG_LEVEL: string;
    TRUSTED_ISSUERS?: TrustedIssuer[];
    CONTEXT_PRIVATE_KEY?: JWK;
    CONTEXT_TTL_SECONDS: number;
    KEYS_DIR: string;
    GRANTS_CACHE_TTL_MS: number;
    GRANTS_NOTIFY_URL?: string;
    APOLLO_TELEMETRY: "enabled" | "disabled";
    METRICS_TOKEN?: string;
    OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  } & Parameters<typeof hardeningFromVariables>[0] &
    Parameters<typeof trustedDocumentsFromVariables>[0];
  // Local key pairs only outside production: there the demo identity provider's and a caller-context key.
  const keys = production ? null : await localKeys(raw.KEYS_DIR);
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
    trustedIssuers: withDemoIssuer(raw.TRUSTED_ISSUERS ?? [], production, keys?.users.publicJwk),
    contextPrivateJwk: raw.CONTEXT_PRIVATE_KEY ?? keys!.callerContext.privateJwk,
    contextTtlSeconds: raw.CONTEXT_TTL_SECONDS,
    grantsCacheTtlMs: raw.GRANTS_CACHE_TTL_MS,
    grantsNotifyUrl: raw.GRANTS_NOTIFY_URL,
    hardening: hardeningFromVariables(raw),
    apolloTelemetry: raw.APOLLO_TELEMETRY === "enabled",
    metricsToken: raw.METRICS_TOKEN,
    otlpEndpoint: raw.OTEL_EXPORTER_OTLP_ENDPOINT,
    trustedDocuments: trustedDocumentsFromVariables(raw),
  };
}
