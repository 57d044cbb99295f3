import { isUuid, PageArgs, Role, Roles, actingPartnership } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import {
  AgreementEvent,
  AgreementGrant,
  AgreementParty,
  Agency,
  RetentionTerm,
  SharingAgreement,
} from "../entities/index.js";
import { AgreementStatus } from "../entities/enums.js";
import {
  CreateSharingAgreementInput,
  ReactivateSharingAgreementInput,
  SignSharingAgreementInput,
  SuspendSharingAgreementInput,
} from "../inputs/sharing-agreement-inputs.js";
import { agreementInForce, agreementStatus } from "../services/agreement-status.js";
import { inCategoryOrder, retentionSummary } from "../services/retention-rules.js";
import { SharingAgreementConnection } from "../types/connections.js";
import { SharingAgreementFilter } from "../inputs/sharing-agreement-inputs.js";

@Resolver(() => SharingAgreement)
export class SharingAgreementResolver {
  @Query(() => SharingAgreement, {
    nullable: true,
    description: "One sharing agreement of the partnership the request acts in, or null when it has none with this id.",
  })
  async sharingAgreement(
    @Arg("id", () => ID, { description: "The agreement's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return isUuid(id) ? ctx.agreements.find(actingPartnership(ctx.caller).id, id) : null;
  }

  @Query(() => SharingAgreementConnection, {
    description: "The sharing agreements of the partnership the request acts in, by reference, a page at a time.",
  })
  sharingAgreements(
    @Arg("filter", () => SharingAgreementFilter, { nullable: true, description: "Narrows the list." })
    filter: SharingAgreementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.agreements.list(actingPartnership(ctx.caller).id, filter ?? {}, page);
  }

  @FieldResolver(() => AgreementStatus, { description: "Where the agreement is in its life cycle today." })
  status(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext): AgreementStatus {
    return agreementStatus(agreement, ctx.clock.today());
  }

  @FieldResolver(() => Boolean, {
    description: "True when the agreement is ACTIVE and today is within its dates: its grants apply now.",
  })
  inForce(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext): boolean {
    return agreementInForce(agreement, ctx.clock.today());
  }

  @FieldResolver(() => [AgreementParty], {
    description: "The parties and their signatures (bounded by the number of parties).",
  })
  parties(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.partiesOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [AgreementGrant], { description: "What the agreement grants to whom." })
  grants(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.grantsOfAgreement.load(agreement.id);
  }

  @FieldResolver(() => [RetentionTerm], {
    description:
      "How long records of each category it grants are kept, and from which event: one term per granted category, in the order of DataCategory.",
  })
  async retention(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext) {
    return inCategoryOrder(await ctx.loaders.retentionOfAgreement.load(agreement.id));
  }

  @FieldResolver(() => [AgreementEvent], {
    description:
      "The agreement's history, oldest first: who created, signed, suspended and re-activated it, in what capacity and why.",
  })
  history(@Root() agreement: SharingAgreement, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.historyOfAgreement.load(agreement.id);
  }

  @Mutation(() => SharingAgreement, {
    description:
      "Draws up a new agreement as a DRAFT; nothing is granted until every party signs. Each category must be controlled by one of its parties (police intelligence only by a police party) and every recipient must be a party (a sector grant reaches only the parties of that sector); otherwise BAD_USER_INPUT names the grant. Partnership administrators only.",
  })
  @Roles(Role.PARTNERSHIP_ADMIN)
  createSharingAgreement(
    @Arg("input", () => CreateSharingAgreementInput, { description: "The agreement." })
    input: CreateSharingAgreementInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.agreements.create(ctx.caller, input);
  }

  @Mutation(() => SharingAgreement, {
    description:
      "Records a party's signature; the last signature makes the agreement ACTIVE. Coordinators and partnership administrators sign for their own agency only.",
  })
  @Roles(Role.COORDINATOR, Role.PARTNERSHIP_ADMIN)
  signSharingAgreement(
    @Arg("input", () => SignSharingAgreementInput, { description: "The signature." }) input: SignSharingAgreementInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.agreements.sign(ctx.caller, input);
  }

  @Mutation(() => SharingAgreement, {
    description:
      "Suspends an ACTIVE agreement: its grants stop at once. By a party's coordinator or administrator, or by the partnership's administrator (its chair agency's) with the reason recorded in the history; anyone else is FORBIDDEN.",
  })
  @Roles(Role.COORDINATOR, Role.PARTNERSHIP_ADMIN)
  suspendSharingAgreement(
    @Arg("input", () => SuspendSharingAgreementInput, { description: "The agreement and the reason." })
    input: SuspendSharingAgreementInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.agreements.suspend(ctx.caller, input);
  }

  @Mutation(() => SharingAgreement, {
    description:
      "Re-activates a SUSPENDED agreement that is still within its dates. By a party's coordinator or administrator, or by the partnership's administrator (its chair agency's) with a reason, recorded in the history; anyone else is FORBIDDEN.",
  })
  @Roles(Role.COORDINATOR, Role.PARTNERSHIP_ADMIN)
  reactivateSharingAgreement(
    @Arg("input", () => ReactivateSharingAgreementInput, { description: "The agreement." })
    input: ReactivateSharingAgreementInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.agreements.reactivate(ctx.caller, input);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Agency, { description: "The party agency." })
  agency(@Root() party: AgreementParty, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(party.agencyId);
  }
}

@Resolver(() => AgreementEvent)
export class AgreementEventResolver {
  @FieldResolver(() => Agency, { description: "The agency that took the step." })
  agency(@Root() event: AgreementEvent, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(event.agencyId);
  }
}

@Resolver(() => AgreementGrant)
export class AgreementGrantResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The recipient agency, when the grant names an agency." })
  recipientAgency(@Root() grant: AgreementGrant, @Ctx() ctx: GovernanceContext) {
    return grant.recipientAgencyId ? ctx.loaders.agency.load(grant.recipientAgencyId) : null;
  }
}

@Resolver(() => RetentionTerm)
export class RetentionTermResolver {
  @FieldResolver(() => String, { description: "The term in plain words, e.g. '6 years after the concern closes'." })
  summary(@Root() term: RetentionTerm): string {
    return retentionSummary(term);
  }

  @FieldResolver(() => SharingAgreement, { description: "The agreement that states the term." })
  async agreement(@Root() term: RetentionTerm, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agreement.load(term.agreementId);
  }
}
