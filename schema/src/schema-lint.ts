import graphqlEslint from "@graphql-eslint/eslint-plugin";
import { ESLint, type Linter } from "eslint";

/** Every description a partner agency's developer reads: types, fields, arguments, enum values, directives. */
const DESCRIPTIONS: Linter.RuleEntry = [
  "error",
  {
    types: true,
    rootField: true,
    FieldDefinition: true,
    InputValueDefinition: true,
    EnumValueDefinition: true,
    DirectiveDefinition: true,
  },
];

const recommended = graphqlEslint.configs["flat/schema-recommended"].rules as Linter.RulesRecord;
const relay = graphqlEslint.configs["flat/schema-relay"].rules as Linter.RulesRecord;

/**
 * The rules for the API schema: graphql-eslint's recommended schema rules and its Relay rules (cursor
 * connections as the specification has them), with descriptions required everywhere. Three are
 * relaxed, each for a reason:
 * - strict-id-in-types: figures, connections and edges are values, not records with an id;
 * - no-typename-prefix: `Audit.auditedOn` and `Audit.auditor` say what they mean; renaming them
 *   would break clients for a rule about style;
 * - relay-edge-types: lists of other things than edges are allowed (`nodes` beside `edges`, lists
 *   of values), and records need not implement a `Node` interface (there is no global `node` query).
 */
export const API_RULES: Linter.RulesRecord = {
  ...recommended,
  ...relay,
  "@graphql-eslint/require-description": DESCRIPTIONS,
  "@graphql-eslint/strict-id-in-types": "off",
  "@graphql-eslint/no-typename-prefix": "off",
  "@graphql-eslint/relay-edge-types": [
    "error",
    { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
  ],
};

/**
 * The rules for each subgraph's own schema: descriptions and naming. The structural rules need the
 * whole graph (a subgraph holds stubs of other subgraphs' types and federation's own directives),
 * so they run on the API schema.
 */
export const SUBGRAPH_RULES: Linter.RulesRecord = {
  "@graphql-eslint/require-description": DESCRIPTIONS,
  "@graphql-eslint/description-style": recommended["@graphql-eslint/description-style"]!,
  "@graphql-eslint/naming-convention": recommended["@graphql-eslint/naming-convention"]!,
  "@graphql-eslint/no-hashtag-description": "error",
  "@graphql-eslint/require-deprecation-reason": "error",
};

/** One subgraph's schema to lint: its name (reported) and its SDL. */
export interface SubgraphSchema {
  name: string;
  sdl: string;
}

/**
 * Every problem graphql-eslint finds in the API schema (API_RULES) and in each subgraph's schema
 * (SUBGRAPH_RULES), one line each: `<schema>.graphql:<line>:<column> <message> (<rule>)`. One
 * ESLint run with one GraphQL config, the API schema's: graphql-eslint keeps the first config it is
 * given for the whole process, and the subgraphs' rules read only their own document.
 */
export async function schemaLintProblems(api: string, subgraphs: SubgraphSchema[] = []): Promise<string[]> {
  const file = (name: string) => `${name}.graphql`;
  const config = (files: string[], rules: Linter.RulesRecord): Linter.Config => ({
    files,
    languageOptions: { parser: graphqlEslint.parser, parserOptions: { graphQLConfig: { schema: api } } },
    plugins: { "@graphql-eslint": graphqlEslint as never },
    rules,
  });
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      config([file("api")], API_RULES),
      ...(subgraphs.length
        ? [
            config(
              subgraphs.map(({ name }) => file(name)),
              SUBGRAPH_RULES,
            ),
          ]
        : []),
    ],
  });
  const problems: string[] = [];
  for (const { name, sdl } of [{ name: "api", sdl: api }, ...subgraphs]) {
    const [result] = await eslint.lintText(sdl, { filePath: file(name) });
    for (const message of result?.messages ?? [])
      problems.push(
        `${file(name)}:${message.line}:${message.column} ${message.message.replace(/\s+/g, " ")} (${message.ruleId})`,
      );
  }
  return problems;
}
