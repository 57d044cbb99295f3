import { actingPartnership, forbidden, hasRole, isUuid, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, Membership, Network, Partnership, PartnershipRole } from "../entities/index.js";
import {
  AddPartnershipMemberInput,
  CreateNetworkInput,
  CreatePartnershipInput,
  EndPartnershipMembershipInput,
  GrantPartnershipRoleInput,
} from "../inputs/partnership-inputs.js";
import { PartnershipConnection } from "../types/connections.js";

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

  @Query(() => Partnership, {
    nullable: true,
    description:
      "The partnership this request acts in (chosen with the x-partnership-id header); null for platform-level work.",
  })
  actingPartnership(@Ctx() ctx: GovernanceContext) {
    return ctx.caller.partnership ? ctx.loaders.partnership.load(ctx.caller.partnership.id) : null;
  }

  @Query(() => [PartnershipRole], {
    description:
      "Who holds which role in the partnership this request acts in (bounded by its members and their named users). Partnership administrators and auditors.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN, Role.AUDITOR)
  partnershipRoles(@Ctx() ctx: GovernanceContext) {
    return ctx.partnerships.rolesOf(actingPartnership(ctx.caller).id);
  }

  @Mutation(() => Partnership, {
    description:
      "Creates a partnership, with its first administrator's agency as its first member. Platform administrators only; they hold nothing inside it.",
  })
  @Roles(Role.PLATFORM_ADMIN)
  createPartnership(
    @Arg("input", () => CreatePartnershipInput, { description: "The partnership." }) input: CreatePartnershipInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.create(input);
  }

  @Mutation(() => Membership, {
    description:
      "An agency joins the partnership the request acts in. Partnership administrators of its chair agency only.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  addPartnershipMember(
    @Arg("input", () => AddPartnershipMemberInput, { description: "The agency and its part." })
    input: AddPartnershipMemberInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.addMember(ctx.caller, input);
  }

  @Mutation(() => Membership, {
    description:
      "A member agency leaves the partnership the request acts in; after its last day the partnership's grants and roles no longer reach its users. Partnership administrators of its chair agency only.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  endPartnershipMembership(
    @Arg("input", () => EndPartnershipMembershipInput, { description: "The agency and its last day." })
    input: EndPartnershipMembershipInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.endMembership(ctx.caller, input);
  }

  @Mutation(() => PartnershipRole, {
    description:
      "Gives a role in the partnership the request acts in to a member agency's user (or all its users). A token's role counts only where such a holding exists. Partnership administrators, for their own agency's users; the chair agency's, for any member's.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  grantPartnershipRole(
    @Arg("input", () => GrantPartnershipRoleInput, { description: "Who holds which role." })
    input: GrantPartnershipRoleInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.grantRole(ctx.caller, input);
  }

  @Mutation(() => PartnershipRole, {
    description:
      "Takes back a role held in the partnership the request acts in. Partnership administrators, for their own agency's users; the chair agency's, for any member's.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  revokePartnershipRole(
    @Arg("id", () => ID, { description: "The role holding's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.revokeRole(ctx.caller, id);
  }

  @Mutation(() => Network, {
    description:
      "Creates a network over existing partnerships: their users see its aggregate figures, never a record. Platform administrators only.",
  })
  @Roles(Role.PLATFORM_ADMIN)
  createNetwork(
    @Arg("input", () => CreateNetworkInput, { description: "The network." }) input: CreateNetworkInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.partnerships.createNetwork(input);
  }

  @Query(() => [Network], {
    description:
      "The networks the partnership this request acts in belongs to (bounded by the networks it joins); ask each for its aggregate figures.",
  })
  networks(@Ctx() ctx: GovernanceContext) {
    return ctx.partnerships.networksOf(actingPartnership(ctx.caller).id);
  }

  @FieldResolver(() => [Membership], {
    nullable: true,
    description:
      "The member agencies and their roles, longest-standing first (bounded by the number of member agencies). Only in a request acting in this partnership, and for platform administrators, who run the platform's partnerships (null with FORBIDDEN otherwise): an agency in two partnerships learns nothing of one while acting in the other.",
  })
  members(@Root() partnership: Partnership, @Ctx() ctx: GovernanceContext) {
    if (ctx.caller.partnership?.id !== partnership.id && !hasRole(ctx.caller, Role.PLATFORM_ADMIN))
      throw forbidden("a partnership's members are read only in a request acting in that partnership");
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
