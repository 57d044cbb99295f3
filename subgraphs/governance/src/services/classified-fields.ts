import type { DataCategory } from "@partnership/runtime";
import classification from "../classified-fields.json";

/**
 * Each category's classified fields across every subgraph (`Type.field`, sorted): what the
 * `@sensitive(category: …)` directives of the composed schema say, as `npm run schema:compose` wrote
 * it beside these sources and `npm run schema:check` holds it to the supergraph. A release carries
 * the classification of the schema it was built with.
 */
const CLASSIFIED: ReadonlyMap<DataCategory, readonly string[]> = new Map(
  Object.entries(classification as Record<string, string[]>) as Array<[DataCategory, string[]]>,
);

/** The fields classified under a category; none for a category no field carries. */
export function classifiedFields(category: DataCategory): readonly string[] {
  return CLASSIFIED.get(category) ?? [];
}
