import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import {
  createHttpServer,
  formatErrorFor,
  listen,
  localUrl,
  type Logger,
  type RunningService,
} from "@partnership/runtime";
import express from "express";
import type { GatewayConfig } from "./config.js";
import { createGateway } from "./gateway.js";
import { idePage } from "./ide.js";

export interface GatewayContext {
  requestId: string;
}

/** Serves the supergraph at `/graphql`, the IDE on a browser's GET (not in production) and `GET /health`. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningService> {
  const supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    logger,
  });
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  if (!config.production) {
    app.get("/graphql", (req, res, next) => {
      if (!req.accepts("html") || req.query.query) return next();
      res.type("html").send(idePage());
    });
  }

  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The process owns shutdown (stopOnSignals), in order: gateway, subgraphs, pools, database.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatErrorFor(config.production, logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => ({ requestId: randomUUID() }) }),
  );
  let port: number;
  try {
    port = await listen(httpServer, config.port, config.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const url = localUrl(config.host, port, "/graphql");
  logger.info({ url }, "gateway ready");
  return { name: "gateway", url, port, stop: () => apollo.stop() };
}
