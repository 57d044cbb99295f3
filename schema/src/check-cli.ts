import { checkSupergraph, composeSupergraph, printSubgraphs } from "./compose.js";

/** `npm run schema:check`: fails when composition reports an error or the committed supergraph is stale. */
async function main(): Promise<void> {
  const result = checkSupergraph(composeSupergraph(await printSubgraphs()));
  if (!result.upToDate) {
    console.error(`supergraph is out of date: ${result.reason}\nrun: npm run schema:compose`);
    process.exit(1);
  }
  console.log("supergraph is up to date");
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
