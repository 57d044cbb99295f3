import { classificationConflicts, describeConflict } from "./classification-check.js";
import { CLASSIFIED_FIELDS_PATH, classifiedFieldsProblem } from "./classified-fields.js";
import { checkSupergraph, composeSupergraph, type SubgraphSdl } from "./compose.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";

/**
 * Everything `npm run schema:check` rejects, one message each: a shared field classified
 * differently by two subgraphs, a composition error, a committed supergraph or classification that is
 * stale. Empty when the subgraphs agree and the committed files are what they compose to.
 */
export function schemaProblems(
  subgraphs: SubgraphSdl[],
  committedPath: string = SUPERGRAPH_PATH,
  classifiedPath: string = CLASSIFIED_FIELDS_PATH,
): string[] {
  const problems = classificationConflicts(subgraphs).map(describeConflict);
  try {
    const supergraph = composeSupergraph(subgraphs);
    const result = checkSupergraph(supergraph, committedPath);
    if (!result.upToDate) problems.push(`supergraph is out of date: ${result.reason}\nrun: npm run schema:compose`);
    const classified = classifiedFieldsProblem(supergraph, classifiedPath);
    if (classified) problems.push(classified);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
