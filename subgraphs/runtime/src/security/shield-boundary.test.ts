import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..", "..", "..");
const SOURCE_ROOTS = ["subgraphs", "gateway", "platform", "schema", "supergraph", "bench"];

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typescriptFiles(full);
    return /\.(ts|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * graphql-shield is the required enforcement library, but its ES module build breaks on Node 23
 * and later (it imports util.isUndefined): one module applies it, so nothing else depends on its
 * build or its internals, and replacing or patching it touches one file.
 */
describe("graphql-shield", () => {
  it("is imported by the permission layer alone", () => {
    const importers = SOURCE_ROOTS.flatMap((root) => typescriptFiles(path.join(ROOT, root)))
      .filter((file) =>
        /from\s+["']graphql-shield["']|require\(["']graphql-shield["']\)/.test(readFileSync(file, "utf8")),
      )
      .map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
    expect(importers).toEqual(["subgraphs/runtime/src/security/permissions.ts"]);
  });
});
