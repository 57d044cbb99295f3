import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { DataCategory } from "../data-category.js";
import { PageArgs, paginate } from "../graphql/connection.js";
import type { BaseContext } from "../server/subgraph.js";
import {
  type AccessDenialReason,
  AuditEvent,
  AuditEventConnection,
  AuditEventFilter,
  type AuditOutcome,
  auditedAgency,
} from "./audit-log.js";
import { actingPartnership, type Caller } from "./caller.js";
import { Roles } from "./classification.js";
import { Role } from "./roles.js";

/** Every condition an auditor can put on one subgraph's audit log; each one given must hold. */
export interface AuditQueryFilter {
  userId?: string | null;
  agencyId?: string | null;
  agreementId?: string | null;
  category?: DataCategory | null;
  entityType?: string | null;
  entityId?: string | null;
  entityIds?: string[] | null;
  outcome?: AuditOutcome | null;
  reason?: AccessDenialReason | null;
  operationHash?: string | null;
  clientName?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Filter key → audit_event property, for the conditions that are plain equality. */
const EQUALITIES = [
  "userId",
  "agencyId",
  "agreementId",
  "category",
  "entityType",
  "entityId",
  "outcome",
  "reason",
  "operationHash",
  "clientName",
] as const satisfies ReadonlyArray<keyof AuditQueryFilter & keyof AuditEvent>;

/**
 * The rows of this subgraph's audit log an auditor may read, narrowed by `filter`. The scope comes
 * first and from the caller only, so no filter can widen it: the partnership the request acts in
 * (an agency in several partnerships audits each where it acts), and the auditor's own agency's
 * users unless the auditor's agency chairs the partnership.
 */
export function auditEventsQuery(
  dataSource: DataSource,
  caller: Caller,
  filter: AuditQueryFilter = {},
): SelectQueryBuilder<AuditEvent> {
  const query = dataSource
    .getRepository(AuditEvent)
    .createQueryBuilder("e")
    .where("e.partnershipId = :partnershipId", { partnershipId: actingPartnership(caller).id });
  const ownAgency = auditedAgency(caller);
  if (ownAgency) query.andWhere("e.agencyId = :ownAgency", { ownAgency });
  for (const key of EQUALITIES) {
    const value = filter[key];
    if (value) query.andWhere(`e.${key} = :${key}`, { [key]: value });
  }
  if (filter.entityIds) query.andWhere("e.entityId = ANY (:entityIds)", { entityIds: filter.entityIds });
  // The same records asked of the rows themselves, which their indexes answer (entity_id's B-tree
  // for rows of one value, the GIN index of entity_ids for grouped rows); the view's entity_id,
  // unnested from the array, has no index.
  for (const [key, ids] of [
    ["rowEntityId", filter.entityId ? [filter.entityId] : null],
    ["rowEntityIds", filter.entityIds],
  ] as const)
    if (ids)
      query.andWhere(`(e.row_entity_id = ANY (:${key}::text[]) OR e.row_entity_ids && :${key}::text[])`, {
        [key]: ids,
      });
  if (filter.from) query.andWhere("e.at >= :from", { from: filter.from });
  if (filter.to) query.andWhere("e.at < :to", { to: filter.to });
  return query;
}

/** The auditor's query over one subgraph's audit log, named `<subgraph>AuditEvents`. */
export function auditLogResolver(subgraph: string) {
  @Resolver()
  class AuditLogResolver {
    @Query(() => AuditEventConnection, {
      name: `${subgraph}AuditEvents`,
      description: `Who received or was refused which sensitive values of the ${subgraph} subgraph in the partnership the request acts in, oldest first. Auditors only: an auditor reads their own agency's users' events; an auditor of the agency that chairs the partnership reads everyone's. \`auditTrail\` asks the same of every subgraph at once.`,
    })
    @Roles(Role.AUDITOR)
    events(
      @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Narrows the log." })
      filter: AuditEventFilter | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: BaseContext,
    ) {
      return paginate(auditEventsQuery(ctx.dataSource, ctx.caller, filter ?? {}), "id", page);
    }
  }
  return AuditLogResolver;
}
