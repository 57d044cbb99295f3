import { isUuid, Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import type { CallerGrants } from "../services/caller-grants-service.js";
import { machineUserId } from "../services/machine-client-service.js";
import { AgencySector } from "../entities/enums.js";
import { CallerProfile, MachineCallerProfile } from "../types/caller-profile.js";

/** The caller profile governance answers with, from what the directory gives the caller. */
function profileOf(result: CallerGrants): CallerProfile {
  return {
    agencyId: result.agency.id,
    shortName: result.agency.shortName,
    sector: result.agency.sector,
    grants: result.grants,
    partnership: result.partnership && {
      ...result.partnership,
      chairAgencyIds: result.partnership.chairAgencyIds ?? [],
      // Read from the agency table's own sector column: always one of AgencySector.
      memberAgencies: result.partnership.memberAgencies.map((agency) => ({
        ...agency,
        sector: agency.sector as AgencySector,
      })),
    },
    choices: result.choices,
    roles: result.roles,
  };
}

@Resolver()
export class CallerGrantsResolver {
  @Query(() => CallerProfile, {
    nullable: true,
    description:
      "The gateway's question for every caller: which partnership do they act in, with which roles and grants? Not part of the public API.",
  })
  @Directive("@inaccessible")
  @Roles(Role.SYSTEM)
  async callerProfile(
    @Arg("agencyId", () => ID, { description: "The caller's agency." }) agencyId: string,
    @Arg("userId", () => String, { description: "The caller's sign-in identity (their token's subject)." })
    userId: string,
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership the caller asked to act in; when absent, the one they can act in if there is only one.",
    })
    partnershipId: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<CallerProfile | null> {
    if (!isUuid(agencyId)) return null;
    const asked = partnershipId && isUuid(partnershipId) ? partnershipId : partnershipId ? "" : null;
    const result = await ctx.callerGrants.forCaller(agencyId, userId, asked);
    return result && profileOf(result);
  }

  @Query(() => MachineCallerProfile, {
    nullable: true,
    description:
      "The gateway's question for a machine token: the client's registration (the active one, else the latest revoked) and its caller profile; null when the client was never registered. Not part of the public API.",
  })
  @Directive("@inaccessible")
  @Roles(Role.SYSTEM)
  async machineCallerProfile(
    @Arg("issuer", () => String, { description: "The token's issuer (iss)." }) issuer: string,
    @Arg("clientId", () => String, { description: "The token's client_id (also its sub)." }) clientId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<MachineCallerProfile | null> {
    const found = await ctx.machineClients.forToken(issuer, clientId);
    if (!found) return null;
    const { registration } = found;
    const grants = found.active
      ? await ctx.callerGrants.forCaller(
          registration.agencyId,
          machineUserId(registration.clientId),
          registration.partnershipId,
        )
      : null;
    return {
      registrationId: registration.id,
      name: registration.name,
      userId: machineUserId(registration.clientId),
      agencyId: registration.agencyId,
      partnershipId: registration.partnershipId,
      revokedAt: registration.revokedAt,
      // The registration alone decides what the system may do: a role the directory gives every
      // user of the agency is a person's, not its systems'.
      profile: grants && { ...profileOf(grants), roles: [...registration.roles] },
    };
  }
}
