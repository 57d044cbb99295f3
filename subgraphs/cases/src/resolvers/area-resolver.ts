import { PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Area, AreaKind } from "../entities/index.js";
import { DefineAreaInput } from "../inputs/case-inputs.js";
import { AreaConnection } from "../types/outputs.js";

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => AreaConnection, {
    description: "The areas of the partnership the request acts in, by name, a page at a time.",
  })
  async areas(
    @Args() page: PageArgs,
    @Arg("kind", () => AreaKind, { nullable: true, description: "Only areas of this kind." }) kind: AreaKind | null,
    @Ctx() ctx: CasesContext,
  ) {
    const result = await ctx.areas.list(ctx.caller, kind, page);
    for (const area of result.nodes) ctx.loaders.area.prime(area.id, area);
    return result;
  }

  @Mutation(() => Area, {
    description:
      "Defines an area of the partnership the request acts in: a town, a locality, a ward (optionally within a town or locality) or its one area outside. Names are unique in the partnership.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN, Role.COORDINATOR)
  defineArea(
    @Arg("input", () => DefineAreaInput, { description: "The area." }) input: DefineAreaInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.areas.define(ctx.caller, input);
  }

  @FieldResolver(() => Area, { nullable: true, description: "For a ward: the town or locality it lies within." })
  @Public()
  parent(@Root() area: Area, @Ctx() ctx: CasesContext) {
    return area.parentId ? ctx.loaders.area.load(area.parentId) : null;
  }
}
