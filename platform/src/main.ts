import path from "node:path";
import { readDispatcherSettings } from "@partnership/governance";
import { clockFrom, createLogger, stopOnSignals } from "@partnership/runtime";
import {
  DemoIdentityProvider,
  localKeys,
  readHardeningSettings,
  readTrustedDocuments,
  readTrustedIssuers,
} from "@partnership/gateway";
import { readPlatformConfig } from "./config.js";
import { openPlatformDatabase, type PlatformDatabase } from "./database.js";
import { DEMO_USERS } from "./demo-users.js";
import { launchPlatform } from "./launch.js";

/** `npm start`: database, migrations, demo partnership, every subgraph and the gateway, in one process. */
async function main(): Promise<void> {
  const config = readPlatformConfig();
  const production = config.NODE_ENV === "production";
  const trustedIssuers = await readTrustedIssuers(process.env, production);
  // Checked before anything starts: production never falls back to the demo identity provider.
  if (production && trustedIssuers.length === 0)
    throw new Error(
      "production trusts no identity provider: set TRUSTED_ISSUERS (or TRUSTED_ISSUERS_FILE) to your agencies' identity providers; the demo identity provider is never trusted in production",
    );
  const logger = createLogger("platform", config.LOG_LEVEL);
  const started = performance.now();
  let database: PlatformDatabase | undefined;
  try {
    const keys = await localKeys(path.join(config.DATA_DIR, "keys"));
    database = await openPlatformDatabase(config.DATABASE_URL, config.DATA_DIR, logger);
    const platform = await launchPlatform({
      hardening: readHardeningSettings(),
      trustedDocuments: readTrustedDocuments(),
      databaseUrl: database.url,
      gatewayPort: config.PORT,
      subgraphBasePort: config.SUBGRAPH_BASE_PORT,
      production,
      trustedIssuers,
      poolSize: config.DB_POOL_SIZE,
      seedDemo: true,
      clock: clockFrom(config),
      keys,
      logger,
      metricsToken: config.METRICS_TOKEN,
      otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
      // Partner systems' webhooks are delivered from this process too (docs/operations.md, "Webhooks").
      webhooks: readDispatcherSettings(),
    });
    const db = database;
    stopOnSignals(async () => {
      await platform.stop();
      await db.stop();
    }, logger);
    const gatewayUrl = `http://localhost:${platform.gateway.port}/graphql`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (production) {
      // No demo user exists here: sign-in is your identity providers', and no token is printed.
      console.log(
        [
          "",
          `Partnership graph is running in production mode (started in ${seconds} s)`,
          "",
          `  Gateway:   ${gatewayUrl}`,
          ...platform.subgraphs.map((s) => `  Subgraph:  ${s.name.padEnd(12)} ${s.url}`),
          `  Database:  ${database.description}`,
          `  Identity providers trusted: ${trustedIssuers.map((issuer) => issuer.issuer).join(", ")}`,
          "",
          "Stop with Ctrl-C.",
          "",
        ].join("\n"),
      );
      return;
    }
    const identityProvider = await DemoIdentityProvider.fromJwk(keys.users.privateJwk);
    const tokens = await Promise.all(
      DEMO_USERS.map(async ({ label, user }) => ({ label, token: await identityProvider.issue(user) })),
    );
    console.log(
      [
        "",
        `Partnership graph is running (started in ${seconds} s)`,
        "",
        `  Gateway:   ${gatewayUrl}   (open it in a browser for the GraphQL IDE)`,
        `  Portal:    ${gatewayUrl.replace("/graphql", "/portal/")}   (the partner portal: sign in as any demo user)`,
        ...platform.subgraphs.map((s) => `  Subgraph:  ${s.name.padEnd(12)} ${s.url}`),
        `  Database:  ${database.description}`,
        "",
        "  Demo users (tokens valid 12 hours; `npm run token -- --agency <short name> --role <role>` makes more):",
        ...tokens.flatMap(({ label, token }) => [`  ${label}:`, `    ${token}`]),
        "",
        "  Try, as the police officer:",
        `  TOKEN=${tokens[0]!.token.slice(0, 12)}…   # paste the whole token`,
        `  curl -s ${gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
        `    -d '{"query":"{ people(first: 5) { nodes { name email agency { shortName } } } }"}'`,
        "",
        `  Which fields are restricted, and by which data category: ${gatewayUrl.replace("/graphql", "/classification")}`,
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
