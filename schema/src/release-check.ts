import { existsSync, readFileSync } from "node:fs";
import { apiSchemaOf, RELEASED_PATH } from "./api-schema.js";
import { describeRefused, schemaChanges } from "./schema-changes.js";

/**
 * What `npm run schema:check` refuses in the API schema against the last release: breaking changes
 * without a release's deprecation first. Empty when every change is additive or announced.
 */
export async function releaseProblems(supergraphSdl: string, releasedPath: string = RELEASED_PATH): Promise<string[]> {
  if (!existsSync(releasedPath))
    return [`${releasedPath} is missing: the API schema of the last release\nrun: npm run schema:release -- <version>`];
  return describeRefused(await schemaChanges(readFileSync(releasedPath, "utf8"), apiSchemaOf(supergraphSdl)));
}
