import { isMember, type RecordAccess } from "@partnership/runtime";
import type { GovernanceContext } from "./context.js";

/**
 * Staff details (PERSONNEL) cross agencies only under an agreement of a partnership both belong to.
 * The caller's grants are the acting partnership's, so beyond the person's own agency the grant must
 * be held and the person's agency must be a member of that partnership too: an agency sharing a
 * partnership with the caller's elsewhere gets nothing from this one's agreements.
 */
export const recordAccess: Record<string, RecordAccess<GovernanceContext>> = {
  Person: {
    // An agency's own staff see their colleagues' contact details without an agreement.
    owner: (person) => (person as { agencyId: string }).agencyId,
    takesPart: (person, ctx) => isMember(ctx.caller, (person as { agencyId: string }).agencyId),
  },
};
