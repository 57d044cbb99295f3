import {
  badUserInput,
  type Caller,
  type DataCategory,
  ErrorCode,
  forbidden,
  chairsPartnership,
  isMember,
  memberAgency,
  notFound,
  type SensitiveExtension,
} from "@partnership/runtime";
import { GraphQLError } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { EntityManager } from "typeorm";
import { type Concern, partiesOf } from "../entities/index.js";

/**
 * The rules every write of casework holds besides its own: the caller acts for its own agency,
 * links only records it can read, writes only fields whose category it holds, and leaves a
 * concern's lead and parties to its lead.
 */

/**
 * An input naming who did the thing recorded (who referred, who reported, who intervened) names
 * the caller's own agency: an agency records its own acts, never another's.
 */
export function requireOwnAgency(caller: Caller, agencyId: string | null | undefined, field: string): void {
  if (agencyId && agencyId !== caller.agencyId)
    throw forbidden(`${field}: your agency records only what it did itself, not what another agency did`, field);
}

/** How an agency is named in a message: its short name when the directory gave one. */
function agencyName(caller: Caller, agencyId: string): string {
  return memberAgency(caller, agencyId)?.shortName ?? agencyId;
}

/**
 * A statutory report (an NRM referral, an MS1) names the agency making it, and a caseworker makes
 * them for their own agency only: BAD_USER_INPUT on `field`, saying whether the id names no agency
 * of the partnership at all or another member agency.
 */
export function requireOwnReportingAgency(caller: Caller, agencyId: string, field: string, what: string): void {
  if (agencyId === caller.agencyId) return;
  const own = agencyName(caller, caller.agencyId);
  throw badUserInput(
    field,
    isMember(caller, agencyId)
      ? `names another agency of the partnership (${agencyName(caller, agencyId)}): you record ${what} for your own agency (${own}) only`
      : `names no agency of the partnership: you record ${what} for your own agency (${own}) only`,
  );
}

/**
 * Only organisations on the statutory list of first responders refer people into the NRM; the
 * directory records which member agencies are. An agency the directory says nothing of is not
 * taken to be one.
 */
export function requireFirstResponder(caller: Caller, field: string): void {
  if (memberAgency(caller, caller.agencyId)?.firstResponder) return;
  throw badUserInput(
    field,
    `your agency (${agencyName(caller, caller.agencyId)}) is not a first responder organisation in the directory: only first responder organisations refer people into the NRM; ask one (the police, the council, or an NGO on the statutory list) to make the referral`,
  );
}

/**
 * `Type.field` → the category `@Sensitive` gives it, read from type-graphql's metadata: the
 * categories a write needs are those of the fields it stores, so a newly classified field is
 * guarded on the way in as it is on the way out.
 */
function categoriesOf(entity: Function): Map<string, DataCategory> {
  const cached = CATEGORIES.get(entity);
  if (cached) return cached;
  const categories = new Map<string, DataCategory>();
  for (const { target, fieldName, extensions } of getMetadataStorage().fieldExtensions) {
    const sensitive = (extensions as { sensitive?: SensitiveExtension }).sensitive;
    if (sensitive && target === entity) categories.set(fieldName, sensitive.category);
  }
  CATEGORIES.set(entity, categories);
  return categories;
}
const CATEGORIES = new Map<Function, Map<string, DataCategory>>();

/** The category `@Sensitive` gives `entity.field`; undefined for a field it does not classify. */
export function categoryOfField(entity: Function, field: string): DataCategory | undefined {
  return categoriesOf(entity).get(field);
}

/** Whether a value says something: empty lists and nulls write nothing anyone could read. */
const says = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * Refuses a write of any field of `entity` (with a value) whose category no active agreement
 * grants the caller's agency: FORBIDDEN_BY_SHARING_AGREEMENT naming the field and the category.
 * Ownership does not stand in for the grant here: what is written lands in a concern every party
 * reads, and an agency may not put there what it could not read from another.
 */
export function checkMayWriteFields(caller: Caller, entity: Function, values: object, field: string): void {
  for (const [name, category] of categoriesOf(entity)) {
    if (!says((values as Record<string, unknown>)[name]) || caller.grants[category]) continue;
    throw new GraphQLError(
      `Restricted: writing ${entity.name}.${name} (${field}) needs ${category} under a sharing agreement, and no active agreement grants it to your agency`,
      {
        extensions: {
          code: ErrorCode.FORBIDDEN_BY_SHARING_AGREEMENT,
          category,
          field: `${field}.${name}`,
        },
      },
    );
  }
}

/**
 * Premises a write links to must be premises the caller can read: those of a concern of the acting
 * partnership its agency takes part in (the premises' address is shown through the new record).
 * Others are not found, exactly as an unknown id: no answer tells they exist.
 */
export async function requireReadableLocation(
  manager: EntityManager,
  caller: Caller,
  partnershipId: string,
  locationId: string,
  field: string,
): Promise<void> {
  const [{ readable }]: Array<{ readable: boolean }> = await manager.query(
    `SELECT EXISTS (
       SELECT 1 FROM concern c
        WHERE c.partnership_id = $1
          AND (c.location_id = $2 OR EXISTS (SELECT 1 FROM disruption_visit v WHERE v.concern_id = c.id AND v.location_id = $2))
          AND (c.lead_agency_id = $3 OR c.referring_agency_id = $3 OR $3 = ANY (c.participating_agency_ids))
     ) AS readable`,
    [partnershipId, locationId, caller.agencyId],
  );
  if (!readable) {
    const error = notFound("Location", locationId);
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, field } });
  }
}

/**
 * Only the lead agency, or the coordinator of the agency that chairs the partnership (who speaks for
 * the partnership), changes who leads a concern, who else takes part or who referred it: a
 * participant cannot make itself lead, hand the lead to another, remove the lead or rewrite the
 * referrer (who takes part through it). A concern with no lead among the
 * partnership's members (none named, or its lead has left) may be given one by a party's
 * coordinator, so no concern is left with nobody able to lead it.
 */
export function checkMayChangeParties(
  caller: Caller,
  concern: Concern,
  changes: {
    leadAgencyId?: string | null;
    participatingAgencyIds?: string[] | null;
    referringAgencyId?: string | null;
  },
  coordinator: boolean,
): void {
  const leadChanges = changes.leadAgencyId != null && changes.leadAgencyId !== concern.leadAgencyId;
  const partiesChange =
    changes.participatingAgencyIds != null && !sameSet(changes.participatingAgencyIds, concern.participatingAgencyIds);
  // A referrer sent as null removes it: a change like any other.
  const referrerChanges =
    changes.referringAgencyId !== undefined && (changes.referringAgencyId ?? null) !== concern.referringAgencyId;
  if (!leadChanges && !partiesChange && !referrerChanges) return;
  if (concern.leadAgencyId === caller.agencyId) return;
  if (coordinator && chairsPartnership(caller)) return;
  const leaderless = !concern.leadAgencyId || !isMember(caller, concern.leadAgencyId);
  if (leaderless && coordinator && partiesOf(concern).includes(caller.agencyId)) return;
  const field = leadChanges
    ? "input.leadAgencyId"
    : partiesChange
      ? "input.participatingAgencyIds"
      : "input.referringAgencyId";
  throw forbidden(
    `${field}: only the lead agency (or the partnership's chair) changes who leads the concern, who takes part in it or who referred it, and your agency does neither`,
    field,
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
