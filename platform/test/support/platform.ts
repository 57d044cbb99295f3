import type { TracerProvider } from "@opentelemetry/api";
import {
  createLogger,
  demoAgencyId,
  demoPartnershipId,
  generateEs256KeyPair,
  type KeyPair,
  type Role,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { DemoIdentityProvider, demoIssuer, type GatewayConfig, type HardeningSettings } from "@partnership/gateway";
import { demoUser } from "../../src/demo-users.js";
import { DEFAULT_DISPATCHER_SETTINGS, type DispatcherSettings } from "@partnership/governance";
import { launchPlatform, type Platform } from "../../src/launch.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { TEST_TODAY, testClock } from "./today.js";

export { TEST_TODAY, testClock } from "./today.js";

/**
 * The issuer of the tests' tokens on a production-mode platform, which never trusts the demo
 * identity provider: the same local key pair, configured as a trusted issuer of its own.
 */
export const TEST_ISSUER = "partnership-test-idp";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface Client {
  token: string | null;
  /** Sends an operation through the gateway over real HTTP, as this client's user. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T> & { status: number }>;
}

export interface TestPlatform {
  platform: Platform;
  database: TestDatabase;
  gatewayUrl: string;
  keys: { users: KeyPair; callerContext: KeyPair };
  /** A signed-in demo user of the agency with this short name, acting in Sandwell's partnership. */
  as(agencyShortName: string, ...roles: Role[]): Promise<Client>;
  /**
   * The same demo user acting in the demo partnership with this short name ("SANDWELL", "TAME"):
   * the directory is given the user's roles there first (a named holding), as that partnership's
   * administrator would.
   */
  asIn(partnershipShortName: string, agencyShortName: string, ...roles: Role[]): Promise<Client>;
  /** No Authorization header at all. */
  anonymous: Client;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as GraphQLResponse<T>), status: response.status };
}

/**
 * The configuration of another gateway replica in front of a test platform's subgraphs, trusting its
 * demo identity provider and signing with its caller-context key: what a test starts with
 * `startGateway` to see how a second replica behaves.
 */
export function replicaGatewayConfig(t: TestPlatform, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    production: false,
    port: 0,
    host: "127.0.0.1",
    supergraphPath: SUPERGRAPH_PATH,
    subgraphTimeoutMs: 5_000,
    logLevel: "silent",
    subgraphUrls: Object.fromEntries(t.platform.subgraphs.map((s) => [s.name, s.url])),
    trustedIssuers: [demoIssuer(t.keys.users.publicJwk)],
    contextPrivateJwk: t.keys.callerContext.privateJwk,
    grantsCacheTtlMs: 30_000,
    ...overrides,
  };
}

/** The header a request names the partnership it acts in with (gateway/src/server.ts). */
export const PARTNERSHIP_HEADER = "x-partnership-id";

export function clientFor(url: string, token: string | null, partnershipId?: string): Client {
  const base: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(partnershipId ? { [PARTNERSHIP_HEADER]: partnershipId } : {}),
  };
  return {
    token,
    query: (query, variables, headers = {}) => postGraphQL(url, query, variables, { ...base, ...headers }),
  };
}

/**
 * The whole platform (every subgraph and the gateway) in this process, on free ports, over a fresh
 * database with the demo data, with key pairs of its own.
 */
export async function startTestPlatform(
  options: {
    grantsCacheTtlMs?: number;
    /** Production semantics: no IDE or introspection, errors masked, field suggestions hidden. */
    production?: boolean;
    hardening?: Partial<HardeningSettings>;
    subgraphTimeoutMs?: number;
    /** A database of the caller's (e.g. on a PostgreSQL server the test stops and starts); dropped by stop(). */
    database?: TestDatabase;
    /** Runs the webhook dispatcher too, with these settings over the defaults (a short loop and backoff). */
    webhooks?: Partial<DispatcherSettings>;
    /** Records every service's spans (a provider with an in-memory exporter); nothing is traced without one. */
    tracerProvider?: TracerProvider;
    /** Serves GET /metrics on every service to this bearer token. */
    metricsToken?: string;
  } = {},
): Promise<TestPlatform> {
  const database = options.database ?? (await createTestDatabase());
  const keys = {
    users: await generateEs256KeyPair("test-idp"),
    callerContext: await generateEs256KeyPair("test-gateway"),
  };
  const production = options.production ?? false;
  const issuer = production ? TEST_ISSUER : undefined;
  try {
    const platform = await launchPlatform({
      databaseUrl: database.url,
      gatewayPort: 0,
      subgraphBasePort: 0,
      production,
      // Outside production the demo identity provider is trusted by default; in production, only as configured.
      trustedIssuers: issuer ? [demoIssuer(keys.users.publicJwk, issuer)] : undefined,
      gatewayHost: "127.0.0.1",
      poolSize: 5,
      seedDemo: true,
      clock: testClock,
      keys,
      grantsCacheTtlMs: options.grantsCacheTtlMs,
      // Every test client is 127.0.0.1: the per-IP limit has its own test (hardening/request-hardening).
      hardening: { ipRateLimitRequests: 0, ...options.hardening },
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      logger: createLogger("test-platform", "silent"),
      webhooks: options.webhooks && { ...DEFAULT_DISPATCHER_SETTINGS, ...options.webhooks },
      tracerProvider: options.tracerProvider,
      metricsToken: options.metricsToken,
    });
    const identityProvider = await DemoIdentityProvider.fromJwk(keys.users.privateJwk, undefined, issuer);
    const gatewayUrl = platform.gateway.url;
    return {
      platform,
      database,
      gatewayUrl,
      keys,
      as: async (shortName, ...roles) =>
        clientFor(gatewayUrl, await identityProvider.issue(demoUser(shortName, roles)), demoPartnershipId("SANDWELL")),
      asIn: async (partnership, shortName, ...roles) => {
        const user = demoUser(shortName, roles);
        const partnershipId = demoPartnershipId(partnership);
        for (const role of roles) {
          await database.query(
            `INSERT INTO governance.partnership_role (partnership_id, agency_id, user_id, role, granted_on)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
            [partnershipId, demoAgencyId(shortName), user.userId, role, TEST_TODAY],
          );
        }
        return clientFor(gatewayUrl, await identityProvider.issue(user), partnershipId);
      },
      anonymous: clientFor(gatewayUrl, null),
      stop: async () => {
        await platform.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
