import { type ConstDirectiveNode, type FieldDefinitionNode, Kind, parse, type StringValueNode } from "graphql";
import type { SubgraphSdl } from "./compose.js";

/** What a field is in one subgraph's SDL: its `@sensitive` category, or null when it has none (public). */
type CategoryBySubgraph = Map<string, string | null>;

/** A field more than one subgraph declares, classified differently in them. */
export interface ClassificationConflict {
  /** `Type.field`. */
  field: string;
  /** Each subgraph declaring the field, with its category (null: public there). */
  categories: Record<string, string | null>;
}

const OBJECT_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
]);

function categoryOf(field: FieldDefinitionNode): string | null {
  const sensitive = field.directives?.find((directive: ConstDirectiveNode) => directive.name.value === "sensitive");
  const category = sensitive?.arguments?.find((argument) => argument.name.value === "category")?.value;
  return category ? (category as StringValueNode).value : null;
}

/**
 * Every field declared by more than one subgraph (a key field, a `@shareable` field or type, an
 * `@external` field another subgraph resolves or `@requires`): in Federation 2 a field may appear in
 * two subgraphs only as one of those, so "declared twice" is exactly "resolvable or handed over by
 * more than one". Each must carry the same `@sensitive` category everywhere, or none everywhere:
 * the supergraph shows one merged category, and a subgraph that declares the field public would
 * hand it out (as a key, say) to a caller its owner refuses.
 */
export function classificationConflicts(subgraphs: SubgraphSdl[]): ClassificationConflict[] {
  const fields = new Map<string, CategoryBySubgraph>();
  for (const { name, sdl } of subgraphs) {
    for (const definition of parse(sdl).definitions) {
      if (!OBJECT_KINDS.has(definition.kind)) continue;
      const type = definition as { name: { value: string }; fields?: readonly FieldDefinitionNode[] };
      for (const field of type.fields ?? []) {
        const key = `${type.name.value}.${field.name.value}`;
        const bySubgraph = fields.get(key) ?? new Map<string, string | null>();
        bySubgraph.set(name, categoryOf(field));
        fields.set(key, bySubgraph);
      }
    }
  }
  const conflicts: ClassificationConflict[] = [];
  for (const [field, bySubgraph] of fields) {
    if (bySubgraph.size < 2 || new Set(bySubgraph.values()).size < 2) continue;
    conflicts.push({ field, categories: Object.fromEntries(bySubgraph) });
  }
  return conflicts.sort((a, b) => a.field.localeCompare(b.field));
}

/** "Person.email is PERSONNEL in governance but public in cases, training". */
export function describeConflict({ field, categories }: ClassificationConflict): string {
  const groups = new Map<string, string[]>();
  for (const [subgraph, category] of Object.entries(categories)) {
    const label = category ?? "public";
    groups.set(label, [...(groups.get(label) ?? []), subgraph]);
  }
  const parts = [...groups].map(([label, names]) => `${label} in ${names.join(", ")}`);
  return `${field} is ${parts.join(" but ")}: a field more than one subgraph declares needs one classification (the same @sensitive category, or none) in each`;
}

/** Thrown with every conflict, each on its own line. */
export class ClassificationConflictError extends Error {
  constructor(readonly conflicts: ClassificationConflict[]) {
    super(
      `classification differs across subgraphs:\n${conflicts.map((conflict) => `  - ${describeConflict(conflict)}`).join("\n")}`,
    );
    this.name = "ClassificationConflictError";
  }
}

/** Throws a ClassificationConflictError naming every shared field classified differently by two subgraphs. */
export function checkClassificationConsistency(subgraphs: SubgraphSdl[]): void {
  const conflicts = classificationConflicts(subgraphs);
  if (conflicts.length > 0) throw new ClassificationConflictError(conflicts);
}
