import { writeFileSync } from "node:fs";
import { checkClassificationConsistency } from "./classification-check.js";
import { CLASSIFIED_FIELDS_PATH, classifiedFieldsJson } from "./classified-fields.js";
import { composeSupergraph, printSubgraphs } from "./compose.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";

/**
 * `npm run schema:compose`: writes supergraph/supergraph.graphql from the subgraphs' current schemas, and
 * the classification it holds into governance's sources (for the record of processing);
 * refuses when two subgraphs classify a shared field differently (the supergraph would show one
 * merged category and hide the subgraph that hands the field out unguarded).
 */
async function main(): Promise<void> {
  const subgraphs = await printSubgraphs();
  checkClassificationConsistency(subgraphs);
  const supergraph = composeSupergraph(subgraphs);
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  writeFileSync(CLASSIFIED_FIELDS_PATH, classifiedFieldsJson(supergraph));
  console.log(`wrote ${SUPERGRAPH_PATH} and ${CLASSIFIED_FIELDS_PATH}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
