import path from "node:path";
import { createLogger, localKeyPair, systemClock } from "@partnership/runtime";
import { demoIssuer } from "@partnership/gateway";
import { launchPlatform } from "@partnership/platform";

/** The soak's own identity provider: production never trusts the demo one. */
export const SOAK_ISSUER = "partnership-soak-idp";

/**
 * The platform under soak, in its own process so its memory is measured alone: SOAK_DATABASE_URL,
 * SOAK_KEYS_DIR, SOAK_PORT. Loopback only. Answers `memory` messages with its memory use (after a
 * full collection when run with --expose-gc). Prints `ready <url>`.
 */
async function main(): Promise<void> {
  const keysDir = process.env.SOAK_KEYS_DIR!;
  const users = await localKeyPair(path.join(keysDir, "users.json"), "soak-idp");
  const platform = await launchPlatform({
    databaseUrl: process.env.SOAK_DATABASE_URL!,
    gatewayPort: Number(process.env.SOAK_PORT),
    gatewayHost: "127.0.0.1",
    subgraphBasePort: 0,
    production: true,
    poolSize: 10,
    seedDemo: true,
    clock: systemClock,
    keys: {
      users,
      callerContext: await localKeyPair(path.join(keysDir, "context.json"), "soak-gateway"),
    },
    trustedIssuers: [demoIssuer(users.publicJwk, SOAK_ISSUER)],
    // The limiters stay in the path (their cost is part of what is measured) but never refuse.
    hardening: { rateLimitRequests: 1_000_000, rateLimitWindowSeconds: 1, ipRateLimitRequests: 10_000_000 },
    logger: createLogger("soak", "error"),
  });
  process.on("message", (message) => {
    if (message !== "memory") return;
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heapUsed });
  });
  process.stdout.write(`ready ${platform.gateway.url}\n`);
  process.on("SIGTERM", () => void platform.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
