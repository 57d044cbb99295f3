import { type GraphQLResolveInfo, isObjectType, Kind } from "graphql";
import { Arg, Ctx, Directive, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DataCategory } from "../data-category.js";
import { badUserInput, forbidden } from "../errors.js";
import type { BaseContext } from "../server/subgraph.js";
import { auditedAgency, AuditOutcome } from "./audit-log.js";
import { actingPartnership, type Caller } from "./caller.js";
import { Public, Roles } from "./classification.js";
import { Role } from "./roles.js";
import { readersOf, readsOf } from "./subject-access-readers.js";
import {
  normaliseSubjectSearch,
  parseSubjectAccessKey,
  type SubjectQuery,
  SubjectSearch,
  subjectAccessKey,
} from "./subject-access-search.js";
import { ExemptionReview, type HeldValue, SubjectRecord } from "./subject-access-types.js";

/**
 * The most records one subgraph answers for one search. A data subject has a handful of records; a
 * search matching hundreds names no one in particular, and answering it would read, audit and send
 * every value of everyone it matched.
 */
export const MAX_SUBJECT_RECORDS = 200;

/** One value a finder found in a record about the subject. */
export interface FoundValue {
  field: string;
  /** Anything JSON can write; null or undefined when nothing is held. */
  value: unknown;
  /**
   * Only for a value the record's GraphQL type does not show (a stored column, a name gathered from
   * other rows): its category. A field of the type always takes the type's own classification.
   */
  category?: DataCategory | null;
  /** About, or may name, someone other than the subject: the DPO reviews it (THIRD_PARTY_DATA). */
  aboutOthers?: boolean;
}

/** One record a finder found about the subject, named as the audit log names it. */
export interface FoundRecord {
  entityType: string;
  entityId: string;
  description: string;
  recordedAt: Date | null;
  values: FoundValue[];
}

/** Which records a data protection officer's search may reach in a subgraph. */
export interface SubjectScope {
  /** The partnership the request acts in: nothing outside it is found. */
  partnershipId: string;
  /**
   * The officer's agency, whose records (or records it takes part in) are theirs to search; null for
   * an officer of the agency that chairs the partnership, who searches every agency's.
   */
  agencyId: string | null;
}

/** A subgraph's search for what it holds about a data subject: no more than one statement per table. */
export type SubjectFinder<TContext extends BaseContext> = (
  search: SubjectQuery,
  scope: SubjectScope,
  ctx: TContext,
) => Promise<FoundRecord[]>;

/** The officer's scope, as the audit log's: their own agency's, unless their agency chairs the partnership. */
export function subjectScope(caller: Caller): SubjectScope {
  return { partnershipId: actingPartnership(caller).id, agencyId: auditedAgency(caller) };
}

/** Refuses a caller without the officer's role: an entity field is not guarded by a root field's rule. */
function requireDataProtectionOfficer(caller: Caller, field: string): void {
  if (!caller.roles.includes(Role.DATA_PROTECTION_OFFICER))
    throw forbidden(
      `${field} needs the role ${Role.DATA_PROTECTION_OFFICER}; you have ${caller.roles.join(", ") || "none"}`,
    );
}

/**
 * The category the subgraph's own schema gives `type.field`; undefined when the type has no such
 * field. Read from the `@sensitive` directive: the served schema is built from the SDL, which keeps
 * directives but not type-graphql's extensions.
 */
function schemaCategory(info: GraphQLResolveInfo, typeName: string, field: string): DataCategory | null | undefined {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  const definition = type.getFields()[field];
  if (!definition) return undefined;
  const sensitive = definition.astNode?.directives?.find((d) => d.name.value === "sensitive");
  const category = sensitive?.arguments?.find((a) => a.name.value === "category")?.value;
  return category?.kind === Kind.STRING || category?.kind === Kind.ENUM ? (category.value as DataCategory) : null;
}

function asJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

/**
 * Why a value may be exempt: police intelligence under the crime and taxation exemption first (it
 * is the stronger, and intelligence text usually names others too); then other people's data.
 */
function reviewOf(category: DataCategory | null, aboutOthers: boolean): ExemptionReview | null {
  if (category === DataCategory.POLICE_INTELLIGENCE) return ExemptionReview.CRIME_AND_TAXATION;
  return aboutOthers ? ExemptionReview.THIRD_PARTY_DATA : null;
}

