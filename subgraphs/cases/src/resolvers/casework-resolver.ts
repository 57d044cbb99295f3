import { DataCategory, Role, Roles, Sensitive } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import {
  Agency,
  agencyRef,
  referrerRef,
  Concern,
  DisruptionVisit,
  DutyToNotify,
  Intervention,
  Location,
  NrmReferral,
  Offender,
  partiesOf,
  Person,
  PotentialVictim,
  PreventionOrder,
} from "../entities/index.js";
import {
  DutyToNotifyInput,
  NrmDecisionInput,
  NrmReferralInput,
  OffenderInput,
  OrderInput,
  RecordVisitInput,
  ScreenPersonInput,
} from "../inputs/case-inputs.js";
import { CorrectPotentialVictimInput, ErasePotentialVictimInput } from "../inputs/retention-inputs.js";
import { locationSeenThrough } from "./concern-resolver.js";
import { ErasureResult } from "../types/erasure.js";

const CASEWORK_ROLES = [Role.COORDINATOR, Role.CASEWORKER];

@Resolver(() => PotentialVictim)
export class PotentialVictimResolver {
  @Mutation(() => PotentialVictim, { description: "Records a person screened for modern slavery in a concern." })
  @Roles(...CASEWORK_ROLES)
  screenPerson(
    @Arg("concernId", () => ID, { description: "The concern." }) concernId: string,
    @Arg("input", () => ScreenPersonInput, { description: "The person." }) input: ScreenPersonInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.screenPerson(ctx.caller, concernId, input);
  }

  @Mutation(() => NrmReferral, {
    description:
      "Refers a person into the NRM, for the caller's own agency, which must be a first responder organisation; the referrer must be a person of that agency in the directory (governance is asked as the caller: SERVICE_UNAVAILABLE when it cannot answer, and nothing is written). An adult needs their recorded consent (one who declines gets a duty-to-notify report instead); a minor, or a person of unknown age, is referred without.",
  })
  @Roles(...CASEWORK_ROLES)
  referToNrm(
    @Arg("victimId", () => ID, { description: "The person screened." }) victimId: string,
    @Arg("input", () => NrmReferralInput, { description: "The referral." }) input: NrmReferralInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.referToNrm(ctx.caller, victimId, input);
  }

  @Mutation(() => DutyToNotify, {
    description:
      "Records the duty-to-notify (MS1) report for an adult who declined the NRM, for the caller's own agency.",
  })
  @Roles(...CASEWORK_ROLES)
  recordDutyToNotify(
    @Arg("victimId", () => ID, { description: "The person screened (an adult)." }) victimId: string,
    @Arg("input", () => DutyToNotifyInput, { description: "The report." }) input: DutyToNotifyInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.recordDutyToNotify(ctx.caller, victimId, input);
  }

  @Mutation(() => PotentialVictim, {
    description:
      "Corrects what is recorded about a person (rectification), for a concern your agency takes part in: each value given replaces the recorded one, and the old and new values are kept in the concern's history with the reason. Versioned like updateConcern when expectedVersion is given: against an older version it is refused with CONFLICT only if one of the person's values it corrects was changed since.",
  })
  @Roles(...CASEWORK_ROLES)
  correctPotentialVictim(
    @Arg("input", () => CorrectPotentialVictimInput, { description: "The person, the corrections and the reason." })
    input: CorrectPotentialVictimInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.rectification.correct(ctx.caller, input);
  }

