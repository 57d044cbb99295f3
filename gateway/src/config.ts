import { httpUrl, logLevel, nodeEnv, port, readConfig } from "@partnership/runtime";
import { SUBGRAPHS, SUPERGRAPH_PATH } from "@partnership/schema";
import { z } from "zod";

/**
 * The gateway's configuration. In production every subgraph URL must be given; in development
 * each defaults to the port the one-command platform starts it on.
 */
export function gatewayConfigSchema(production: boolean) {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ urlVariable }, index) => [
      urlVariable,
      production ? httpUrl : httpUrl.default(`http://127.0.0.1:${4001 + index}/graphql`),
    ]),
  );
  return z.object({
    NODE_ENV: nodeEnv,
    PORT: port(4000),
    HOST: z.string().default("0.0.0.0"),
    SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    LOG_LEVEL: logLevel,
    ...subgraphUrls,
  });
}

export interface GatewayConfig {
  production: boolean;
  port: number;
  host: string;
  supergraphPath: string;
  subgraphTimeoutMs: number;
  logLevel: string;
  /** Subgraph name → URL of its GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === "production";
  const raw = readConfig(gatewayConfigSchema(production), env) as Record<string, unknown>;
  return {
    production,
    port: raw.PORT as number,
    host: raw.HOST as string,
    supergraphPath: raw.SUPERGRAPH_PATH as string,
    subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS as number,
    logLevel: raw.LOG_LEVEL as string,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map(({ module, urlVariable }) => [module.name, raw[urlVariable] as string]),
    ),
  };
}
