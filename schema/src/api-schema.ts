import path from "node:path";
import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, printSchema } from "graphql";

/** The API schema of the last release, as clients saw it: what `npm run schema:check` compares with. */
export const RELEASED_PATH = path.resolve(__dirname, "..", "released.graphql");

/** Where each release's changes to the API schema are listed for partner agencies' developers. */
export const API_CHANGELOG_PATH = path.resolve(__dirname, "..", "..", "docs", "api-changelog.md");

/**
 * The schema clients see (the supergraph without federation's join and link machinery), printed
 * with types and fields in alphabetical order so that a diff shows changes, never reordering.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return printSchema(lexicographicSortSchema(api)) + "\n";
}
