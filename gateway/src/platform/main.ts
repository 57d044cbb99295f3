import { createLogger, stopOnSignals } from "@partnership/runtime";
import { readPlatformConfig } from "./config.js";
import { openPlatformDatabase, type PlatformDatabase } from "./database.js";
import { launchPlatform } from "./launch.js";

/** `npm start`: database, migrations, demo partnership, every subgraph and the gateway, in one process. */
async function main(): Promise<void> {
  const config = readPlatformConfig();
  const logger = createLogger("platform", config.LOG_LEVEL);
  const started = Date.now();
  let database: PlatformDatabase | undefined;
  try {
    database = await openPlatformDatabase(config.DATABASE_URL, config.DATA_DIR, logger);
    const platform = await launchPlatform({
      databaseUrl: database.url,
      gatewayPort: config.PORT,
      subgraphBasePort: config.SUBGRAPH_BASE_PORT,
      production: config.NODE_ENV === "production",
      poolSize: config.DB_POOL_SIZE,
      seedDemo: true,
      logger,
    });
    const db = database;
    stopOnSignals(async () => {
      await platform.stop();
      await db.stop();
    }, logger);
    const gatewayUrl = `http://localhost:${platform.gateway.port}/graphql`;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      [
        "",
        `Partnership graph is running (started in ${seconds} s)`,
        "",
        `  Gateway:   ${gatewayUrl}   (open it in a browser for the GraphQL IDE)`,
        ...platform.subgraphs.map((s) => `  Subgraph:  ${s.name.padEnd(12)} ${s.url}`),
        `  Database:  ${database.description}`,
        "",
        "  Try:",
        `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
        `    -d '{"query":"{ agencies(first: 20) { totalCount nodes { name sector } } }"}'`,
        "",
        "Stop with Ctrl-C.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    await database?.stop().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
});
