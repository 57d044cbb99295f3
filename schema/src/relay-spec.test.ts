import { readFileSync } from "node:fs";
import { configuration, validator } from "graphql-schema-linter";
import { describe, expect, it } from "vitest";
import { apiSchemaOf } from "./api-schema.js";
import { SUPERGRAPH_PATH } from "./endpoints.js";

const RELAY_RULES = ["relay-connection-types-spec", "relay-connection-arguments-spec", "relay-page-info-spec"];

/** What graphql-schema-linter reports for these rules on an SDL, one `rule: message` each. */
function relayProblems(sdl: string): string[] {
  const schema = { definition: sdl, sourceMap: { getOriginalPathForLine: () => "api.graphql" } };
  const config = new configuration.Configuration(schema, { rules: RELAY_RULES });
  const errors = validator.validateSchemaDefinition(schema, config.getRules(), config) as Array<{
    ruleName: string;
    message: string;
  }>;
  return errors.map((e) => `${e.ruleName}: ${e.message}`);
}

/**
 * The Relay rules of graphql-schema-linter, the tool a partner's developer ran on the API schema
 * (issue 26): they pass on the platform's API schema, and find a connection without edges.
 */
describe("graphql-schema-linter's Relay rules", () => {
  it("pass on the API schema", () => {
    expect(relayProblems(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8")))).toEqual([]);
  });

  it("find a connection without edges, as the API schema had before", () => {
    const sdl = `
      type Query { things(first: Int, after: String): ThingConnection }
      type Thing { id: ID! }
      type ThingConnection { nodes: [Thing!]! pageInfo: PageInfo! }
      type PageInfo { hasNextPage: Boolean! endCursor: String }`;
    expect(relayProblems(sdl).join("\n")).toMatch(/relay-connection-types-spec: .*ThingConnection.*edges/);
  });
});
