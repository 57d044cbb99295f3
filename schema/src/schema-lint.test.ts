import { describe, expect, it } from "vitest";
import { schemaLintProblems } from "./schema-lint.js";

/** The schema conventions CI holds every subgraph and the API schema to (issue 26, item 2). */
describe("schema lint", () => {
  const CLEAN = `
    """What may be read."""
    type Query {
      """The things, a page at a time."""
      things(
        """How many from the start."""
        first: Int
        """After this cursor."""
        after: String
        """How many from the end."""
        last: Int
        """Before this cursor."""
        before: String
      ): ThingConnection!
    }
    """A thing."""
    type Thing {
      """Its id."""
      id: ID!
    }
    """A page of things."""
    type ThingConnection {
      """Each thing with its cursor."""
      edges: [ThingEdge!]!
      """Where the page starts and ends."""
      pageInfo: PageInfo!
    }
    """A thing with its cursor."""
    type ThingEdge {
      """The cursor."""
      cursor: String!
      """The thing."""
      node: Thing!
    }
    """Where a page starts and ends."""
    type PageInfo {
      """Start."""
      startCursor: String
      """End."""
      endCursor: String
      """More before."""
      hasPreviousPage: Boolean!
      """More after."""
      hasNextPage: Boolean!
    }`;

  it("passes a described schema whose connections follow the specification", async () => {
    expect(await schemaLintProblems(CLEAN)).toEqual([]);
  });

  it("names a missing description, a misnamed field and a connection off the specification, with where", async () => {
    const broken = CLEAN.replace('"""Its id."""', "")
      .replace("id: ID!", "id: ID!\n      Bad_Name: String")
      .replace(/"""More before\."""\s*hasPreviousPage: Boolean!/, "");
    const problems = await schemaLintProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^api\.graphql:\d+:\d+ .*"id" in type "Thing" \(@graphql-eslint\/require-description\)$/),
        expect.stringMatching(/Bad_Name.*\(@graphql-eslint\/naming-convention\)$/),
        expect.stringMatching(/hasPreviousPage.*\(@graphql-eslint\/relay-page-info\)$/),
      ]),
    );
  });

  it("holds a subgraph's schema to descriptions and naming", async () => {
    const problems = await schemaLintProblems(CLEAN, [
      { name: "cases", sdl: 'type Query { "Concerns." concerns: [String!]! notes: String }' },
    ]);
    expect(problems.some((p) => p.startsWith("cases.graphql:") && p.includes("require-description"))).toBe(true);
  });
});
