import { readFileSync } from "node:fs";
import path from "node:path";
import { type ConstDirectiveNode, Kind, parse } from "graphql";

/**
 * Where the classification of the composed schema is committed for governance's record of
 * processing: governance cannot import this package (which composes it from governance itself), so
 * `npm run schema:compose` writes it into governance's sources and `npm run schema:check` holds it
 * to the supergraph.
 */
export const CLASSIFIED_FIELDS_PATH = path.resolve(
  __dirname,
  "..",
  "..",
  "subgraphs",
  "governance",
  "src",
  "classified-fields.json",
);

function categoryOf(directives: readonly ConstDirectiveNode[] | undefined): string | null {
  const sensitive = directives?.find((d) => d.name.value === "sensitive");
  const value = sensitive?.arguments?.find((a) => a.name.value === "category")?.value;
  if (value?.kind === Kind.STRING || value?.kind === Kind.ENUM) return value.value;
  return null;
}

/**
 * Each category's classified fields in a supergraph SDL, as `Type.field`, sorted, categories in
 * alphabetical order: what the `@sensitive(category: …)` directives of every subgraph put there.
 */
export function classifiedFieldsOf(sdl: string): Record<string, string[]> {
  const byCategory = new Map<string, Set<string>>();
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const category = categoryOf(field.directives);
      if (!category) continue;
      const fields = byCategory.get(category) ?? new Set<string>();
      fields.add(`${definition.name.value}.${field.name.value}`);
      byCategory.set(category, fields);
    }
  }
  return Object.fromEntries(
    [...byCategory.keys()].sort().map((category) => [category, [...byCategory.get(category)!].sort()]),
  );
}

/** The file's text for a supergraph: stable, so an unchanged classification leaves it unchanged. */
export function classifiedFieldsJson(supergraph: string): string {
  return `${JSON.stringify(classifiedFieldsOf(supergraph), null, 2)}\n`;
}

/** Why the committed classification is stale for this supergraph, or null when it is current. */
export function classifiedFieldsProblem(
  supergraph: string,
  committedPath: string = CLASSIFIED_FIELDS_PATH,
): string | null {
  let committed: string;
  try {
    committed = readFileSync(committedPath, "utf8");
  } catch {
    return `${committedPath} is missing\nrun: npm run schema:compose`;
  }
  return committed === classifiedFieldsJson(supergraph)
    ? null
    : `${committedPath} does not match the supergraph's classification\nrun: npm run schema:compose`;
}