/**
 * Subject access across every subgraph, built like the audit trail: `subjectAccess(search)` gives a
 * `SubjectAccess` keyed by the normalised search, and each subgraph contributes a field named after
 * itself with the records its `finder` found, every value in them (raw: a data protection officer
 * reads what is held, not what their agency's grants would show), the agreements each value was
 * shared under and who read it, from its own audit log. Every value with a category that the answer
 * carries is written to the audit log as read by the officer, so later answers show that read too.
 */
export function subjectAccessResolver<TContext extends BaseContext>(
  subgraph: string,
  finder: SubjectFinder<TContext>,
  holds: string,
) {
  @ObjectType("SubjectAccess", {
    description:
      "A data protection officer's search for a data subject across every subgraph, with each subgraph's records about them in a field named after it. Each subgraph searches its own data; the gateway gathers the answers.",
  })
  @Directive('@key(fields: "query")')
  @Public()
  class SubjectAccess {
    @Field(() => String, {
      description:
        "The search, normalised: its conditions as JSON with sorted keys, names and emails in lower case, references in upper case. The key every subgraph answers by.",
    })
    query: string;
  }

  @Resolver(() => SubjectAccess)
  class SubjectAccessResolver {
    @Query(() => SubjectAccess, {
      name: "subjectAccess",
      nullable: true,
      description:
        "Finds a data subject (a potential victim, an offender, a member of staff, a delegate) across every subgraph in the partnership the request acts in, to answer a subject access request: every record, every value held, where it was shared and who read it. Data protection officers only: an officer of the agency that chairs the partnership searches every agency's records; another agency's officer searches the records their agency made or takes part in (in cases: concerns their agency leads, refers or takes part in).",
    })
    @Directive("@shareable")
    @Roles(Role.DATA_PROTECTION_OFFICER)
    subjectAccess(
      @Arg("search", () => SubjectSearch, { description: "Who is sought: every condition given must hold." })
      search: SubjectSearch,
    ): SubjectAccess {
      return { query: subjectAccessKey(normaliseSubjectSearch(search)) };
    }

    @FieldResolver(() => [SubjectRecord], {
      name: subgraph,
      nullable: true,
      description: `The ${subgraph} subgraph's records about the subject (${holds}); null (with an error) when this subgraph could not answer.`,
    })
    async records(
      @Root() access: SubjectAccess,
      @Ctx() ctx: TContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<SubjectRecord[]> {
      requireDataProtectionOfficer(ctx.caller, `SubjectAccess.${subgraph}`);
      const search = parseSubjectAccessKey(access.query);
      const scope = subjectScope(ctx.caller);
      const found = await finder(search, scope, ctx);
      if (found.length > MAX_SUBJECT_RECORDS)
        throw badUserInput(
          "search",
          `matches ${found.length} records in ${subgraph}, more than the ${MAX_SUBJECT_RECORDS} one person has: narrow it (a fuller name, a date of birth, an email or a reference)`,
        );
      const reads = await readersOf(ctx.dataSource, scope.partnershipId, found);
      return found.map((record) => {
        const readers = readsOf(reads, record);
        const values = record.values.map((held): HeldValue => {
          const fromSchema = schemaCategory(info, record.entityType, held.field);
          const category = fromSchema === undefined ? (held.category ?? null) : fromSchema;
          const sharedUnder = new Set<string>();
          for (const read of readers)
            if (read.field === held.field && read.outcome === AuditOutcome.RETURNED && read.agreementId)
              sharedUnder.add(read.agreementId);
          const value = asJson(held.value);
          if (category && value !== null)
            ctx.audit.record({
              entityType: record.entityType,
              entityId: record.entityId,
              field: held.field,
              category,
              // The officer reads for the partnership's controllers, under no sharing agreement.
              agreementId: null,
              outcome: "RETURNED",
              reason: null,
              path: info.path,
            });
          return {
            field: held.field,
            category,
            value,
            sharedUnder: [...sharedUnder],
            review: reviewOf(category, held.aboutOthers === true),
          };
        });
        return {
          service: subgraph,
          entityType: record.entityType,
          entityId: record.entityId,
          description: record.description,
          recordedAt: record.recordedAt,
          values,
          readers,
        };
      });
    }
  }
  return SubjectAccessResolver;
}
