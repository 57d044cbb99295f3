import { type Caller, forbidden, isMember } from "@partnership/runtime";

/**
 * Refuses a write that names an agency outside the acting partnership: its people's training is
 * recorded by a partnership it belongs to, never by another. `field` is the input path, as for
 * BAD_USER_INPUT, so a client can point at the offending entry.
 */
export function requireMember(caller: Caller, agencyId: string, field: string): void {
  if (!isMember(caller, agencyId))
    throw forbidden(`${field}: agency ${agencyId} is not a member of the partnership this request acts in`, field);
}
