import { actingPartnership, type Caller, chairsPartnership, hasRole, Role } from "@partnership/runtime";
import { forbiddenField } from "./partnership-scope.js";

/**
 * Whether the caller speaks for the partnership as a whole: they hold one of `roles` and their
 * agency chairs the partnership the request acts in today. The chair agency runs the partnership
 * (its plan, meetings, directory and the administration of its agreements); a role held by a user of
 * any other member agency acts only for that agency, however the directory names it. Without this,
 * a utility's coordinator could change the RAG of a council-led action.
 */
export function speaksForPartnership(
  caller: Caller,
  roles: Role[] = [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN],
): boolean {
  // Refuses a caller acting in no partnership; the chair agencies travel in the caller context.
  actingPartnership(caller);
  return hasRole(caller, ...roles) && chairsPartnership(caller);
}

/**
 * Refuses (FORBIDDEN naming `field`) a write that is the partnership's to make — its plan, its
 * meetings, its own assessment — unless the caller speaks for the partnership.
 */
export function requirePartnershipWrite(caller: Caller, field: string, what: string): void {
  if (!speaksForPartnership(caller))
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
export function requireLeadOrPartnership(caller: Caller, leadAgencyIds: readonly string[], field: string): void {
  if (leadAgencyIds.includes(caller.agencyId)) return;
  if (speaksForPartnership(caller)) return;
  throw forbiddenField(
    field,
    "only the action's lead agency, or the partnership's chair agency's coordinator or administrator, changes its progress and milestones",
  );
}

/**
 * Refuses (FORBIDDEN naming `field`) a write for another agency than the caller's (its staff, its
 * self-assessment) unless the caller speaks for the partnership with one of `roles`.
 */
export function requireOwnAgencyOrPartnership(caller: Caller, agencyId: string, field: string, roles?: Role[]): void {
  if (agencyId === caller.agencyId) return;
  if (speaksForPartnership(caller, roles)) return;
  throw forbiddenField(
    field,
    "you act only for your own agency here; another agency's record is written by that agency or by the partnership's chair agency",
  );
}
