import {
  defaultFieldResolver,
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
import { ErrorCode, forbidden, withoutStackFrames } from "../errors.js";
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

/** What a guarded field needs to decide, computed once when the schema is built. */
interface GuardedField {
  typeName: string;
  fieldName: string;
  category: string;
  /** The field is detail: only the agencies taking part in its record see it. */
  detail: boolean;
  access: RecordAccess | undefined;
  identify: (record: unknown) => string | null;
}

/** A guarded field's answer for one record: allowed (under an agreement, or as the owner) or refused. */
type Decision = { agreementId: string | null } | GraphQLError;

/**
 * What one request has already decided: each detail type's "takes part" per record. Five detail
 * fields of one record, or a record reached twice, cost one check; the checks of a loaded row are
 * looked up, not repeated.
 */
class RequestDecisions {
  private readonly takesPart = new Map<RecordAccess, WeakMap<object, boolean | Promise<boolean>>>();

  takesPartIn(access: RecordAccess, record: object, context: PermissionContext): boolean | Promise<boolean> {
    let known = this.takesPart.get(access);
    if (!known) this.takesPart.set(access, (known = new WeakMap()));
    let answer = known.get(record);
    if (answer === undefined) {
      answer = access.takesPart!(record, context);
      known.set(record, answer);
    }
    return answer;
  }
}

const decisionsOf = new WeakMap<object, RequestDecisions>();

function decisions(context: PermissionContext): RequestDecisions {
  let known = decisionsOf.get(context);
  if (!known) decisionsOf.set(context, (known = new RequestDecisions()));
  return known;
}

/**
 * Whether the caller may see this field of this record. Synchronous whenever the answer is known
 * without I/O (the caller's own record, a category not granted, a record whose parties are loaded
 * with it), so a guarded field resolves as a plain one does: no promise per field for graphql-js
 * to await on a page of fifty records.
 */
function decide(field: GuardedField, record: unknown, context: PermissionContext, info: GraphQLResolveInfo) {
  const { access, category } = field;
  const { caller } = context;
  if (access?.owner && record && access.owner(record as object) === caller.agencyId) return OWN;
  const agreementId = caller.grants[category as keyof Caller["grants"]];
  if (!agreementId) return deniedBySharing(field, "NO_AGREEMENT", info);
  if (!field.detail) return { agreementId };
  const takesPart = decisions(context).takesPartIn(access!, record as object, context);
  const answer = (yes: boolean): Decision => (yes ? { agreementId } : deniedBySharing(field, "NOT_TAKING_PART", info));
  return takesPart instanceof Promise ? takesPart.then(answer) : answer(takesPart);
}

const OWN: Decision = { agreementId: null };

function deniedBySharing(
  { typeName, fieldName, category }: GuardedField,
  reason: "NO_AGREEMENT" | "NOT_TAKING_PART",
  info: GraphQLResolveInfo,
) {
  const why =
    reason === "NO_AGREEMENT"
      ? `no active sharing agreement grants ${category} to your agency`
      : `your agency does not take part in this record`;
  return withoutStack(
    () =>
      new GraphQLError(`Restricted: ${typeName}.${fieldName} needs ${category} under a sharing agreement, and ${why}`, {
        path: responsePathAsArray(info.path),
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
  const error = withoutStackFrames(make);
  // A plain value, so that nothing formats a stack when the error is read or wrapped.
  Object.defineProperty(error, "stack", {
    value: `${error.name}: ${error.message}`,
    writable: true,
    configurable: true,
  });
  return error;
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
 * A sensitive field's resolver, guarded: decides (see decide), records in the request's audit
 * trail what it lets through, with the agreement that allowed it, and what it refuses, with the
 * reason; a refusal is the field's answer (null there, the error naming its path). A check that
 * fails (the record's concern could not be loaded) is the field's error, not a refusal. A page of
 * fifty records resolves hundreds of guarded values, so the synchronous path allocates no closure.
 */
function guarded(field: GuardedField, resolve: FieldResolve): FieldResolve {
  return (parent, args, ctx, info) => {
    const context = ctx as PermissionContext;
    const decision = decide(field, parent, context, info);
    if (decision instanceof Promise)
      return decision.then((known) => answer(field, known, resolve, parent, args, context, info));
    return answer(field, decision, resolve, parent, args, context, info);
  };
}

function answer(
  field: GuardedField,
  decision: Decision,
  resolve: FieldResolve,
  parent: unknown,
  args: unknown,
  context: PermissionContext,
  info: GraphQLResolveInfo,
): unknown {
  if (decision instanceof GraphQLError) {
    context.audit.record({
      entityType: field.typeName,
      entityId: field.identify(parent),
      field: field.fieldName,
      category: field.category,
      agreementId: null,
      outcome: "DENIED",
      reason: decision.extensions.reason as DenialReason,
    });
    return decision;
  }
  const value = resolve(parent, args, context, info);
  if (value instanceof Promise)
    return value.then((resolved) => returned(field, resolved, decision.agreementId, parent, context, info));
  return returned(field, value, decision.agreementId, parent, context, info);
}

function returned(
  field: GuardedField,
  value: unknown,
  agreementId: string | null,
  parent: unknown,
  context: PermissionContext,
  info: GraphQLResolveInfo,
): unknown {
  if (value === null || value === undefined || value instanceof Error) return value;
  context.audit.record({
    entityType: field.typeName,
    entityId: field.identify(parent),
    field: field.fieldName,
    category: field.category,
    agreementId,
    outcome: "RETURNED",
    reason: null,
    path: info.path,
  });
  return value;
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
 * role-guarded root fields, and on the sensitive fields a guard that decides from the caller's
 * grants and the record's access and records what it returns and refuses. Only those fields are
 * wrapped (the root fields as middleware, the sensitive fields' resolvers replaced); every other
 * field resolves as it was.
 *
 * The sensitive fields are not shield rules: shield awaits every rule and every resolver, so each
 * guarded value of a page became a chain of promises graphql-js had to wait on, which cost more
 * than the checks (issue #24's profile of the police's concern list). Their guard answers
 * synchronously whenever it can (decide), and is built from the same classification.
 */
export function applyPermissions(
  schema: GraphQLSchema,
  classification: Classification,
  recordAccess: Record<string, RecordAccess<never>> = {},
): GraphQLSchema {
  const rules: Record<string, Record<string, IRule>> = {};
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
  // only the root fields that have a rule, so the rest pay nothing.
  const roleGuards: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(rules)) {
    roleGuards[typeName] = Object.fromEntries(
      Object.keys(fields).map((fieldName) => [
        fieldName,
        refusalsAudited(generated[typeName]![fieldName] as FieldMiddleware),
      ]),
    );
  }
  const permitted = applyMiddleware(schema, roleGuards as IMiddleware);
  // The sensitive fields' resolvers are replaced in the schema graphql-middleware just built (its
  // fields are its own, not `schema`'s): as middleware, each guarded value cost a closure and a
  // call more.
  for (const [typeName, fields] of classification.sensitive) {
    const access = recordAccess[typeName] as RecordAccess | undefined;
    const identify = entityIdentifier(schema, typeName, recordAccess[typeName]);
    const type = permitted.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, { category, detail }] of fields) {
      if (detail && !access?.takesPart)
        throw new Error(`${typeName}.${fieldName} is a detail field but ${typeName} has no takesPart rule`);
      const target = type.getFields()[fieldName]!;
      target.resolve = guarded(
        { typeName, fieldName, category, detail: Boolean(detail), access, identify },
        target.resolve ?? defaultFieldResolver,
      );
    }
  }
  return permitted;
}
