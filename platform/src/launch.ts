import { casesModule } from "@partnership/cases";
import type { DispatcherSettings } from "@partnership/governance";
import type { TracerProvider } from "@opentelemetry/api";
import {
  CallerContextVerifier,
  type ExportingTracerProvider,
  otlpTracerProvider,
  type Clock,
  type KeyPair,
  type Logger,
  type RunningService,
  serveSubgraph,
} from "@partnership/runtime";
import { SUBGRAPHS, SUPERGRAPH_PATH } from "@partnership/schema";
import {
  DEFAULT_HARDENING,
  DEMO_ISSUER,
  DemoIdentityProvider,
  type HardeningSettings,
  startGateway,
  type TrustedDocuments,
  type TrustedIssuer,
  withDemoIssuer,
} from "@partnership/gateway";
import { demoSignInRoutes } from "./demo-sign-in.js";
import { type RunningDispatcher, startWebhookDispatcher } from "./webhooks.js";
import { demoSeedOf } from "./demo-seeds.js";

export interface PlatformOptions {
  databaseUrl: string;
  /** Gateway port; 0 for any free one (tests). */
  gatewayPort: number;
  /** Subgraph i listens on base + i; 0 gives every subgraph any free port (tests). */
  subgraphBasePort: number;
  production: boolean;
  poolSize: number;
  seedDemo: boolean;
  /** Where every subgraph's domain decisions (and the demo's "now") take today from. */
  clock: Clock;
  subgraphTimeoutMs?: number;
  /** How long the gateway caches an agency's grants. */
  grantsCacheTtlMs?: number;
  /** The demo identity provider's key pair and the caller context's key pair. */
  keys: { users: KeyPair; callerContext: KeyPair };
  /**
   * The identity providers user tokens are taken from. Outside production the demo identity
   * provider (keys.users) is trusted for every agency besides; in production these alone, and
   * they must be given.
   */
  trustedIssuers?: TrustedIssuer[];
  logger: Logger;
  /** Operation limits, body cap, rate limit, request timeout; each defaults to DEFAULT_HARDENING's. */
  hardening?: Partial<HardeningSettings>;
  /** Where the gateway listens; by default 0.0.0.0 in production, 127.0.0.1 otherwise. */
  gatewayHost?: string;
  /** Only for the permissions benchmark's baseline. */
  unprotectedForBenchmark?: boolean;
  /** Runs the webhook dispatcher in this process too, with these settings (none when absent). */
  webhooks?: DispatcherSettings;
  /** Whether the portal's requests are held to its registered operations; off when absent. */
  trustedDocuments?: TrustedDocuments;
  /** The bearer token Prometheus scrapes every service's GET /metrics with; no metrics endpoints when absent. */
  metricsToken?: string;
  /**
   * Records every service's spans in this one provider (a test's, with an in-memory exporter).
   * Without it, `otlpEndpoint` gives each service a provider of its own that sends its spans
   * there under its own service name; without either, nothing is traced.
   */
  tracerProvider?: TracerProvider;
  /** The OTLP/HTTP collector traces are sent to (OTEL_EXPORTER_OTLP_ENDPOINT). */
  otlpEndpoint?: string;
}

export interface Platform {
  gateway: RunningService;
  subgraphs: RunningService[];
  /** The webhook dispatcher, when the options asked for one. */
  webhooks?: RunningDispatcher;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph (migrating and, if asked, seeding its schema) and the gateway in front of
 * them, in this process. If any part fails to start, the parts already started are stopped.
 */
export async function launchPlatform(options: PlatformOptions): Promise<Platform> {
  const started: RunningService[] = [];
  let webhooks: RunningDispatcher | undefined;
  const exporting: ExportingTracerProvider[] = [];
  const tracerProviderOf = async (service: string): Promise<TracerProvider | undefined> => {
    if (options.tracerProvider || !options.otlpEndpoint) return options.tracerProvider;
    const provider = await otlpTracerProvider(options.otlpEndpoint, service);
    exporting.push(provider);
    return provider;
  };
  const stopAll = async () => {
    // The dispatcher first: its attempt in flight finishes before the database goes.
    await webhooks?.stop();
    for (const service of started.reverse()) await service.stop();
    // Last: the spans of the services' last requests are sent.
    await Promise.all(exporting.map((provider) => provider.shutdown()));
  };
  try {
    const trustedIssuers = withDemoIssuer(
      options.trustedIssuers ?? [],
      options.production,
      options.keys.users.publicJwk,
    );
    if (options.production && trustedIssuers.length === 0)
      throw new Error(
        "production trusts no identity provider: set TRUSTED_ISSUERS (or TRUSTED_ISSUERS_FILE); the demo identity provider is never trusted in production",
      );
    if (options.production && trustedIssuers.some((issuer) => issuer.issuer === DEMO_ISSUER))
      throw new Error("the demo identity provider is never trusted in production");
    const contextVerifier = await CallerContextVerifier.fromJwk(options.keys.callerContext.publicJwk);
    for (const [index, entry] of SUBGRAPHS.entries()) {
      // Cases reads the staff directory from governance, which starts first: give it governance's URL.
      const governance = started.find((service) => service.name === "governance");
      const module =
        entry.module.name === "cases" && governance
          ? (casesModule({ directory: { url: governance.url } }) as unknown as typeof entry.module)
          : entry.module;
      started.push(
        await serveSubgraph(module, {
          databaseUrl: options.databaseUrl,
          port: options.subgraphBasePort === 0 ? 0 : options.subgraphBasePort + index,
          host: "127.0.0.1",
          production: options.production,
          poolSize: options.poolSize,
          logger: options.logger.child({ service: module.name }),
          seed: options.seedDemo ? demoSeedOf(module.name) : undefined,
          contextVerifier,
          clock: options.clock,
          unprotectedForBenchmark: options.unprotectedForBenchmark,
          metricsToken: options.metricsToken,
          tracerProvider: await tracerProviderOf(module.name),
        }),
      );
    }
    const subgraphs = [...started];
    const gateway = await startGateway(
      {
        production: options.production,
        port: options.gatewayPort,
        host: options.gatewayHost ?? (options.production ? "0.0.0.0" : "127.0.0.1"),
        supergraphPath: SUPERGRAPH_PATH,
        subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
        logLevel: options.logger.level,
        subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
        trustedIssuers,
        contextPrivateJwk: options.keys.callerContext.privateJwk,
        grantsCacheTtlMs: options.grantsCacheTtlMs ?? 30_000,
        // Every subgraph shares this database, governance's included: the gateway hears every change.
        grantsNotifyUrl: options.databaseUrl,
        hardening: { ...DEFAULT_HARDENING, ...options.hardening },
        trustedDocuments: options.trustedDocuments,
        metricsToken: options.metricsToken,
        otlpEndpoint: options.otlpEndpoint,
        tracerProvider: await tracerProviderOf("gateway"),
      },
      options.logger.child({ service: "gateway" }),
      // The portal's demo sign-in exists only where the demo identity provider does.
      options.production
        ? {}
        : { demoSignIn: demoSignInRoutes(await DemoIdentityProvider.fromJwk(options.keys.users.privateJwk)) },
    );
    started.push(gateway);
    // After the subgraphs: they have migrated the webhook and outbox tables it works on.
    if (options.webhooks)
      webhooks = await startWebhookDispatcher({
        databaseUrl: options.databaseUrl,
        clock: options.clock,
        settings: options.webhooks,
        logger: options.logger.child({ service: "webhooks" }),
      });
    return { gateway, subgraphs, webhooks, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
