import { DataCategory, isUuid, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { AgencySector } from "../entities/index.js";

@ObjectType({ description: "A data category an agency holds, and the agreement that grants it." })
@Directive("@inaccessible")
@Public()
export class CategoryGrant {
  @Field(() => DataCategory, { description: "The category granted." })
  category: DataCategory;

  @Field(() => ID, { description: "The sharing agreement granting it." })
  agreementId: string;
}

@ObjectType({ description: "A network the acting partnership belongs to, with its member partnerships." })
@Directive("@inaccessible")
@Public()
export class NetworkRefProfile {
  @Field(() => ID, { description: "The network." })
  id: string;

  @Field(() => [ID], { description: "Its member partnerships." })
  partnershipIds: string[];
}

@ObjectType({
  description: "A member agency of the acting partnership, with what the other subgraphs need of the directory.",
})
@Directive("@inaccessible")
@Public()
export class MemberAgencyProfile {
  @Field(() => ID, { description: "The agency." })
  id: string;

  @Field(() => String, { description: "Its short name, e.g. 'WMP'." })
  shortName: string;

  @Field(() => AgencySector, { description: "Its sector." })
  sector: AgencySector;

  @Field(() => Boolean, {
    description: "Whether it is on the statutory list of first responder organisations (it may refer into the NRM).",
  })
  firstResponder: boolean;
}

@ObjectType({ description: "The partnership a request acts in, as every subgraph needs it." })
@Directive("@inaccessible")
@Public()
export class ActingPartnershipProfile {
  @Field(() => ID, { description: "The partnership." })
  id: string;

  @Field(() => String, { description: "Its reference prefix." })
  referencePrefix: string;

  @Field(() => [ID], { description: "Its member agencies today." })
  memberAgencyIds: string[];

  @Field(() => [MemberAgencyProfile], {
    description: "Its member agencies today (the same as memberAgencyIds), each with its short name, sector and flag.",
  })
  memberAgencies: MemberAgencyProfile[];

  @Field(() => [ID], { description: "The member agencies that chair it today: they speak for the partnership." })
  chairAgencyIds: string[];

  @Field(() => [NetworkRefProfile], { description: "The networks it belongs to." })
  networks: NetworkRefProfile[];
}

@ObjectType({ description: "A partnership the caller's agency is a member of." })
@Directive("@inaccessible")
@Public()
export class PartnershipChoiceProfile {
  @Field(() => ID, { description: "The partnership." })
  id: string;

  @Field(() => String, { description: "Its name." })
  name: string;
}

@ObjectType({
  description:
    "What the gateway needs to know about a caller: their agency, the partnership they act in, their roles and grants there.",
})
@Directive("@inaccessible")
@Public()
export class CallerProfile {
  @Field(() => ID, { description: "The agency." })
  agencyId: string;

  @Field(() => String, { description: "The agency's short name." })
  shortName: string;

  @Field(() => AgencySector, { description: "The agency's sector." })
  sector: AgencySector;

  @Field(() => [CategoryGrant], {
    description: "The categories the acting partnership's agreements grant the agency today.",
  })
  grants: CategoryGrant[];

  @Field(() => ActingPartnershipProfile, {
    nullable: true,
    description:
      "The partnership the caller acts in; null when none was asked for and none could be chosen, or the agency is not a member of the one asked for.",
  })
  partnership: ActingPartnershipProfile | null;

  @Field(() => [PartnershipChoiceProfile], { description: "The partnerships the agency is a member of today." })
  choices: PartnershipChoiceProfile[];

  @Field(() => [Role], {
    description: "The roles the directory gives this user in the acting partnership, and on the platform.",
  })
  roles: Role[];
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
    if (!result) return null;
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
}
