import { readFileSync } from "node:fs";
import { DEFAULT_HARDENING, demoIssuer, startGateway } from "@partnership/gateway";
import { createLogger } from "@partnership/runtime/edge";
import { SUPERGRAPH_PATH } from "@partnership/supergraph";
import { startHiveGateway } from "./hive-gateway.js";
import { startStockGateway } from "./stock-gateway.js";

/**
 * One gateway in a process of its own, for the benchmark: BENCH_GATEWAY (platform | stock | hive |
 * hive-router),
 * BENCH_SUBGRAPH_URLS (JSON, name → URL), BENCH_USERS_PUBLIC_KEY and BENCH_CONTEXT_PRIVATE_KEY
 * (JWK JSON). Prints `ready <url>`.
 */
async function main(): Promise<void> {
  const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS!) as Record<string, string>;
  const trustedIssuers = [demoIssuer(JSON.parse(process.env.BENCH_USERS_PUBLIC_KEY!))];
  const contextPrivateJwk = JSON.parse(process.env.BENCH_CONTEXT_PRIVATE_KEY!);
  const logger = createLogger("gateway", "error");
  const kind = process.env.BENCH_GATEWAY;
  if (kind === "stock" || kind === "hive" || kind === "hive-router") {
    const peerOptions = {
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, "utf8"),
      subgraphUrls,
      trustedIssuers,
      contextPrivateJwk,
      logger,
    };
    const peer =
      kind === "stock"
        ? await startStockGateway(peerOptions)
        : await startHiveGateway({ ...peerOptions, planner: kind });
    process.stdout.write(`ready ${peer.url}\n`);
    process.on("SIGTERM", () => void peer.stop().then(() => process.exit(0)));
    return;
  }
  const gateway = await startGateway(
    {
      production: true,
      port: 0,
      host: "127.0.0.1",
      supergraphPath: SUPERGRAPH_PATH,
      subgraphTimeoutMs: 10_000,
      logLevel: "error",
      subgraphUrls,
      trustedIssuers,
      contextPrivateJwk,
      grantsCacheTtlMs: 30_000,
      // Every limit stays in the path (its cost is measured) but the rate limit never refuses.
      hardening: {
        ...DEFAULT_HARDENING,
        rateLimitRequests: 1_000_000,
        rateLimitWindowSeconds: 1,
        ipRateLimitRequests: 0,
      },
    },
    logger,
  );
  process.stdout.write(`ready ${gateway.url}\n`);
  process.on("SIGTERM", () => void gateway.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
