import { isUuid, notFound, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, MachineClient } from "../entities/index.js";
import { RegisterMachineClientInput } from "../inputs/machine-client-inputs.js";
import { MachineClientConnection } from "../types/machine-clients.js";

const SCOPE =
  "Partnership administrators, in the partnership the request acts in: for their own agency's systems; the chair agency's administrator for any member's.";

@Resolver(() => MachineClient)
export class MachineClientResolver {
  @Query(() => MachineClientConnection, {
    description: `The partner systems registered to use the API in the partnership the request acts in, by name, a page at a time. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  machineClients(
    @Arg("includeRevoked", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Revoked registrations too (the register's history); by default only active ones.",
    })
    includeRevoked: boolean | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.machineClients.list(ctx.caller, { includeRevoked }, page);
  }

  @Mutation(() => MachineClient, {
    description: `Registers a partner agency's system: its client-credentials tokens from the named issuer then act for the agency, in this partnership only, with the roles given (operational roles only: BAD_USER_INPUT naming roles otherwise). A client is registered in one partnership at a time. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  registerMachineClient(
    @Arg("input", () => RegisterMachineClientInput, { description: "The system to register." })
    input: RegisterMachineClientInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.machineClients.register(ctx.caller, input);
  }

  @Mutation(() => MachineClient, {
    description: `Revokes a system's registration: every gateway refuses its tokens from the commit on. The registration stays in the register, revoked. ${SCOPE}`,
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  revokeMachineClient(
    @Arg("id", () => ID, { description: "The registration's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    if (!isUuid(id)) throw notFound("MachineClient", id);
    return ctx.machineClients.revoke(ctx.caller, id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The member agency it acts for." })
  agency(@Root() client: MachineClient, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(client.agencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency of the administrator who registered it." })
  registeredByAgency(@Root() client: MachineClient, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(client.registeredByAgencyId);
  }

  @FieldResolver(() => Boolean, { description: "True until it is revoked: its tokens are accepted." })
  active(@Root() client: MachineClient): boolean {
    return client.revokedAt === null;
  }
}
