import { randomUUID } from "node:crypto";
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import {
  CallerProfiles,
  callerOf,
  newApolloGateway,
  type TrustedIssuer,
  UserTokenVerifier,
} from "@partnership/gateway";
import { CALLER_CONTEXT_HEADER, type Caller, CallerContextSigner, type Logger } from "@partnership/runtime/edge";
import type { JWK } from "jose";

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
export async function startStockGateway(options: {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  trustedIssuers: TrustedIssuer[];
  contextPrivateJwk: JWK;
  logger: Logger;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const signer = await CallerContextSigner.fromJwk(options.contextPrivateJwk);
  const verifier = new UserTokenVerifier(options.trustedIssuers);
  const profiles = new CallerProfiles(options.subgraphUrls.governance!, signer, 30_000, options.logger);
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
    context: async ({ req }) => {
      const user = await verifier.verify(req.headers.authorization);
      const profile = await profiles.get(
        user.agencyId,
        user.userId,
        req.headers["x-partnership-id"]?.toString() ?? null,
      );
      if (!profile) throw new Error("unknown agency");
      return { caller: callerOf(user, profile, randomUUID()) };
    },
  });
  return { url: new URL("/graphql", url).toString(), stop: () => server.stop() };
}
