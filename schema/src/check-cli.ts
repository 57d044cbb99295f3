import { printSubgraphs } from "./compose.js";
import { schemaProblems } from "./schema-check.js";

/**
 * `npm run schema:check`: fails when two subgraphs classify a shared field differently, when
 * composition reports an error, or when the committed supergraph is stale.
 */
async function main(): Promise<void> {
  const problems = schemaProblems(await printSubgraphs());
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log("supergraph is up to date, and every shared field has one classification");
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
