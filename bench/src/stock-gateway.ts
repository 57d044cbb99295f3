import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { newApolloGateway } from "@partnership/gateway";
import { CALLER_CONTEXT_HEADER, type Caller } from "@partnership/runtime/edge";
import { type PeerGatewayOptions, peerCallers } from "./peer-callers.js";

interface StockContext {
  caller: Caller;
}

/**
 * The baseline: `@apollo/gateway` and `@apollo/server` with their default settings on the same
 * supergraph. It does the same per-request work the platform needs to be served at all (verify
 * the user's token, read the agency's grants through the same cache, sign the caller context
 * subgraphs require) and nothing else: no tuning, no limits. Apollo's telemetry is off all the same
 * (newApolloGateway): a benchmark run must send nothing off the machine either.
 */
export async function startStockGateway(options: PeerGatewayOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const { signer, identify } = await peerCallers(options);
  const gateway = newApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<StockContext>({
        url: options.subgraphUrls[name] ?? url,
        willSendRequest: async ({ request, context }) => {
          if (!context.caller) return;
          request.http?.headers.set(CALLER_CONTEXT_HEADER, await signer.sign(context.caller));
        },
      }),
  });
  const server = new ApolloServer<StockContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: async ({ req }) => ({
      caller: await identify(req.headers.authorization, req.headers["x-partnership-id"]?.toString() ?? null),
    }),
  });
  return { url: new URL("/graphql", url).toString(), stop: () => server.stop() };
}
