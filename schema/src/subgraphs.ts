import { cases } from "@partnership/cases";
import { governance } from "@partnership/governance";
import { procurement } from "@partnership/procurement";
import { training } from "@partnership/training";
import type { BaseContext, SubgraphModule } from "@partnership/runtime";
import { SUBGRAPH_ENDPOINTS, type SubgraphEndpoint } from "./endpoints.js";

export interface SubgraphEntry extends Omit<SubgraphEndpoint, "name"> {
  module: SubgraphModule<BaseContext>;
}

const MODULES = [governance, training, procurement, cases] as unknown as Array<SubgraphModule<BaseContext>>;

/** Every subgraph of the platform with its code, in the order of SUBGRAPH_ENDPOINTS. */
export const SUBGRAPHS: SubgraphEntry[] = SUBGRAPH_ENDPOINTS.map(({ name, url, urlVariable }) => {
  const module = MODULES.find((candidate) => candidate.name === name);
  if (!module) throw new Error(`no subgraph module is called ${name}`);
  return { module, url, urlVariable };
});
