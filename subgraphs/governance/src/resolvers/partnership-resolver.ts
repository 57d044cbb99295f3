import { isUuid, PageArgs } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, Membership, Partnership } from "../entities/index.js";
import { PartnershipConnection } from "./connections.js";

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, {
    nullable: true,
    description: "One partnership, or null when there is none with this id.",
  })
  partnership(
    @Arg("id", () => ID, { description: "The partnership's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return isUuid(id) ? ctx.loaders.partnership.load(id) : null;
  }

  @Query(() => PartnershipConnection, { description: "The partnerships on this platform, by name." })
  partnerships(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: GovernanceContext) {
    return ctx.directory.listPartnerships(page);
  }

  @FieldResolver(() => [Membership], {
    description:
      "The member agencies and their roles, longest-standing first (bounded by the number of member agencies).",
  })
  members(@Root() partnership: Partnership, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.membershipsOfPartnership.load(partnership.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Agency, { description: "The member agency." })
  agency(@Root() membership: Membership, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(membership.agencyId);
  }
}
