import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { CALLER_CONTEXT_HEADER, type Caller, type CallerContextSigner, type Logger } from "@partnership/runtime";

/** Per request: who is asking, and (once the operation is known) the signed context sent to subgraphs. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  signedCallerContext?: Promise<string>;
}

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  signer: CallerContextSigner;
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
  signer,
  logger,
}: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const configured = subgraphUrls[name];
      if (!configured) logger.warn({ subgraph: name, url }, "no URL configured for subgraph; using the supergraph's");
      return new RemoteGraphQLDataSource<GatewayContext>({
        url: configured ?? url,
        fetcher: ((input: string, init: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(subgraphTimeoutMs) })) as never,
        // Only these two headers reach a subgraph; nothing a client sent is forwarded. The context
        // is signed once per request, when the operation (named in the audit log) is known.
        willSendRequest: async (options) => {
          // Health checks and schema loading carry no caller; nothing is sent for them.
          if (!("incomingRequestContext" in options)) return;
          const { context, request, incomingRequestContext } = options;
          context.signedCallerContext ??= signer.sign({
            ...context.caller,
            operation: incomingRequestContext.operationName ?? null,
          });
          request.http?.headers.set("x-request-id", context.requestId);
          request.http?.headers.set(CALLER_CONTEXT_HEADER, await context.signedCallerContext);
        },
      });
    },
  });
}
