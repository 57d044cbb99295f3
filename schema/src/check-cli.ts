import { composeSupergraph, printSubgraphs } from "./compose.js";
import { releaseProblems } from "./release-check.js";
import { schemaProblems } from "./schema-check.js";

/**
 * `npm run schema:check`: fails when two subgraphs classify a shared field differently, when
 * composition reports an error, when the committed supergraph is stale, or when the API schema breaks
 * a client of the last release without a release's deprecation first.
 */
async function main(): Promise<void> {
  const subgraphs = await printSubgraphs();
  const problems = schemaProblems(subgraphs);
  if (problems.length === 0) problems.push(...(await releaseProblems(composeSupergraph(subgraphs))));
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log(
    "supergraph is up to date, every shared field has one classification, and nothing breaks a client of the last release",
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
