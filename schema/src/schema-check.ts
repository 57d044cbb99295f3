import { classificationConflicts, describeConflict } from "./classification-check.js";
import { checkSupergraph, composeSupergraph, type SubgraphSdl } from "./compose.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";

/**
 * Everything `npm run schema:check` rejects, one message each: a shared field classified
 * differently by two subgraphs, a composition error, a committed supergraph that is stale. Empty
 * when the subgraphs agree and the committed supergraph is what they compose to.
 */
export function schemaProblems(subgraphs: SubgraphSdl[], committedPath: string = SUPERGRAPH_PATH): string[] {
  const problems = classificationConflicts(subgraphs).map(describeConflict);
  try {
    const result = checkSupergraph(composeSupergraph(subgraphs), committedPath);
    if (!result.upToDate) problems.push(`supergraph is out of date: ${result.reason}\nrun: npm run schema:compose`);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
