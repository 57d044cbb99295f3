import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  CallerContextSigner,
  createHttpServer,
  ErrorCode,
  formatErrorFor,
  annotateActiveSpan,
  graphqlSpans,
  listenOrRelease,
  serverSpans,
  serviceTracer,
  type Logger,
  Role,
  type RunningService,
} from "@partnership/runtime/edge";
import express from "express";
import { GraphQLError } from "graphql";
import { AUDIT_EXPORT_PATH, auditExport } from "./audit-export.js";
import { type CallerProfile, CallerProfiles, callerOf } from "./auth/caller-profiles.js";
import { GrantsChangeListener } from "./auth/grants-listener.js";
import { MachineClientRefusal, machineCallerOf } from "./auth/machine-caller.js";
import { InvalidTokenError, UserTokenVerifier, type VerifiedToken } from "./auth/user-token.js";
import { CLIENT_NAME_HEADER, CLIENT_VERSION_HEADER, clientIdentityOf } from "./client-identity.js";
import { sensitiveFields } from "./classification.js";
import { busyRetryAfter } from "./limits/busy-retry-after.js";
import type { GatewayConfig } from "./config.js";
import { createGateway, type GatewayContext, subgraphReadiness } from "./gateway.js";
import { idePage } from "./ide.js";
import { jsonErrors, refuseUnstorableText, requireJsonPost } from "./limits/http.js";
import { operationGuard, operationLimits } from "./limits/operation-limits.js";
import { ipRateLimit, UserRateLimiter } from "./limits/rate-limit.js";
import { DEFAULT_HARDENING } from "./limits/settings.js";
import { GatewayMetrics, METRICS_PATH } from "./metrics.js";
import { PORTAL_PATH, type PortalOptions, portalRoutes } from "./portal.js";
import { requestDeadline } from "./limits/request-deadline.js";
import { REGISTRY_UPLOAD_PATH, registryUpload } from "./registry-upload.js";
import { securityHeaders } from "./security-headers.js";
import { SUBJECT_ACCESS_EXPORT_PATH, subjectAccessExport } from "./subject-access-export.js";
import { PORTAL_CLIENT_NAME, trustedDocumentsPlugin } from "./trusted-documents.js";

function httpError(message: string, code: string, status: number, more: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...more, http: { status } } });
}

/**
 * Serves the supergraph at `/graphql` to signed-in users, the IDE on a browser's GET (not in
 * production), the field classification at `GET /classification`, `GET /health` (alive) and
 * `GET /ready` (every subgraph ready). Before any subgraph is asked, a request's address must be
 * within the per-IP limit (before its token is verified), and the request JSON within the body cap,
 * storable text, one operation (no batches), within the operation limits, and its user within the
 * rate limit (and its client application, named by apollographql-client-name, within the per-client
 * limit). The built partner portal is served at /portal/ (see portal.ts), Prometheus metrics at
 * /metrics for the operator's scraper (metrics.ts). Every response carries the security headers
 * (security-headers.ts).
 */
/** The header a caller names the partnership a request acts in with (by its id). */
export const PARTNERSHIP_HEADER = "x-partnership-id";

/**
 * Why a request has no partnership to act in: the one asked for is not the agency's, or the agency
 * is in several and the request did not say which (the choices are the agency's own memberships).
 */
function partnershipRefusal(asked: string | null, profile: CallerProfile) {
  if (asked)
    return httpError(
      `your agency is not a member of partnership ${asked}; ${PARTNERSHIP_HEADER} must name one it is a member of`,
      ErrorCode.FORBIDDEN,
      403,
    );
  if (profile.choices.length === 0)
    return httpError("your agency is not a member of any partnership today", ErrorCode.FORBIDDEN, 403);
  return httpError(
    `say which partnership this request acts in: send ${PARTNERSHIP_HEADER} with one of ${profile.choices
      .map((choice) => `${choice.id} (${choice.name})`)
      .join(", ")}`,
    "PARTNERSHIP_REQUIRED",
    400,
    { choices: profile.choices },
  );
}

