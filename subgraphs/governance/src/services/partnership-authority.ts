import { actingPartnership, type Caller, hasRole, Role } from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import { MembershipRole } from "../entities/index.js";
import { forbiddenField } from "./partnership-scope.js";

/**
 * Whether the caller speaks for the partnership as a whole: they hold one of `roles` and their
 * agency chairs the partnership the request acts in today. The chair agency runs the partnership
 * (its plan, meetings, directory and the administration of its agreements); a role held by a user of
 * any other member agency acts only for that agency, however the directory names it. Without this,
 * a utility's coordinator could change the RAG of a council-led action.
 */
export async function speaksForPartnership(
  db: DataSource | EntityManager,
  caller: Caller,
  today: string,
  roles: Role[] = [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN],
): Promise<boolean> {
  if (!hasRole(caller, ...roles)) return false;
  const partnership = actingPartnership(caller);
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM membership
      WHERE partnership_id = $1 AND agency_id = $2 AND role = $3
        AND since <= $4 AND (until IS NULL OR until >= $4)`,
    [partnership.id, caller.agencyId, MembershipRole.CHAIR, today],
  );
  return rows.length > 0;
}

/**
 * Refuses (FORBIDDEN naming `field`) a write that is the partnership's to make — its plan, its
 * meetings, its own assessment — unless the caller speaks for the partnership.
 */
export async function requirePartnershipWrite(
  db: DataSource | EntityManager,
  caller: Caller,
  today: string,
  field: string,
  what: string,
): Promise<void> {
  if (!(await speaksForPartnership(db, caller, today)))
    throw forbiddenField(
      field,
      `${what} is the partnership's: only its chair agency's coordinator or administrator writes it`,
    );
}

/**
 * Refuses (FORBIDDEN naming `field`) a write to an action by anyone but a user of one of its lead
 * agencies or someone who speaks for the partnership: a utility's coordinator does not report on a
 * council-led action.
 */
export async function requireLeadOrPartnership(
  db: DataSource | EntityManager,
  caller: Caller,
  today: string,
  leadAgencyIds: readonly string[],
  field: string,
): Promise<void> {
  if (leadAgencyIds.includes(caller.agencyId)) return;
  if (await speaksForPartnership(db, caller, today)) return;
  throw forbiddenField(
    field,
    "only the action's lead agency, or the partnership's chair agency's coordinator or administrator, changes its progress and milestones",
  );
}

/**
 * Refuses (FORBIDDEN naming `field`) a write for another agency than the caller's (its staff, its
 * self-assessment) unless the caller speaks for the partnership with one of `roles`.
 */
export async function requireOwnAgencyOrPartnership(
  db: DataSource | EntityManager,
  caller: Caller,
  today: string,
  agencyId: string,
  field: string,
  roles?: Role[],
): Promise<void> {
  if (agencyId === caller.agencyId) return;
  if (await speaksForPartnership(db, caller, today, roles)) return;
  throw forbiddenField(
    field,
    "you act only for your own agency here; another agency's record is written by that agency or by the partnership's chair agency",
  );
}
