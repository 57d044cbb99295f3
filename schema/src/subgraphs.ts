import { cases } from "@partnership/cases";
import { governance } from "@partnership/governance";
import { procurement } from "@partnership/procurement";
import { training } from "@partnership/training";
import type { BaseContext, SubgraphModule } from "@partnership/runtime";

export interface SubgraphEntry {
  module: SubgraphModule<BaseContext>;
  /** Where the subgraph listens inside docker compose and Kubernetes; the gateway overrides it from its configuration. */
  url: string;
  /** The environment variable that gives the gateway this subgraph's URL. */
  urlVariable: string;
}

/** Every subgraph of the platform, in start order; add a subgraph here and recompose. */
export const SUBGRAPHS: SubgraphEntry[] = [
  {
    module: governance as unknown as SubgraphModule<BaseContext>,
    url: "http://governance:4001/graphql",
    urlVariable: "GOVERNANCE_URL",
  },
  {
    module: training as unknown as SubgraphModule<BaseContext>,
    url: "http://training:4001/graphql",
    urlVariable: "TRAINING_URL",
  },
  {
    module: procurement as unknown as SubgraphModule<BaseContext>,
    url: "http://procurement:4001/graphql",
    urlVariable: "PROCUREMENT_URL",
  },
  {
    module: cases as unknown as SubgraphModule<BaseContext>,
    url: "http://cases:4001/graphql",
    urlVariable: "CASES_URL",
  },
];
