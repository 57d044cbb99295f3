import { Arg, Args, Ctx, Directive, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { DataCategory } from "../data-category.js";
import { badUserInput, forbidden } from "../errors.js";
import { PageArgs, paginate } from "../graphql/connection.js";
import type { BaseContext } from "../server/subgraph.js";
import { AccessDenialReason, AuditEventConnection, AuditEventFilter, AuditOutcome } from "./audit-log.js";
import { type AuditQueryFilter, auditEventsQuery } from "./audit-query.js";
import { type Caller } from "./caller.js";
import { Public, Roles } from "./classification.js";
import { Role } from "./roles.js";

/** Where a malformed key is reported: it arrives as the `query` of an `AuditTrail` representation. */
const KEY_FIELD = "AuditTrail.query";
const text = (max: number) => z.string().min(1).max(max);
const keySchema = z.strictObject({
  userId: text(200).optional(),
  agencyId: text(200).optional(),
  agreementId: text(200).optional(),
  category: z.enum(DataCategory).optional(),
  entityType: text(100).optional(),
  entityId: text(200).optional(),
  outcome: z.enum(AuditOutcome).optional(),
  reason: z.enum(AccessDenialReason).optional(),
  operationHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  clientName: text(100).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});
type AuditTrailKey = z.infer<typeof keySchema>;

/**
 * The one key a question has: its conditions as JSON with the keys sorted and absent ones left out,
 * times in UTC. Equal questions give equal keys, so each subgraph answers exactly what was asked.
 */
export function auditTrailKey(filter: AuditEventFilter): string {
  const key: Record<string, string> = {};
  for (const name of Object.keys(keySchema.shape).sort() as Array<keyof AuditTrailKey>) {
    const value = filter[name];
    if (value == null) continue;
    key[name] = value instanceof Date ? value.toISOString() : value;
  }
  return JSON.stringify(key);
}

/**
 * The filter a key names, checked as strictly as the root query checks its argument: the key comes
 * back from the gateway in `_entities`, and anyone holding a signed caller context could send any.
 */
export function parseAuditTrailKey(key: unknown): AuditQueryFilter {
  if (typeof key !== "string" || key.length > 2_000) throw badUserInput(KEY_FIELD, "is not an audit trail key");
  let json: unknown;
  try {
    json = JSON.parse(key);
  } catch {
    throw badUserInput(KEY_FIELD, "is not an audit trail key (not JSON)");
  }
  const parsed = keySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badUserInput(KEY_FIELD, `is not an audit trail key (${issue?.path.join(".") || "key"}: ${issue?.message})`);
  }
  const { from, to, ...rest } = parsed.data;
  const filter: AuditQueryFilter = { ...rest, from: from ? new Date(from) : null, to: to ? new Date(to) : null };
  // Only the canonical spelling is a key: one question, one key, one answer.
  if (auditTrailKey(filter as AuditEventFilter) !== key)
    throw badUserInput(KEY_FIELD, "is not in the form auditTrail gives (sorted keys, UTC times)");
  return filter;
}

/** Refuses a caller without the auditor's role: an entity field is not guarded by a root field's rule. */
function requireAuditor(caller: Caller, field: string): void {
  if (!caller.roles.includes(Role.AUDITOR))
    throw forbidden(`${field} needs the role ${Role.AUDITOR}; you have ${caller.roles.join(", ") || "none"}`);
}

/**
 * One question to every subgraph's audit log: `auditTrail(filter)` gives an `AuditTrail` keyed by the
 * normalised question, and each subgraph contributes a field named after itself with its own page of
 * its own append-only log, under the same auditor scope as `<subgraph>AuditEvents`. Register
 * `auditTrailResolver("<subgraph>")` in each subgraph's resolvers; the root query is shareable, so
 * any of them may answer it.
 */
export function auditTrailResolver(subgraph: string) {
  @ObjectType("AuditTrail", {
    description:
      "An auditor's question to the audit logs of every subgraph, with each subgraph's answer in a field named after it. Each log stays in its own subgraph; the gateway gathers the answers.",
  })
  @Directive('@key(fields: "query")')
  @Public()
  class AuditTrail {
    @Field(() => String, {
      description:
        "The question, normalised: its conditions as JSON with sorted keys and UTC times. The key every subgraph answers by.",
    })
    query: string;
  }

  @Resolver(() => AuditTrail)
  class AuditTrailResolver {
    @Query(() => AuditTrail, {
      name: "auditTrail",
      description:
        "Asks every subgraph's audit log one question in the partnership the request acts in: e.g. everything a user read in a period, or every read under an agreement. Auditors only: an auditor reads their own agency's users' events; an auditor of the agency that chairs the partnership reads everyone's.",
    })
    @Directive("@shareable")
    @Roles(Role.AUDITOR)
    auditTrail(
      @Arg("filter", () => AuditEventFilter, {
        nullable: true,
        description: "The question: every condition given must hold; none asks for the whole trail.",
      })
      filter: AuditEventFilter | null,
    ): AuditTrail {
      if (filter?.from && filter.to && filter.from >= filter.to)
        throw badUserInput("filter.to", "must be after filter.from");
      return { query: auditTrailKey(filter ?? {}) };
    }

    @FieldResolver(() => AuditEventConnection, {
      name: subgraph,
      nullable: true,
      description: `The ${subgraph} subgraph's audit events that answer the question, oldest first; null (with an error) when this subgraph could not answer.`,
    })
    async events(@Root() trail: AuditTrail, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: BaseContext) {
      requireAuditor(ctx.caller, `AuditTrail.${subgraph}`);
      const filter = parseAuditTrailKey(trail.query);
      return paginate(auditEventsQuery(ctx.dataSource, ctx.caller, filter), "id", page);
    }
  }
  return AuditTrailResolver;
}
