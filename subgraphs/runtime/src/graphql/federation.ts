import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, type GraphQLSchema, GraphQLString, parse } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { type Classification, classify } from "../security/permissions.js";
import { validateArgument } from "./validation.js";

/** The one Federation version every subgraph speaks; change it here and recompose. */
export const FEDERATION_VERSION = "v2.7";
const FEDERATION_IMPORTS = [
  "@key",
  "@shareable",
  "@external",
  "@requires",
  "@provides",
  "@inaccessible",
  "@composeDirective",
];

/** `@sensitive(category: "X")`: the data category of a restricted field, composed into the supergraph. */
const sensitiveDirective = new GraphQLDirective({
  name: "sensitive",
  description:
    "The field holds data of this category; only agencies an active sharing agreement grants it to can read it.",
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { category: { type: new GraphQLNonNull(GraphQLString), description: "A DataCategory value." } },
});
const SENSITIVE_LINK =
  'extend schema @link(url: "https://specs.partnership-graph.org/sensitive/v1.0", import: ["@sensitive"]) @composeDirective(name: "@sensitive")';

/** Resolves entity representations for one type; batch them through a per-request DataLoader. */
export type ReferenceResolver<TContext> = (representation: Record<string, unknown>, context: TContext) => unknown;

export interface FederatedSchemaDefinition<TContext> {
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver that must still be in the schema (entity stubs). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, ReferenceResolver<TContext>>;
}

/** The subgraph SDL: type-graphql's schema printed with its directives, under the federation link. */
export async function printSubgraphSdl<TContext>(definition: FederatedSchemaDefinition<TContext>): Promise<string> {
  const { sdl } = await buildParts(definition);
  return sdl;
}

/**
 * type-graphql resolvers turned into an executable Federation v2 subgraph schema, with the field
 * classification (`@Sensitive`, `@Public`, `@Roles`) read from them: type-graphql keeps it in
 * field extensions, which the SDL round trip through buildSubgraphSchema does not carry.
 */
export async function buildFederatedSchema<TContext>(
  definition: FederatedSchemaDefinition<TContext>,
): Promise<{ schema: GraphQLSchema; classification: Classification }> {
  const { sdl, schema } = await buildParts(definition);
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return {
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    classification: classify(schema),
  };
}

/** The root types' descriptions, the same in every subgraph so the composed schema carries them once. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "What may be read, each field within the partnership the request acts in (the x-partnership-id header) and what its sharing agreements grant.",
  Mutation:
    "What may be written, each change checked against the caller's roles and the partnership the request acts in; invalid input writes nothing.",
};

async function buildParts<TContext>(definition: FederatedSchemaDefinition<TContext>) {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    directives: [sensitiveDirective],
    validateFn: validateArgument,
    // Federation directives are only meaningful to the composer; the generated schema is checked there.
    skipCheck: true,
  });
  for (const type of [schema.getQueryType(), schema.getMutationType()])
    if (type) type.description ??= ROOT_DESCRIPTIONS[type.name];
  const imports = FEDERATION_IMPORTS.map((name) => `"${name}"`).join(", ");
  const links = [
    `extend schema @link(url: "https://specs.apollo.dev/federation/${FEDERATION_VERSION}", import: [${imports}])`,
    SENSITIVE_LINK,
  ];
  const sdl = `${links.join("\n")}\n\n${printSchemaWithDirectives(schema)}`;
  return { schema, sdl };
}
