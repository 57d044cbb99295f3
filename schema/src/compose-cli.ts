import { writeFileSync } from "node:fs";
import { composeSupergraph, printSubgraphs } from "./compose.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";

/** `npm run schema:compose`: writes schema/supergraph.graphql from the subgraphs' current schemas. */
async function main(): Promise<void> {
  const supergraph = composeSupergraph(await printSubgraphs());
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
