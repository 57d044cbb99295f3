import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  CallerContextSigner,
  createHttpServer,
  ErrorCode,
  formatErrorFor,
  listenOrRelease,
  type Logger,
  Role,
  type RunningService,
} from "@partnership/runtime/edge";
import express from "express";
import { GraphQLError, Kind } from "graphql";
import { type CallerProfile, CallerProfiles, callerOf } from "./auth/caller-profiles.js";
import { GrantsChangeListener } from "./auth/grants-listener.js";
import { InvalidTokenError, UserTokenVerifier } from "./auth/user-token.js";
import { sensitiveFields } from "./classification.js";
import type { GatewayConfig } from "./config.js";
import { createGateway, type GatewayContext, subgraphReadiness } from "./gateway.js";
import { idePage } from "./ide.js";
import { jsonErrors, refuseNulCharacters, requireJsonPost } from "./limits/http.js";
import { operationGuard, operationLimits } from "./limits/operation-limits.js";
import { UserRateLimiter } from "./limits/rate-limit.js";
import { DEFAULT_HARDENING } from "./limits/settings.js";
import { PORTAL_PATH, type PortalOptions, portalRoutes } from "./portal.js";

/** Mutations that change what a caller profile is read from (agreements, memberships, roles): relaying one drops the cache. */
const AGREEMENT_MUTATIONS = new Set([
  "signSharingAgreement",
  "suspendSharingAgreement",
  "reactivateSharingAgreement",
  "createPartnership",
  "addPartnershipMember",
  "endPartnershipMembership",
  "grantPartnershipRole",
  "revokePartnershipRole",
  "importDirectory",
]);

function httpError(message: string, code: string, status: number, more: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...more, http: { status } } });
}

/** Drops cached grants once an agreement change has gone through this gateway. */
function grantsInvalidation(profiles: CallerProfiles): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== "mutation" || response.body.kind !== "single") return;
          const touched = operation.selectionSet.selections.some(
            (selection) => selection.kind === Kind.FIELD && AGREEMENT_MUTATIONS.has(selection.name.value),
          );
          if (touched) profiles.invalidate();
        },
      };
    },
  };
}

/**
 * Serves the supergraph at `/graphql` to signed-in users, the IDE on a browser's GET (not in
 * production), the field classification at `GET /classification`, `GET /health` (alive) and
 * `GET /ready` (every subgraph ready). Before any subgraph is asked, a request must be JSON within
 * the body cap, one operation (no batches), within the operation limits, and its user within the
 * rate limit. The built partner portal is served at /portal/ (see portal.ts).
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
  const verifier = new UserTokenVerifier(config.auth);
  const signer = await CallerContextSigner.fromJwk(config.contextPrivateJwk);
  const governanceUrl = config.subgraphUrls.governance;
  if (!governanceUrl) throw new Error("no URL is configured for the governance subgraph");
  const profiles = new CallerProfiles(governanceUrl, signer, config.grantsCacheTtlMs, logger);
  // Every replica drops its cached grants when an agreement change commits, whoever relayed it.
  const listener = config.grantsNotifyUrl
    ? new GrantsChangeListener(config.grantsNotifyUrl, () => profiles.invalidate(), logger)
    : null;
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    signer,
    logger,
    apolloTelemetry: config.apolloTelemetry,
  });

  const app = express();
  app.disable("x-powered-by");
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
  app.use(portalRoutes(portal));
  if (!config.production) {
    app.get("/graphql", async (req, res, next) => {
      if (!req.accepts("html") || req.query.query) return next();
      res.type("html").send(await idePage());
    });
  }

  const hardening = config.hardening ?? DEFAULT_HARDENING;
  const httpServer = createHttpServer(app, hardening.requestTimeoutMs);
  const limits = operationLimits(hardening, config.production);
  const rateLimiter = new UserRateLimiter(hardening.rateLimitRequests, hardening.rateLimitWindowSeconds);
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
      grantsInvalidation(profiles),
      ...limits.plugins,
      operationGuard(),
    ],
  });
  await apollo.start();
  app.use(
    "/graphql",
    requireJsonPost(),
    express.json({ limit: hardening.maxBodyBytes, type: "application/json" }),
    refuseNulCharacters(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = randomUUID();
        let user;
        try {
          user = await verifier.verify(req.header("authorization"));
        } catch (error) {
          if (error instanceof InvalidTokenError) throw httpError(error.message, ErrorCode.UNAUTHENTICATED, 401);
          throw error;
        }
        await rateLimiter.take(`${user.agencyId}:${user.userId}`);
        const asked = req.header(PARTNERSHIP_HEADER)?.trim() || null;
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
        const caller = callerOf(user, profile, requestId);
        // Only a platform administrator works outside every partnership, and only when asking for none.
        if (!caller.partnership && (asked || !caller.roles.includes(Role.PLATFORM_ADMIN)))
          throw partnershipRefusal(asked, profile);
        return { requestId, caller };
      },
    }),
  );
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
