import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { CALLER_CONTEXT_HEADER, type Logger } from "@partnership/runtime";

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  logger: Logger;
}

/**
 * Apollo Gateway over the committed supergraph. Subgraph URLs come from configuration, not from
 * the supergraph; requests use Node's fetch (undici), which keeps connections to subgraphs alive.
 */
export function createGateway({
  supergraphSdl,
  subgraphUrls,
  subgraphTimeoutMs,
  logger,
}: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = subgraphUrls[name];
      if (!configured) logger.warn({ subgraph: name, url }, "no URL configured for subgraph; using the supergraph's");
      return new RemoteGraphQLDataSource({
        url: configured ?? url,
        fetcher: ((input: string, init: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(subgraphTimeoutMs) })) as never,
        // Only these two headers reach a subgraph; nothing a client sent is forwarded.
        willSendRequest: ({ request, context }) => {
          const { requestId, callerContext } = context as { requestId?: string; callerContext?: string };
          if (requestId) request.http?.headers.set("x-request-id", requestId);
          if (callerContext) request.http?.headers.set(CALLER_CONTEXT_HEADER, callerContext);
        },
      });
    },
  });
}