export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  portal: PortalOptions = {},
): Promise<RunningService> {
  const supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  const classification = sensitiveFields(supergraphSdl);
  const verifier = new UserTokenVerifier(config.trustedIssuers);
  const signer = await CallerContextSigner.fromJwk(config.contextPrivateJwk, config.contextTtlSeconds);
  const governanceUrl = config.subgraphUrls.governance;
  if (!governanceUrl) throw new Error("no URL is configured for the governance subgraph");
  const profiles = new CallerProfiles(governanceUrl, signer, config.grantsCacheTtlMs, logger);
  // Every replica drops its cached grants when an agreement change commits, whoever relayed it.
  const listener = config.grantsNotifyUrl
    ? new GrantsChangeListener(config.grantsNotifyUrl, () => profiles.invalidate(), logger)
    : null;
  const tracer = serviceTracer(config.tracerProvider, "gateway");
  const gateway = createGateway({
    tracer,
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    signer,
    logger,
    apolloTelemetry: config.apolloTelemetry,
    // Closes the race for the gateway that relayed a change itself: the notification may come later.
    onGovernanceMutation: () => profiles.invalidate(),
  });

  const hardening = config.hardening ?? DEFAULT_HARDENING;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", hardening.trustedProxyHops);
  app.use(securityHeaders());
  app.use(requestDeadline(hardening.requestTimeoutMs, [REGISTRY_UPLOAD_PATH]));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get("/ready", async (_req, res) => {
    const readiness = await subgraphReadiness(config.subgraphUrls);
    res.status(readiness.ready ? 200 : 503).json({
      status: readiness.ready ? "ready" : "unavailable",
      service: "gateway",
      subgraphs: readiness.subgraphs,
    });
  });
  app.get("/classification", (_req, res) => {
    res.json(classification);
  });
  const metrics = new GatewayMetrics();
  app.get(METRICS_PATH, metrics.handler(config.metricsToken));
  // Counted before anything is parsed or verified: a flood of forged tokens costs a counter each.
  app.use(
    ["/graphql", "/demo", REGISTRY_UPLOAD_PATH],
    ipRateLimit(hardening.ipRateLimitRequests, hardening.ipRateLimitWindowSeconds),
  );
  app.use(portalRoutes(portal));
  app.get(AUDIT_EXPORT_PATH, auditExport(logger));
  app.get(SUBJECT_ACCESS_EXPORT_PATH, subjectAccessExport(logger));
  if (!config.production) {
    app.get("/graphql", async (req, res, next) => {
      if (!req.accepts("html") || req.query.query) return next();
      const { html, policy } = await idePage();
      res.set("content-security-policy", policy).type("html").send(html);
    });
  }

  const httpServer = createHttpServer(app, hardening.requestTimeoutMs);
  const limits = operationLimits(hardening);
  const rateLimiter = new UserRateLimiter(hardening.rateLimitRequests, hardening.rateLimitWindowSeconds);
  const clientRateLimiter = new UserRateLimiter(
    hardening.clientRateLimitRequests,
    hardening.clientRateLimitWindowSeconds,
    "client application",
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The process owns shutdown (stopOnSignals), in order: gateway, subgraphs, pools, database.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatErrorFor(config.production, logger),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      operationGuard(),
      ...(config.trustedDocuments && config.trustedDocuments.mode !== "off"
        ? [trustedDocumentsPlugin(config.trustedDocuments, logger)]
        : []),
      metrics.plugin(logger),
      ...(tracer ? [graphqlSpans<GatewayContext>()] : []),
      busyRetryAfter(),
    ],
  });
  /**
   * Who a request is from and the partnership it acts in, from its token and headers, within the
   * rate limits: for GraphQL and for the streamed registry upload alike. Refusals are GraphQL
   * errors carrying their HTTP status.
   */
  const callerOfRequest = async (req: express.Request): Promise<GatewayContext> => {
    const requestId = randomUUID();
    annotateActiveSpan({ "partnership.request_id": requestId });
    const client = clientIdentityOf(req.header(CLIENT_NAME_HEADER), req.header(CLIENT_VERSION_HEADER));
    let token: VerifiedToken;
    try {
      token = await verifier.verifyToken(req.header("authorization"));
    } catch (error) {
      if (error instanceof InvalidTokenError) throw httpError(error.message, ErrorCode.UNAUTHENTICATED, 401);
      throw error;
    }
    const asked = req.header(PARTNERSHIP_HEADER)?.trim() || null;
    if (token.kind === "machine") {
      // A partner system: its registration, not its token, says whom it acts for (machine-caller.ts).
      const { clientId, issuer } = token.machine;
      await rateLimiter.take(`client:${issuer.issuer}:${clientId}`);
      if (client) await clientRateLimiter.take(client.name);
      try {
        return {
          requestId,
          caller: { ...(await machineCallerOf(token.machine, asked, profiles, requestId)), client },
        };
      } catch (error) {
        if (error instanceof MachineClientRefusal) throw httpError(error.message, error.code, error.status);
        throw error;
      }
    }
    const user = token.user;
    await rateLimiter.take(`${user.agencyId}:${user.userId}`);
    // The portal is every user's client: its requests are counted per user, never as one application.
    if (client && client.name !== PORTAL_CLIENT_NAME) await clientRateLimiter.take(client.name);
    let profile;
    try {
      profile = await profiles.get(user.agencyId, user.userId, asked);
    } catch {
      throw httpError(
        "your sharing agreements cannot be read right now; try again shortly",
        "SERVICE_UNAVAILABLE",
        503,
      );
    }
    if (!profile) throw httpError("your agency is not in the platform's directory", ErrorCode.FORBIDDEN, 403);
    const caller = { ...callerOf(user, profile, requestId), client };
    // Only a platform administrator works outside every partnership, and only when asking for none.
    if (!caller.partnership && (asked || !caller.roles.includes(Role.PLATFORM_ADMIN)))
      throw partnershipRefusal(asked, profile);
    return { requestId, caller };
  };
  await apollo.start();
  app.use(
    "/graphql",
    requireJsonPost(),
    express.json({ limit: hardening.maxBodyBytes, type: "application/json" }),
    refuseUnstorableText(),
    // Every trace starts here: a client's traceparent is not followed.
    ...(tracer ? [serverSpans(tracer, false)] : []),
    expressMiddleware(apollo, { context: ({ req }) => callerOfRequest(req) }),
  );
  app.post(
    REGISTRY_UPLOAD_PATH,
    registryUpload({
      callerOf: callerOfRequest,
      signer,
      procurementUrl: config.subgraphUrls.procurement,
      logger,
    }),
  );
  // Express's own 404 page would replace the security policy with its own.
  app.use((_req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: "there is nothing at this address", extensions: { code: "NOT_FOUND" } }] });
  });
  app.use(jsonErrors(logger));
  await listener?.start();
  const stop = async () => {
    await apollo.stop();
    await listener?.stop();
  };
  const { port, url } = await listenOrRelease(httpServer, config.port, config.host, stop);
  logger.info({ url, portal: new URL(PORTAL_PATH, url).href }, "gateway ready");
  return { name: "gateway", url, port, stop };
}
