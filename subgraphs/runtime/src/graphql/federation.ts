import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLDirective, type GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { validateArgument } from "./validation.js";

/** The one Federation version every subgraph speaks; change it here and recompose. */
export const FEDERATION_VERSION = "v2.7";
const FEDERATION_IMPORTS = ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"];

/** Resolves entity representations for one type; batch them through a per-request DataLoader. */
export type ReferenceResolver<TContext> = (representation: Record<string, unknown>, context: TContext) => unknown;

export interface FederatedSchemaDefinition<TContext> {
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver that must still be in the schema (entity stubs). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, ReferenceResolver<TContext>>;
  /** Custom directives declared in this subgraph (and composed into the supergraph). */
  directives?: GraphQLDirective[];
  /** `@link` lines for custom directive specs, appended to the federation link. */
  extraLinks?: string[];
}

/** The subgraph SDL: type-graphql's schema printed with its directives, under the federation link. */
export async function printSubgraphSdl<TContext>(definition: FederatedSchemaDefinition<TContext>): Promise<string> {
  const { sdl } = await buildParts(definition);
  return sdl;
}

/** type-graphql resolvers turned into an executable Federation v2 subgraph schema. */
export async function buildFederatedSchema<TContext>(
  definition: FederatedSchemaDefinition<TContext>,
): Promise<GraphQLSchema> {
  const { sdl, schema } = await buildParts(definition);
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
}

async function buildParts<TContext>(definition: FederatedSchemaDefinition<TContext>) {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    directives: definition.directives,
    validateFn: validateArgument,
    // Federation directives are only meaningful to the composer; the generated schema is checked there.
    skipCheck: true,
  });
  const imports = FEDERATION_IMPORTS.map((name) => `"${name}"`).join(", ");
  const links = [
    `extend schema @link(url: "https://specs.apollo.dev/federation/${FEDERATION_VERSION}", import: [${imports}])`,
    ...(definition.extraLinks ?? []),
  ];
  const sdl = `${links.join("\n")}\n\n${printSchemaWithDirectives(schema)}`;
  return { schema, sdl };
}
