import {
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isIntrospectionType,
  isObjectType,
  Kind,
  responsePathAsArray,
} from "graphql";
import { applyMiddleware, type IMiddleware } from "graphql-middleware";
import { allow, rule, shield } from "graphql-shield";
import type { IRule } from "graphql-shield";
import { ErrorCode, forbidden } from "../errors.js";
import type { AuditTrail, DenialReason } from "./audit-trail.js";
import type { Caller } from "./caller.js";
import type { ClassificationExtensions, SensitiveExtension } from "./classification.js";
import type { Role } from "./roles.js";

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/** How a subgraph decides record-level access for one of its types. */
export interface RecordAccess<TContext = unknown> {
  /** The agency that owns the record: its own people see every field of it, agreement or not. */
  owner?(record: object): string | null | undefined;
  /** Whether the caller's agency takes part in the record; required to see its detail fields. */
  takesPart?(record: object, context: TContext): boolean | Promise<boolean>;
  /**
   * What the audit log names a record by, for a type that has neither an `id` nor a `@key` (a
   * page of figures, say). Types with either need nothing here (see entityIdentifier).
   */
  entityId?(record: object): string | null | undefined;
}

export interface Classification {
  /** Type → field → its category. */
  sensitive: Map<string, Map<string, SensitiveExtension>>;
  /** Root field → the roles allowed to call it. */
  roles: { Query: Map<string, Role[]>; Mutation: Map<string, Role[]> };
  /** `Type.field` of every field neither classified sensitive nor declared public. */
  unclassified: string[];
}

interface PermissionContext {
  caller: Caller;
  audit: AuditTrail;
}

/** Reads the classification that `@Sensitive`, `@Public` and `@Roles` left in type-graphql's schema. */
export function classify(schema: GraphQLSchema): Classification {
  const classification: Classification = {
    sensitive: new Map(),
    roles: { Query: new Map(), Mutation: new Map() },
    unclassified: [],
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || type.name.startsWith("_")) continue;
    const typePublic = (type.extensions as ClassificationExtensions).public === true;
    for (const field of Object.values(type.getFields())) {
      const extensions = field.extensions as ClassificationExtensions;
      if (ROOT_TYPES.has(type.name)) {
        if (extensions.roles && (type.name === "Query" || type.name === "Mutation")) {
          classification.roles[type.name].set(field.name, extensions.roles);
        }
        continue;
      }
      if (extensions.sensitive) {
        const fields = classification.sensitive.get(type.name) ?? new Map<string, SensitiveExtension>();
        fields.set(field.name, extensions.sensitive);
        classification.sensitive.set(type.name, fields);
      } else if (!extensions.public && !typePublic) {
        classification.unclassified.push(`${type.name}.${field.name}`);
      }
    }
  }
  return classification;
}

/** The field sets of a type's `@key` directives in this subgraph, e.g. [["id"], ["email"]]. */
function keyFieldSets(type: GraphQLObjectType): string[][] {
  const sets: string[][] = [];
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== "key") continue;
      const fields = directive.arguments?.find((a) => a.name.value === "fields")?.value;
      // A nested key (`agency { id }`) names no value of the record itself; none is used here.
      if (fields?.kind !== Kind.STRING || fields.value.includes("{")) continue;
      sets.push(fields.value.trim().split(/[\s,]+/));
    }
  }
  return sets;
}

/**
 * How the audit log names a record of a type: the subgraph's own `entityId` where it gives one,
 * else the record's `id`, else the first of the type's `@key`s whose fields the record holds,
 * written `field:value` (so `email:…` or `companyNumber:…` can never be mistaken for an id). An
 * entity this subgraph only extends (Person known here by email, Supplier by company number) is
 * then named by the key the gateway found it with; `email:withheld` when the caller was refused
 * that key itself, and the request's row of the refusal in the owning subgraph names the record.
 */
export function entityIdentifier(
  schema: GraphQLSchema,
  typeName: string,
  access: RecordAccess<never> | undefined,
): (record: unknown) => string | null {
  if (access?.entityId) {
    const own = access.entityId.bind(access);
    return (record) => (record && typeof record === "object" ? (own(record) ?? null) : null);
  }
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const keys = keyFieldSets(type).filter((fields) => !(fields.length === 1 && fields[0] === "id"));
  if (!type.getFields().id && keys.length === 0)
    throw new Error(
      `${typeName} has sensitive fields but no id, no @key and no recordAccess entityId: its audit rows could not name their record`,
    );
  return (record) => {
    if (!record || typeof record !== "object") return null;
    const values = record as Record<string, unknown>;
    if (values.id !== null && values.id !== undefined) return String(values.id);
    for (const fields of keys) {
      if (fields.every((field) => values[field] !== null && values[field] !== undefined))
        return fields.map((field) => `${field}:${String(values[field])}`).join(",");
    }
    // Reached through a key the caller was not given (the directory withheld a person's email):
    // this subgraph cannot know the record, and says so. The owner's own row of the same request
    // (its refusal of that key) names it.
    return keys.length > 0 ? keys[0]!.map((field) => `${field}:withheld`).join(",") : null;
  };
}

