import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSupergraph, composeSupergraph, CompositionError, printSubgraphs } from "./compose.js";

/**
 * Printed and composed in a process of its own, as `npm run schema:compose` does: test files share
 * a process (vitest's isolate is off), and in a process where other files have built schemas,
 * type-graphql has been seen to list a field's arguments in another order. From the build
 * `npm test` makes first (its pretest).
 */
function composedInItsOwnProcess(): unknown {
  const script = `const s = require("./schema/dist/index.js");
    s.printSubgraphs().then((p) => process.stdout.write(JSON.stringify(s.checkSupergraph(s.composeSupergraph(p)))));`;
  const root = path.resolve(__dirname, "..", "..");
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" }));
}

describe("the committed supergraph", () => {
  it("is what the subgraphs compose to now (run `npm run build && npm run schema:compose` after a schema change)", () => {
    expect(composedInItsOwnProcess()).toEqual({ upToDate: true });
  });

  it("is reported stale once a subgraph's schema changes", async () => {
    const subgraphs = await printSubgraphs();
    const changed = subgraphs.map((s) =>
      s.name === "governance"
        ? {
            ...s,
            sdl: s.sdl.replace(
              'type Agency @key(fields: "id") {',
              'type Agency @key(fields: "id") {\n  """A new field."""\n  website: String',
            ),
          }
        : s,
    );
    expect(changed.find((s) => s.name === "governance")!.sdl).toContain("website: String");
    const result = checkSupergraph(composeSupergraph(changed));
    expect(result.upToDate).toBe(false);
    if (!result.upToDate)
      expect(result.reason).toMatch(/differs from the subgraphs' schemas from line \d+: .*A new field/);
  });

  it("is reported missing when the file is absent", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "supergraph-"));
    try {
      const result = checkSupergraph("type Query { a: Int }", path.join(dir, "supergraph.graphql"));
      expect(result).toMatchObject({ upToDate: false });
      await writeFile(path.join(dir, "supergraph.graphql"), "type Query { a: Int }");
      expect(checkSupergraph("type Query { a: Int }", path.join(dir, "supergraph.graphql"))).toEqual({
        upToDate: true,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails with every composition error listed", async () => {
    const [governance] = await printSubgraphs();
    const clash = {
      name: "clash",
      url: "http://clash/graphql",
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Agency @key(fields: "id") { id: ID! name: Int! }',
    };
    expect(() => composeSupergraph([governance!, clash])).toThrow(CompositionError);
    expect(() => composeSupergraph([governance!, clash])).toThrow(/Agency\.name/);
  });
});
