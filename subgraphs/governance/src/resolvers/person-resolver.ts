import {
  actingPartnership,
  badUserInput,
  DataCategory,
  isUuid,
  PageArgs,
  Public,
  Role,
  Roles,
} from "@partnership/runtime";
import { recordAccess } from "../record-access.js";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, Person } from "../entities/index.js";
import { CreatePersonInput, PersonFilter } from "../inputs/directory-inputs.js";
import { PersonConnection } from "../types/connections.js";

/** Whether the caller could read the person's email (PERSONNEL, a detail field): the same rule the field's guard applies. */
async function mayReadEmail(person: Person, ctx: GovernanceContext): Promise<boolean> {
  const access = recordAccess.Person!;
  if (access.owner?.(person) === ctx.caller.agencyId) return true;
  return Boolean(ctx.caller.grants[DataCategory.PERSONNEL]) && (await access.takesPart!(person, ctx));
}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description:
      "One person, by id or by email (give exactly one); null when not found. By email, a person whose email the caller could not read (another agency's staff without PERSONNEL) is not found either: the answer never confirms an address.",
  })
  async person(
    @Arg("id", () => ID, { nullable: true, description: "The person's id." }) id: string | null,
    @Arg("email", () => String, { nullable: true, description: "The person's work email." }) email: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    if (!id === !email) throw badUserInput("id", "give either id or email, not both or neither");
    if (email) {
      const person = await ctx.loaders.personByEmail.load(email.trim().toLowerCase());
      return person && (await mayReadEmail(person, ctx)) ? person : null;
    }
    return isUuid(id) ? ctx.loaders.person.load(id) : null;
  }

  @Query(() => PersonConnection, {
    description:
      "The staff directory of the partnership the request acts in (its member agencies' staff), by name, a page at a time.",
  })
  people(
    @Arg("filter", () => PersonFilter, { nullable: true, description: "Narrows the list." })
    filter: PersonFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directory.listPeople(ctx.caller, actingPartnership(ctx.caller).memberAgencyIds, filter ?? {}, page);
  }

  @FieldResolver(() => Agency, { description: "The agency the person works for." })
  @Public()
  agency(@Root() person: Person, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(person.agencyId);
  }

  @Mutation(() => Person, {
    description:
      "Adds a person of a member agency of the partnership the request acts in to the staff directory. Partnership administrators, for their own agency's staff (the chair agency's, for any member's).",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  createPerson(
    @Arg("input", () => CreatePersonInput, { description: "The new person." }) input: CreatePersonInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.directory.createPerson(ctx.caller, input);
  }
}
