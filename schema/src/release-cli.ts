import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { API_CHANGELOG_PATH, apiSchemaOf, RELEASED_PATH } from "./api-schema.js";
import { composeSupergraph, printSubgraphs } from "./compose.js";
import { changelogEntry, describeRefused, schemaChanges } from "./schema-changes.js";

const CHANGELOG_TITLE = "# API changelog";

/**
 * `npm run schema:release -- <version>`: records the current API schema as released
 * (schema/released.graphql) and adds the release's changes to docs/api-changelog.md, newest first.
 * Refuses while a breaking change lacks a release's deprecation: that is for the check to catch, not
 * for a release to publish.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^[\w.-]{1,40}$/.test(version)) throw new Error("usage: npm run schema:release -- <version>");
  const current = apiSchemaOf(composeSupergraph(await printSubgraphs()));
  const released = existsSync(RELEASED_PATH) ? readFileSync(RELEASED_PATH, "utf8") : "";
  const changes = await schemaChanges(released || "type Query { _empty: String }", current);
  const refused = describeRefused(changes);
  if (released && refused.length > 0) throw new Error(refused.join("\n"));
  const entry = released ? changelogEntry(version, changes) : `## ${version}\n\nFirst release under change control.\n`;
  const log = existsSync(API_CHANGELOG_PATH) ? readFileSync(API_CHANGELOG_PATH, "utf8") : `${CHANGELOG_TITLE}\n`;
  const at = log.indexOf("\n## ");
  const updated = at < 0 ? `${log.trimEnd()}\n\n${entry}` : `${log.slice(0, at + 1)}${entry}\n${log.slice(at + 1)}`;
  writeFileSync(API_CHANGELOG_PATH, updated.trimEnd() + "\n");
  writeFileSync(RELEASED_PATH, current);
  console.log(`released ${version}: wrote ${RELEASED_PATH} and ${API_CHANGELOG_PATH}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
