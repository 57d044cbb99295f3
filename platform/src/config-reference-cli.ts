import { writeFile } from "node:fs/promises";
import path from "node:path";
import { CONFIGURATION_REFERENCE_PATH, configurationReferenceMarkdown } from "./config-reference.js";

/** `npm run docs:config`: writes docs/configuration.md from the services' configuration schemas. */
async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, "..", "..");
  await writeFile(path.join(repoRoot, CONFIGURATION_REFERENCE_PATH), await configurationReferenceMarkdown(repoRoot));
  console.log(`wrote ${CONFIGURATION_REFERENCE_PATH}`);
}

main().catch((error: unknown) => {
  console.error(`docs:config: ${(error as Error).message}`);
  process.exit(1);
});
