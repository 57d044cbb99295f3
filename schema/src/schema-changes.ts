import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import {
  buildSchema,
  DEFAULT_DEPRECATION_REASON,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";

/** What one release changes in the API schema, sorted by how a client is affected. */
export interface SchemaChanges {
  /** Breaking changes to something the released schema had deprecated, with a reason: the policy allows them. */
  retired: Change[];
  /** Breaking changes without that notice: the check refuses them. */
  refused: Change[];
  /** Changes that may break a client in some uses (a new enum value, a changed default). */
  dangerous: Change[];
  additive: Change[];
}

/** A deprecation a client could act on: it says why (and, by convention, what to use instead). */
const announced = (reason: string | null | undefined) =>
  Boolean(reason?.trim()) && reason !== DEFAULT_DEPRECATION_REASON;

/**
 * Whether the element a change path names (`Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`)
 * was deprecated with a reason in the released schema. A type cannot carry @deprecated: its removal
 * is announced when every one of its fields or values was.
 */
export function deprecatedIn(schema: GraphQLSchema, changePath: string): boolean {
  const [typeName, member, argument] = changePath.split(".");
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type) return false;
  if (isEnumType(type)) {
    const values = member ? type.getValues().filter((v) => v.name === member) : type.getValues();
    return values.length > 0 && values.every((v) => announced(v.deprecationReason));
  }
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const fields = Object.values(type.getFields());
  if (!member) return fields.length > 0 && fields.every((f) => announced(f.deprecationReason));
  const field = type.getFields()[member];
  if (!field) return false;
  if (argument === undefined) return announced(field.deprecationReason);
  if (!("args" in field)) return false;
  const arg = field.args.find((a) => a.name === argument);
  return Boolean(arg && (announced(arg.deprecationReason) || announced(field.deprecationReason)));
}

/**
 * The changes from the released API schema to the current one. A breaking change is retired (allowed)
 * only when what it removes or changes was deprecated with a reason in the release before: clients
 * had one release's notice, in the schema they introspect.
 */
export async function schemaChanges(releasedSdl: string, currentSdl: string): Promise<SchemaChanges> {
  const released = buildSchema(releasedSdl);
  const changes = await diff(released, buildSchema(currentSdl));
  const result: SchemaChanges = { retired: [], refused: [], dangerous: [], additive: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      (change.path && deprecatedIn(released, change.path) ? result.retired : result.refused).push(change);
    } else if (change.criticality.level === CriticalityLevel.Dangerous) result.dangerous.push(change);
    else result.additive.push(change);
  }
  return result;
}

/** One message per refused change, naming the policy, for `npm run schema:check`. */
export function describeRefused(changes: SchemaChanges): string[] {
  return changes.refused.map(
    (change) =>
      `breaking change to the API schema: ${change.message}${change.path ? ` (${change.path})` : ""}; deprecate it with a reason for one release first (@deprecated(reason: "use … instead")), then remove it`,
  );
}

/** A release's entry in docs/api-changelog.md: each kind of change under its heading, in schema order. */
export function changelogEntry(version: string, changes: SchemaChanges): string {
  const section = (title: string, list: Change[]) =>
    list.length === 0
      ? []
      : [
          `### ${title}`,
          "",
          ...list
            .map((c) => `- ${c.message}`)
            .sort()
            .map((line) => line.replace(/\s+/g, " ")),
          "",
        ];
  const lines = [
    ...section("Removed after deprecation", changes.retired),
    ...section("Breaking", changes.refused),
    ...section("May affect some clients", changes.dangerous),
    ...section("Added or described", changes.additive),
  ];
  return [`## ${version}`, "", ...(lines.length ? lines : ["No change to the API schema.", ""])].join("\n");
}
