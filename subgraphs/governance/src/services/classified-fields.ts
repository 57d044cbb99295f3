import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DataCategory } from "@partnership/runtime";
import { type ConstDirectiveNode, Kind, parse } from "graphql";

/** Where the composed supergraph is committed, relative to the repository root (see schema/). */
const SUPERGRAPH = join("schema", "supergraph.graphql");

/**
 * The composed supergraph's path: found upwards from this module (its sources, its build, or a
 * container built from the repository, which holds the whole tree), else from the working directory.
 * Governance cannot import the schema package, which composes it from governance itself.
 */
function supergraphPath(): string | null {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start, up = 0; up < 8; dir = dirname(dir), up++) {
      const candidate = join(dir, SUPERGRAPH);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

function categoryOf(directives: readonly ConstDirectiveNode[] | undefined): string | null {
  const sensitive = directives?.find((d) => d.name.value === "sensitive");
  const value = sensitive?.arguments?.find((a) => a.name.value === "category")?.value;
  if (value?.kind === Kind.STRING || value?.kind === Kind.ENUM) return value.value;
  return null;
}

/**
 * Each category's classified fields in a supergraph SDL, as `Type.field`, sorted: what the
 * `@sensitive(category: …)` directives of every subgraph put there.
 */
export function classifiedFieldsOf(sdl: string): Map<DataCategory, string[]> {
  const byCategory = new Map<DataCategory, Set<string>>();
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    )
      continue;
    for (const field of definition.fields ?? []) {
      const category = categoryOf(field.directives) as DataCategory | null;
      if (!category) continue;
      const fields = byCategory.get(category) ?? new Set<string>();
      fields.add(`${definition.name.value}.${field.name.value}`);
      byCategory.set(category, fields);
    }
  }
  return new Map([...byCategory].map(([category, fields]) => [category, [...fields].sort()]));
}

let classified: Promise<Map<DataCategory, string[]> | null> | undefined;

/**
 * The classification of the composed schema, read once per process (it changes only with a new
 * release of the subgraphs), or null when the supergraph is not where a build of this repository
 * keeps it.
 */
export function classifiedFields(): Promise<Map<DataCategory, string[]> | null> {
  classified ??= (async () => {
    const path = supergraphPath();
    return path ? classifiedFieldsOf(await readFile(path, "utf8")) : null;
  })();
  return classified;
}