  @Mutation(() => ErasureResult, {
    description:
      "Answers a person's erasure request, for a concern your agency takes part in: anonymises their identity and notes about their needs where no lawful basis requires keeping them, and records what is kept and the basis of each (the figures, an NRM referral's statutory record, a legal hold, which keeps everything).",
  })
  @Roles(...CASEWORK_ROLES)
  erasePotentialVictim(
    @Arg("input", () => ErasePotentialVictimInput, { description: "The person and the request." })
    input: ErasePotentialVictimInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.erasure.erase(ctx.caller, input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency supporting the person." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  supportProvider(@Root() victim: PotentialVictim) {
    return agencyRef(victim.supportProviderAgencyId);
  }

  @FieldResolver(() => NrmReferral, {
    nullable: true,
    description: "The person's NRM referral, if they were referred.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  nrmReferral(@Root() victim: PotentialVictim, @Ctx() ctx: CasesContext) {
    return ctx.loaders.nrmReferralOfVictim.load(victim.id);
  }

  @FieldResolver(() => DutyToNotify, {
    nullable: true,
    description: "The duty-to-notify report, if the person (an adult) declined the NRM.",
  })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  dutyToNotify(@Root() victim: PotentialVictim, @Ctx() ctx: CasesContext) {
    return ctx.loaders.dutyToNotifyOfVictim.load(victim.id);
  }
}

@Resolver(() => NrmReferral)
export class NrmReferralResolver {
  @Mutation(() => NrmReferral, {
    description:
      "Records a reasonable or conclusive grounds decision. A decision cannot predate its referral; conclusive grounds follow a positive reasonable grounds decision.",
  })
  @Roles(...CASEWORK_ROLES)
  recordNrmDecision(
    @Arg("referralId", () => ID, { description: "The referral." }) referralId: string,
    @Arg("input", () => NrmDecisionInput, { description: "The decision." }) input: NrmDecisionInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.recordNrmDecision(ctx.caller, referralId, input);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The first responder organisation that made it." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  referringAgency(@Root() referral: NrmReferral) {
    return agencyRef(referral.referringAgencyId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The first responder who made it." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  referrer(@Root() referral: NrmReferral) {
    return referrerRef(referral.referrerEmail, referral.referringAgencyId);
  }

  @FieldResolver(() => PotentialVictim, { nullable: true, description: "The person referred." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  potentialVictim(@Root() referral: NrmReferral, @Ctx() ctx: CasesContext) {
    return ctx.loaders.victim.load(referral.victimId);
  }
}

@Resolver(() => DutyToNotify)
export class DutyToNotifyResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The public authority that made the report." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  reportingAgency(@Root() report: DutyToNotify) {
    return agencyRef(report.reportingAgencyId);
  }
}

@Resolver(() => DisruptionVisit)
export class DisruptionVisitResolver {
  @Mutation(() => DisruptionVisit, {
    description:
      "Records a multi-agency disruption visit with each agency's interventions and the people screened, all or nothing.",
  })
  @Roles(...CASEWORK_ROLES)
  recordVisit(
    @Arg("concernId", () => ID, { description: "The concern." }) concernId: string,
    @Arg("input", () => RecordVisitInput, { description: "The visit." }) input: RecordVisitInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.recordVisit(ctx.caller, concernId, input);
  }

  @FieldResolver(() => Location, { nullable: true, description: "The premises visited." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  async location(@Root() visit: DisruptionVisit, @Ctx() ctx: CasesContext) {
    const [location, concern] = await Promise.all([
      ctx.loaders.location.load(visit.locationId),
      ctx.loaders.concern.load(visit.concernId),
    ]);
    return locationSeenThrough(location, concern ? partiesOf(concern) : []);
  }

  @FieldResolver(() => [Agency], { nullable: true, description: "The agencies present." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  agenciesPresent(@Root() visit: DisruptionVisit) {
    return visit.agencyIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [PotentialVictim], { nullable: true, description: "The people screened during the visit." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  peopleScreened(@Root() visit: DisruptionVisit, @Ctx() ctx: CasesContext) {
    return ctx.loaders.victimsOfVisit.load(visit.id);
  }

  @FieldResolver(() => [Intervention], { nullable: true, description: "What each agency did during the visit." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  interventions(@Root() visit: DisruptionVisit, @Ctx() ctx: CasesContext) {
    return ctx.loaders.interventionsOfVisit.load(visit.id);
  }

  @FieldResolver(() => Concern, { nullable: true, description: "The concern the visit was for." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  concern(@Root() visit: DisruptionVisit, @Ctx() ctx: CasesContext) {
    return ctx.loaders.concern.load(visit.concernId);
  }
}

@Resolver(() => Intervention)
export class InterventionResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency that carried it out." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  agency(@Root() intervention: Intervention) {
    return agencyRef(intervention.agencyId);
  }
}

@Resolver(() => Offender)
export class OffenderResolver {
  @Mutation(() => Offender, { description: "Records a suspected offender in a concern." })
  @Roles(...CASEWORK_ROLES)
  recordOffender(
    @Arg("concernId", () => ID, { description: "The concern." }) concernId: string,
    @Arg("input", () => OffenderInput, { description: "The offender." }) input: OffenderInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.recordOffender(ctx.caller, concernId, input);
  }
}

@Resolver(() => PreventionOrder)
export class PreventionOrderResolver {
  @Mutation(() => PreventionOrder, { description: "Records an STPO or STRO obtained in a concern." })
  @Roles(...CASEWORK_ROLES)
  recordOrder(
    @Arg("concernId", () => ID, { description: "The concern." }) concernId: string,
    @Arg("input", () => OrderInput, { description: "The order." }) input: OrderInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.casework.recordOrder(ctx.caller, concernId, input);
  }
}
