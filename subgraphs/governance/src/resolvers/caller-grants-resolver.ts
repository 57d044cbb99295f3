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

@ObjectType({ description: "What the gateway needs to know about a caller's agency: its sector and its grants today." })
@Directive("@inaccessible")
@Public()
export class CallerProfile {
  @Field(() => ID, { description: "The agency." })
  agencyId: string;

  @Field(() => String, { description: "The agency's short name." })
  shortName: string;

  @Field(() => AgencySector, { description: "The agency's sector." })
  sector: AgencySector;

  @Field(() => [CategoryGrant], { description: "The categories the agency holds today." })
  grants: CategoryGrant[];
}

@Resolver()
export class CallerGrantsResolver {
  @Query(() => CallerProfile, {
    nullable: true,
    description:
      "The gateway's question for every caller: which categories does this agency hold? Not part of the public API.",
  })
  @Directive("@inaccessible")
  @Roles(Role.SYSTEM)
  async callerProfile(
    @Arg("agencyId", () => ID, { description: "The caller's agency." }) agencyId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<CallerProfile | null> {
    if (!isUuid(agencyId)) return null;
    const result = await ctx.callerGrants.forAgency(agencyId);
    if (!result) return null;
    return {
      agencyId: result.agency.id,
      shortName: result.agency.shortName,
      sector: result.agency.sector,
      grants: result.grants,
    };
  }
}
