import { apiSchemaOf } from "./api-schema.js";
import { composeSupergraph, printSubgraphs } from "./compose.js";
import { releaseProblems } from "./release-check.js";
import { schemaProblems } from "./schema-check.js";
import { schemaLintProblems } from "./schema-lint.js";

/**
 * `npm run schema:check`: fails when two subgraphs classify a shared field differently, when
 * composition reports an error, when the committed supergraph is stale, when the API schema breaks a
 * client of the last release without a release's deprecation first, or when graphql-eslint finds a
 * missing description, a misnamed element or a connection off the specification (schema-lint.ts).
 */
async function main(): Promise<void> {
  const subgraphs = await printSubgraphs();
  const problems = schemaProblems(subgraphs);
  if (problems.length === 0) {
    const supergraph = composeSupergraph(subgraphs);
    problems.push(...(await releaseProblems(supergraph)));
    problems.push(...(await schemaLintProblems(apiSchemaOf(supergraph), subgraphs)));
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log(
    "supergraph is up to date, every shared field has one classification, nothing breaks a client of the last release, and the schemas pass graphql-eslint",
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
