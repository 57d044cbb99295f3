import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { CALLER_CONTEXT_HEADER, type Caller } from "@partnership/runtime/edge";
import { GraphQLError } from "graphql";
import { type PeerGatewayOptions, peerCallers } from "./peer-callers.js";

/** Which query planner and executor Hive Gateway runs: its own (JavaScript), or Hive Router's (Rust planner). */
export type HivePlanner = "hive" | "hive-router";

interface HiveContext {
  caller: Caller;
}

/**
 * A peer of the stock gateway: Hive Gateway (`@graphql-hive/gateway-runtime`) on the same supergraph,
 * with its default runtime or with Hive Router's query planner (`@graphql-hive/router-runtime`: the
 * Rust planner through a native addon, its plan run by that package's executor). It does the
 * stock gateway's per-request work and nothing else: verify the user's token, read the agency's
 * grants through the same cache, sign the caller context for each subgraph fetch (Hive's
 * `fromClientToSubgraphs` is called once per subgraph execution). Nothing leaves the machine: the
 * supergraph is given as text (no CDN), usage reporting is not configured, and the landing page
 * (which links a CDN) and GraphiQL are off.
 */
export async function startHiveGateway(
  options: PeerGatewayOptions & { planner: HivePlanner },
): Promise<{ url: string; stop(): Promise<void> }> {
  const { signer, identify } = await peerCallers(options);
  const authenticate: GatewayPlugin<HiveContext> = {
    onContextBuilding: async ({ context, extendContext }) => {
      const headers = context.request.headers;
      const caller = await identify(headers.get("authorization") ?? undefined, headers.get("x-partnership-id")).catch(
        (error: Error) => {
          throw new GraphQLError(error.message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
        },
      );
      extendContext({ caller });
    },
  };
  const runtime = createGatewayRuntime<HiveContext>({
    supergraph: withSubgraphUrls(options.supergraphSdl, options.subgraphUrls),
    ...(options.planner === "hive-router" ? { unifiedGraphHandler } : {}),
    logging: false,
    // The subgraphs' typed errors reach the client as they do through the Apollo gateway.
    maskedErrors: false,
    landingPage: false,
    graphiql: false,
    plugins: () => [authenticate],
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context }) =>
        context.caller ? { [CALLER_CONTEXT_HEADER]: await signer.sign(context.caller) } : {},
    },
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}

/** The supergraph with each subgraph's URL replaced by the one this run started it on. */
export function withSubgraphUrls(supergraphSdl: string, urls: Record<string, string>): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
    (_whole, name: string, url: string) => `@join__graph(name: "${name}", url: "${urls[name] ?? url}")`,
  );
}
