import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { MUTATION_SCREENS } from "../src/mutation-screens.js";
import { ROUTES } from "../src/routes.js";

// Every mutation of the composed supergraph must be reachable from a page of the portal. This reads
// the sources themselves: which page a route opens (app.tsx), what that page imports, and which
// mutations the generated documents in those files call.

const PORTAL_SRC = fileURLToPath(new URL("../src/", import.meta.url));
const SUPERGRAPH = fileURLToPath(new URL("../../supergraph/supergraph.graphql", import.meta.url));

function supergraphMutations(): string[] {
  // Only the Mutation type's field names are needed: the document is parsed, not built.
  const document = parse(readFileSync(SUPERGRAPH, "utf8"));
  const fields: string[] = [];
  for (const definition of document.definitions) {
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === "Mutation"
    ) {
      fields.push(...(definition.fields ?? []).map((field) => field.name.value));
    }
  }
  return fields;
}

/** Route → the page module app.tsx loads for it (`./pages/cases` → an absolute file name). */
function pageModules(): Map<string, string> {
  const app = readFileSync(path.join(PORTAL_SRC, "app.tsx"), "utf8");
  const pages = new Map<string, string>();
  for (const match of app.matchAll(/"(\/[^"]*)":\s*lazyPage\(\(\)\s*=>\s*import\("(\.\/[^"]+)"\)/g)) {
    pages.set(match[1]!, resolveModule(PORTAL_SRC, match[2]!));
  }
  return pages;
}

function resolveModule(fromDir: string, specifier: string): string {
  const base = path.resolve(fromDir, specifier.replace(/\.js$/, ""));
  for (const candidate of [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`cannot resolve ${specifier} from ${fromDir}`);
}

/** A module and every portal module it imports, directly or not (generated code excluded). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+"(\.{1,2}\/[^"]+)"/g)) {
      const specifier = match[1]!;
      if (specifier.includes("/gql")) continue;
      queue.push(resolveModule(path.dirname(file), specifier));
    }
  }
  return [...seen];
}

/** The root fields of every mutation a file sends through the generated `graphql()` function. */
function mutationsSentBy(file: string): Set<string> {
  const source = readFileSync(file, "utf8");
  const fields = new Set<string>();
  for (const match of source.matchAll(/graphql\(`([^`]*)`\)/g)) {
    for (const definition of parse(match[1]!).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== "mutation") continue;
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
      }
    }
  }
  return fields;
}

describe("every mutation has a screen", () => {
  const mutations = supergraphMutations();
  const screens: Record<string, string> = MUTATION_SCREENS;
  const routes = new Set<string>(ROUTES.map((route) => route.path));
  const pages = pageModules();

  it("reads the supergraph's mutations", () => {
    // A guard on the parsing above: the supergraph has far more than a handful.
    expect(mutations.length).toBeGreaterThan(40);
  });

  it("maps every mutation of the supergraph, and nothing else, to a route", () => {
    expect(
      mutations.filter((name) => !(name in screens)),
      "mutations with no screen",
    ).toEqual([]);
    expect(
      Object.keys(screens).filter((name) => !mutations.includes(name)),
      "screens for mutations the supergraph no longer has",
    ).toEqual([]);
  });

  it.each(Object.entries(MUTATION_SCREENS))("%s is done on %s, a page that sends it", (mutation, route) => {
    expect(routes.has(route), `${route} is not in ROUTES`).toBe(true);
    const page = pages.get(route);
    expect(page, `app.tsx loads no page for ${route}`).toBeDefined();
    const senders = reachable(page!).filter((file) => mutationsSentBy(file).has(mutation));
    expect(senders, `nothing on ${route} sends ${mutation}`).not.toEqual([]);
  });
});
