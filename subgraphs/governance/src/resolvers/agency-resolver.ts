import { isUuid, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency } from "../entities/index.js";
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from "../inputs/directory-inputs.js";
import { AgencyConnection } from "../types/connections.js";

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: "One agency, or null when there is none with this id." })
  agency(@Arg("id", () => ID, { description: "The agency's id." }) id: string, @Ctx() ctx: GovernanceContext) {
    return isUuid(id) ? ctx.loaders.agency.load(id) : null;
  }

  @Query(() => AgencyConnection, { description: "The partnership's agencies, by name, a page at a time." })
  agencies(
    @Arg("filter", () => AgencyFilter, { nullable: true, description: "Narrows the list." })
    filter: AgencyFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directory.listAgencies(filter ?? {}, page);
  }

  @Mutation(() => Agency, {
    description: "Adds an agency to the partnership's directory. Partnership administrators only.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  createAgency(
    @Arg("input", () => CreateAgencyInput, { description: "The new agency." }) input: CreateAgencyInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directory.createAgency(input);
  }

  @Mutation(() => Agency, {
    description:
      "Corrects a member agency of the partnership the request acts in: its name, or whether it is a first responder organisation (only those refer people into the NRM). The directory is shared by every partnership the agency belongs to. The partnership's chair agency's administrators only; an agency that is not a member today is FORBIDDEN.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  updateAgency(
    @Arg("input", () => UpdateAgencyInput, { description: "The agency and what changes." }) input: UpdateAgencyInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directory.updateAgency(ctx.caller, input);
  }
}