function deniedBySharing(
  typeName: string,
  fieldName: string,
  category: string,
  reason: "NO_AGREEMENT" | "NOT_TAKING_PART",
  path?: ReadonlyArray<string | number>,
) {
  const why =
    reason === "NO_AGREEMENT"
      ? `no active sharing agreement grants ${category} to your agency`
      : `your agency does not take part in this record`;
  return withoutStack(
    () =>
      new GraphQLError(`Restricted: ${typeName}.${fieldName} needs ${category} under a sharing agreement, and ${why}`, {
        path,
        extensions: { code: ErrorCode.FORBIDDEN_BY_SHARING_AGREEMENT, category, reason },
      }),
  );
}

/**
 * A refusal is an answer, not a fault: it is built without a stack trace. A page of fifty records
 * a partner may see only the summary of carries hundreds of refusals, and capturing and formatting
 * their stacks cost more than the checks themselves. (A refusal that already names its path is
 * also passed on by graphql-js as it is, not wrapped in another error.)
 */
function withoutStack(make: () => GraphQLError): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const error = make();
    // A plain value, so that nothing formats a stack when the error is read or wrapped.
    Object.defineProperty(error, "stack", {
      value: `${error.name}: ${error.message}`,
      writable: true,
      configurable: true,
    });
    return error;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function roleRule(fieldName: string, roles: Role[] | undefined): IRule {
  return rule(`roles:${fieldName}`, { cache: "contextual" })((_parent, _args, ctx: PermissionContext) => {
    if (!roles) return forbidden(`${fieldName} is not open to any role`);
    if (ctx.caller.roles.some((role) => roles.includes(role))) return true;
    return forbidden(
      `${fieldName} needs one of the roles ${roles.join(", ")}; you have ${ctx.caller.roles.join(", ") || "none"}`,
    );
  });
}

function sensitiveRule(
  typeName: string,
  fieldName: string,
  { category, detail }: SensitiveExtension,
  access: RecordAccess | undefined,
): IRule {
  const perRecord = Boolean(access?.owner || (detail && access?.takesPart));
  if (detail && !access?.takesPart)
    throw new Error(`${typeName}.${fieldName} is a detail field but ${typeName} has no takesPart rule`);
  // Without a per-record check the answer depends only on the caller: evaluate once per request.
  return rule(`sensitive:${typeName}.${fieldName}`, {
    cache: perRecord ? "no_cache" : "contextual",
  })(async (parent, _args, ctx: PermissionContext, info: GraphQLResolveInfo) => {
    if (access?.owner && access.owner(parent) === ctx.caller.agencyId) return true;
    // A per-record refusal belongs to one field of one record and can name its path; one cached
    // for the whole request is shared by every record, so graphql-js places each copy.
    const path = perRecord ? responsePathAsArray(info.path) : undefined;
    if (!ctx.caller.grants[category]) return deniedBySharing(typeName, fieldName, category, "NO_AGREEMENT", path);
    if (detail && !(await access!.takesPart!(parent, ctx)))
      return deniedBySharing(typeName, fieldName, category, "NOT_TAKING_PART", path);
    return true;
  });
}

