import { type Caller, ErrorCode } from "@partnership/runtime/edge";
import type { CallerProfiles } from "./caller-profiles.js";
import { speaksFor } from "./trusted-issuers.js";
import type { MachineClaims } from "./user-token.js";

/** Why a machine client's request is refused: the status, code and message for the answer. */
export class MachineClientRefusal extends Error {
  constructor(
    message: string,
    readonly status: 403 | 503,
    readonly code: string = ErrorCode.FORBIDDEN,
  ) {
    super(message);
  }
}

/**
 * The caller a partner system's request is answered for. Its registration decides everything the
 * token does not: the agency it acts for (which its token's issuer must be trusted to speak for,
 * as for a person), the one partnership it acts in (an `x-partnership-id` naming another is
 * refused), and its roles. Its grants are its agency's in that partnership, so its reads are
 * limited and audited (under `client:<clientId>`) exactly like a person's of that agency.
 */
export async function machineCallerOf(
  token: MachineClaims,
  askedPartnership: string | null,
  profiles: CallerProfiles,
  requestId: string,
): Promise<Caller> {
  const { clientId } = token;
  const issuer = token.issuer.issuer;
  let found;
  try {
    found = await profiles.machine(issuer, clientId);
  } catch {
    throw new MachineClientRefusal(
      "the machine client register cannot be read right now; try again shortly",
      503,
      "SERVICE_UNAVAILABLE",
    );
  }
  if (!found)
    throw new MachineClientRefusal(
      `machine client ${clientId} of ${issuer} is not registered: a partnership administrator registers it (registerMachineClient) before its tokens are accepted`,
      403,
    );
  if (found.revokedAt)
    throw new MachineClientRefusal(
      `machine client ${clientId} of ${issuer} ("${found.name}") was revoked at ${found.revokedAt}: its tokens are no longer accepted`,
      403,
    );
  if (!speaksFor(token.issuer, found.agencyId))
    throw new MachineClientRefusal(
      `machine client ${clientId} is registered for agency ${found.agencyId}, which its token's issuer ${issuer} is not trusted to speak for`,
      403,
    );
  if (askedPartnership && askedPartnership !== found.partnershipId)
    throw new MachineClientRefusal(
      `machine client ${clientId} ("${found.name}") acts only in partnership ${found.partnershipId}, where it is registered; x-partnership-id named ${askedPartnership}`,
      403,
    );
  const profile = found.profile;
  if (!profile?.partnership)
    throw new MachineClientRefusal(
      `machine client ${clientId} ("${found.name}") acts for agency ${found.agencyId}, which is not a member of partnership ${found.partnershipId} today`,
      403,
    );
  return {
    userId: found.userId,
    agencyId: profile.agencyId,
    sector: profile.sector,
    roles: profile.roles,
    grants: profile.grants,
    partnership: profile.partnership,
    requestId,
  };
}
