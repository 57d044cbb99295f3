import { createLogger, localKeyPair } from "@partnership/runtime";
import path from "node:path";
import { launchPlatform } from "../platform/launch.js";

/**
 * One platform for a benchmark, in its own process so the load generator does not share its CPU:
 * BENCH_DATABASE_URL, BENCH_KEYS_DIR, BENCH_PORT, BENCH_PERMISSIONS (on | off). Prints `ready <url>`.
 */
async function main(): Promise<void> {
  const keysDir = process.env.BENCH_KEYS_DIR!;
  const platform = await launchPlatform({
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    gatewayPort: Number(process.env.BENCH_PORT),
    subgraphBasePort: 0,
    production: true,
    poolSize: 10,
    seedDemo: true,
    keys: {
      users: await localKeyPair(path.join(keysDir, "users.json"), "bench-idp"),
      callerContext: await localKeyPair(path.join(keysDir, "context.json"), "bench-gateway"),
    },
    unprotectedForBenchmark: process.env.BENCH_PERMISSIONS === "off",
    logger: createLogger("bench", "error"),
  });
  process.stdout.write(`ready ${platform.gateway.url}\n`);
  process.on("SIGTERM", () => void platform.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
