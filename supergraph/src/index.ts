import path from "node:path";

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = path.resolve(__dirname, "..", "supergraph.graphql");

/** Where a subgraph is reached: all a gateway needs to know of it, without loading its code. */
export interface SubgraphEndpoint {
  name: string;
  /** Where the subgraph listens inside docker compose and Kubernetes; the gateway overrides it from its configuration. */
  url: string;
  /** The environment variable that gives the gateway this subgraph's URL. */
  urlVariable: string;
}

/** Every subgraph of the platform, in start order; add a subgraph here and in SUBGRAPHS, then recompose. */
export const SUBGRAPH_ENDPOINTS: readonly SubgraphEndpoint[] = [
  { name: "governance", url: "http://governance:4001/graphql", urlVariable: "GOVERNANCE_URL" },
  { name: "training", url: "http://training:4001/graphql", urlVariable: "TRAINING_URL" },
  { name: "procurement", url: "http://procurement:4001/graphql", urlVariable: "PROCUREMENT_URL" },
  { name: "cases", url: "http://cases:4001/graphql", urlVariable: "CASES_URL" },
];
