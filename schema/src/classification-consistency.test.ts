import { describe, expect, it } from "vitest";
import {
  checkClassificationConsistency,
  ClassificationConflictError,
  classificationConflicts,
} from "./classification-check.js";
import { printSubgraphs, type SubgraphSdl } from "./compose.js";
import { schemaProblems } from "./schema-check.js";

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])\n' +
  'extend schema @link(url: "https://specs.partnership-graph.org/sensitive/v1.0", import: ["@sensitive"]) @composeDirective(name: "@sensitive")\n' +
  "directive @sensitive(category: String!) on FIELD_DEFINITION\n";

const subgraph = (name: string, body: string): SubgraphSdl => ({
  name,
  url: `http://${name}/graphql`,
  sdl: LINK + body,
});

/** Every field that more than one subgraph declares, read from the subgraphs' SDL. */
function sharedFields(subgraphs: SubgraphSdl[]): string[] {
  const seen = new Map<string, number>();
  for (const { sdl } of subgraphs)
    for (const match of sdl.matchAll(/^(?:extend )?(?:type|interface) (\w+)[^{]*\{([\s\S]*?)^\}/gm))
      for (const field of match[2]!.matchAll(/^ {2}(\w+)[(:]/gm))
        seen.set(`${match[1]}.${field[1]}`, (seen.get(`${match[1]}.${field[1]}`) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([field]) => field);
}

describe("one classification per field across subgraphs", () => {
  it("holds for every field our subgraphs share (keys, @shareable, @external)", async () => {
    const subgraphs = await printSubgraphs();
    // The class is not empty: Person.email, Supplier.companyNumber, Agency.id, PageInfo… are shared.
    expect(sharedFields(subgraphs)).toEqual(
      expect.arrayContaining(["Person.email", "Agency.id", "Supplier.intelligenceSignals"]),
    );
    expect(classificationConflicts(subgraphs).map((c) => c.field)).toEqual([]);
  });

  it("keeps Person.email PERSONNEL in every subgraph that declares it", async () => {
    const subgraphs = await printSubgraphs();
    const declaring = subgraphs.filter(({ sdl }) => /^type Person\b[\s\S]*?^ {2}email:/m.test(sdl));
    expect(declaring.map((s) => s.name).sort()).toEqual(["cases", "governance", "training"]);
    for (const { name, sdl } of declaring)
      expect(sdl.match(/^type Person\b[\s\S]*?^ {2}(email: .*)$/m)![1], name).toMatch(
        /@sensitive\(category: "PERSONNEL"\)/,
      );
  });

  it("rejects a key field classified in its owner but public in a subgraph that hands it out, naming the field and subgraphs", () => {
    const owner = subgraph(
      "directory",
      'type Query { staff: [Person] }\ntype Person @key(fields: "email") { email: String @sensitive(category: "PERSONNEL") name: String }',
    );
    const leaky = subgraph(
      "casework",
      'type Query { referrals: [Referral] }\ntype Referral { id: ID! referrer: Person }\ntype Person @key(fields: "email") { email: String }',
    );
    expect(() => checkClassificationConsistency([owner, leaky])).toThrow(ClassificationConflictError);
    expect(() => checkClassificationConsistency([owner, leaky])).toThrow(
      /Person\.email is PERSONNEL in directory but public in casework/,
    );
    // The same through the whole `schema:check`, whatever the committed supergraph.
    expect(schemaProblems([owner, leaky])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Person\.email is PERSONNEL in directory but public in casework/),
      ]),
    );
  });

  it("rejects two different categories, on @shareable and @external fields as on keys", () => {
    const a = subgraph(
      "a",
      'type Query { a: Thing }\ntype Thing @key(fields: "id") { id: ID! note: String @shareable @sensitive(category: "HEALTH") signals: Int @sensitive(category: "SUPPLIER_RISK") }',
    );
    const b = subgraph(
      "b",
      'type Query { b: Thing }\ntype Thing @key(fields: "id") { id: ID! note: String @shareable @sensitive(category: "SAFEGUARDING") signals: Int @external score: Int @requires(fields: "signals") }',
    );
    expect(classificationConflicts([a, b])).toEqual([
      { field: "Thing.note", categories: { a: "HEALTH", b: "SAFEGUARDING" } },
      { field: "Thing.signals", categories: { a: "SUPPLIER_RISK", b: null } },
    ]);
  });

  it("accepts the same category everywhere, and fields only one subgraph declares", () => {
    const a = subgraph(
      "a",
      'type Query { a: Thing }\ntype Thing @key(fields: "id") { id: ID! secret: String @sensitive(category: "HEALTH") }',
    );
    const b = subgraph(
      "b",
      'type Query { b: Thing }\ntype Thing @key(fields: "id") { id: ID! secret: String @external @sensitive(category: "HEALTH") other: Int }',
    );
    expect(classificationConflicts([a, b])).toEqual([]);
  });
});