type FieldResolve = (parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;
type FieldMiddleware = (
  resolve: FieldResolve,
  parent: unknown,
  args: unknown,
  ctx: unknown,
  info: GraphQLResolveInfo,
) => unknown;

/** Whether a field's middleware answered with this refusal itself (its resolver never ran). */
function refusal(result: unknown, code: string): GraphQLError | null {
  return result instanceof GraphQLError && result.extensions.code === code ? result : null;
}

/**
 * Wraps a sensitive field's shield middleware so that what it lets through is recorded in the
 * request's audit trail, with the agreement that allowed it, and what it refuses is recorded as
 * refused, with the reason. One wrapper per field, not two; a refusal adds one small object, no
 * stack (see withoutStack).
 */
function audited(
  shieldMiddleware: FieldMiddleware,
  category: string,
  access: RecordAccess | undefined,
  entityIdOf: (record: unknown) => string | null,
): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    let resolved = false;
    const result = shieldMiddleware(
      (p, a, c, i) => {
        resolved = true;
        const record = (value: unknown) => {
          if (value === null || value === undefined || value instanceof Error) return value;
          const context = c as PermissionContext;
          const own = access?.owner?.(p as object) === context.caller.agencyId;
          context.audit.record({
            entityType: i.parentType.name,
            entityId: entityIdOf(p),
            field: i.fieldName,
            category,
            agreementId: own ? null : (context.caller.grants[category as keyof Caller["grants"]] ?? null),
            outcome: "RETURNED",
            reason: null,
            path: i.path,
          });
          return value;
        };
        const value = resolve(p, a, c, i);
        return value instanceof Promise ? value.then(record) : record(value);
      },
      parent,
      args,
      ctx,
      info,
    );
    const recordRefusal = (value: unknown) => {
      const refused = resolved ? null : refusal(value, ErrorCode.FORBIDDEN_BY_SHARING_AGREEMENT);
      if (refused) {
        (ctx as PermissionContext).audit.record({
          entityType: info.parentType.name,
          entityId: entityIdOf(parent),
          field: info.fieldName,
          category,
          agreementId: null,
          outcome: "DENIED",
          reason: refused.extensions.reason as DenialReason,
        });
      }
      return value;
    };
    return result instanceof Promise ? result.then(recordRefusal) : recordRefusal(result);
  };
}

/** Wraps a role-guarded root field's shield middleware so that a refusal is recorded in the audit trail. */
function refusalsAudited(shieldMiddleware: FieldMiddleware): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    let resolved = false;
    const result = shieldMiddleware(
      (p, a, c, i) => {
        resolved = true;
        return resolve(p, a, c, i);
      },
      parent,
      args,
      ctx,
      info,
    );
    const recordRefusal = (value: unknown) => {
      if (!resolved && refusal(value, ErrorCode.FORBIDDEN)) {
        (ctx as PermissionContext).audit.record({
          entityType: info.parentType.name,
          entityId: null,
          field: info.fieldName,
          category: null,
          agreementId: null,
          outcome: "DENIED",
          reason: "MISSING_ROLE",
        });
      }
      return value;
    };
    return result instanceof Promise ? result.then(recordRefusal) : recordRefusal(result);
  };
}

/**
 * Applies the permission layer to an executable subgraph schema: graphql-shield rules on the
 * sensitive fields and on role-guarded root fields, the sensitive ones also recording what they return.
 * Only those fields are wrapped; every other field resolves with no middleware at all.
 */
export function applyPermissions(
  schema: GraphQLSchema,
  classification: Classification,
  recordAccess: Record<string, RecordAccess<never>> = {},
): GraphQLSchema {
  const rules: Record<string, Record<string, IRule>> = {};
  for (const [typeName, fields] of classification.sensitive) {
    rules[typeName] = {};
    for (const [fieldName, extension] of fields) {
      rules[typeName][fieldName] = sensitiveRule(typeName, fieldName, extension, recordAccess[typeName]);
    }
  }
  for (const [fieldName, roles] of classification.roles.Query)
    (rules.Query ??= {})[fieldName] = roleRule(fieldName, roles);
  const mutation = schema.getMutationType();
  for (const fieldName of Object.keys(mutation?.getFields() ?? {})) {
    (rules.Mutation ??= {})[fieldName] = roleRule(fieldName, classification.roles.Mutation.get(fieldName));
  }

  const generated = shield(rules, { allowExternalErrors: true, fallbackRule: allow }).generate(schema) as Record<
    string,
    Record<string, unknown>
  >;
  // shield wraps every field of the schema (with the fallback rule where none is given); keep
  // only the fields that have a rule, so the rest pay nothing.
  // Sensitive fields also record what they return and what they refuse; root fields what they refuse.
  const identifiers = new Map<string, (record: unknown) => string | null>();
  const entityIdOf = (typeName: string) => {
    let identify = identifiers.get(typeName);
    if (!identify) identifiers.set(typeName, (identify = entityIdentifier(schema, typeName, recordAccess[typeName])));
    return identify;
  };
  const guarded: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(rules)) {
    guarded[typeName] = Object.fromEntries(
      Object.keys(fields).map((fieldName) => {
        const middleware = generated[typeName]![fieldName] as FieldMiddleware;
        const sensitive = classification.sensitive.get(typeName)?.get(fieldName);
        if (!sensitive) return [fieldName, refusalsAudited(middleware)];
        const access = recordAccess[typeName];
        return [fieldName, audited(middleware, sensitive.category, access, entityIdOf(typeName))];
      }),
    );
  }
  return applyMiddleware(schema, guarded as IMiddleware);
}
