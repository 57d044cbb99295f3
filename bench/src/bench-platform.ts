import path from "node:path";
import { demoIssuer } from "@partnership/gateway";
import { launchPlatform } from "@partnership/platform";
import { createLogger, type KeyPair, systemClock } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { deployedNodeOptions } from "./deployed.js";
import { type ServiceProcess, startService } from "./services.js";

/** The bench's own key pairs: the users' tokens, and the caller context the gateway signs. */
export interface Keys {
  users: KeyPair;
  callerContext: KeyPair;
}

/**
 * The platform in this process, as production runs it, over a bench database: for counting what
 * a request costs (its subgraph fetches and SQL statements), not for timing it.
 */
export async function launchBenchPlatform(databaseUrl: string, keys: Keys, issuer: string, seedDemo: boolean) {
  const platform = await launchPlatform({
    databaseUrl,
    gatewayPort: 0,
    subgraphBasePort: 0,
    production: true,
    poolSize: 10,
    seedDemo,
    clock: systemClock,
    keys,
    // Production never trusts the demo identity provider: the bench's own issuer, on the same keys.
    trustedIssuers: [demoIssuer(keys.users.publicJwk, issuer)],
    grantsCacheTtlMs: 3_600_000,
    hardening: { rateLimitRequests: 1_000_000, rateLimitWindowSeconds: 1, ipRateLimitRequests: 0 },
    logger: createLogger("bench", "error"),
  });
  const statements = () => platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
  return {
    platform,
    /** The SQL statements `run` costs, the fewest of three: sibling loaders may batch in one wave or two. */
    statementsOf: async (run: () => Promise<unknown>) => {
      let fewest = Infinity;
      for (let i = 0; i < 3; i++) {
        const before = statements();
        await run();
        fewest = Math.min(fewest, statements() - before);
      }
      return fewest;
    },
  };
}

/** This gateway and the subgraphs run with the heaps they are deployed with; the peer gateways keep Node's defaults. */
const DEPLOYED = deployedNodeOptions();

/** Four subgraphs, each in its own process, with the permission layer on or off. */
export async function startSubgraphs(databaseUrl: string, keys: Keys, permissions: "on" | "off") {
  const started: ServiceProcess[] = [];
  try {
    for (const { module } of SUBGRAPHS) {
      started.push(
        await startService(module.name, "serve-subgraph.js", {
          NODE_OPTIONS: DEPLOYED.subgraph,
          BENCH_SUBGRAPH: module.name,
          BENCH_DATABASE_URL: databaseUrl,
          BENCH_CONTEXT_PUBLIC_KEY: JSON.stringify(keys.callerContext.publicJwk),
          BENCH_PERMISSIONS: permissions,
        }),
      );
    }
  } catch (error) {
    for (const service of started.reverse()) await service.stop();
    throw error;
  }
  return started;
}

/** This gateway, and the peers it is measured against on the same subgraphs and supergraph. */
export type GatewayKind = "platform" | "stock" | "hive" | "hive-router";

/**
 * With `cpuProfiles`, the gateway writes a V8 CPU profile into a folder of its kind when it stops.
 * This gateway's process is named "gateway", as the memory rows name it; a peer's by its kind.
 */
export function startGatewayProcess(
  kind: GatewayKind,
  subgraphs: ServiceProcess[],
  keys: Keys,
  cpuProfiles?: string,
): Promise<ServiceProcess> {
  return startService(
    kind === "platform" ? "gateway" : `${kind} gateway`,
    "serve-gateway.js",
    {
      ...(kind === "platform" ? { NODE_OPTIONS: DEPLOYED.gateway } : {}),
      BENCH_GATEWAY: kind,
      BENCH_SUBGRAPH_URLS: JSON.stringify(Object.fromEntries(subgraphs.map((s) => [s.name, s.url]))),
      BENCH_USERS_PUBLIC_KEY: JSON.stringify(keys.users.publicJwk),
      BENCH_CONTEXT_PRIVATE_KEY: JSON.stringify(keys.callerContext.privateJwk),
    },
    cpuProfiles ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(cpuProfiles, kind)}`] : [],
  );
}
