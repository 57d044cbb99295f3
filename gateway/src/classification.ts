import { Kind, parse, visit } from "graphql";

/**
 * `Type.field` → data category, read from the `@sensitive` directives kept in the supergraph.
 * The client-facing schema drops custom directives, so the gateway serves this at GET /classification.
 */
export function sensitiveFields(supergraphSdl: string): Record<string, string> {
  const result: Record<string, string> = {};
  let typeName = "";
  visit(parse(supergraphSdl), {
    ObjectTypeDefinition: { enter: (node) => void (typeName = node.name.value) },
    FieldDefinition: (node) => {
      const directive = node.directives?.find((d) => d.name.value === "sensitive");
      const category = directive?.arguments?.find((a) => a.name.value === "category")?.value;
      if (category?.kind === Kind.STRING) result[`${typeName}.${node.name.value}`] = category.value;
    },
  });
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}
