import { type Caller, forbidden, isMember } from "@partnership/runtime";

/**
 * Every agency a write names must be a member today of the acting partnership: casework never
 * reaches an agency outside it, even one that belongs to another partnership on the platform.
 * `field` is the input's path, for the refusal.
 */
export function checkMembers(caller: Caller, field: string, agencyIds: ReadonlyArray<string | null | undefined>) {
  for (const agencyId of agencyIds)
    if (agencyId && !isMember(caller, agencyId))
      throw forbidden(
        `${field}: agency ${agencyId} is not a member of the partnership this request acts in, so it cannot be named in its casework`,
        field,
      );
}
