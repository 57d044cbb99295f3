import { actingPartnership, DataCategory, isUuid, PageArgs, Role, Roles, Sensitive } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import {
  Agency,
  agencyRef,
  Concern,
  DisruptionVisit,
  LegalHold,
  Intervention,
  Location,
  Offender,
  partiesOf,
  PotentialVictim,
  PreventionOrder,
} from "../entities/index.js";
import { legalHoldsOfConcern } from "../loaders/legal-holds.js";
import {
  ChangeConcernStatusInput,
  ConcernFilter,
  RecordConcernInput,
  UpdateConcernInput,
} from "../inputs/case-inputs.js";
import { ConcernChangeEntry, ConcernConnection } from "../types/outputs.js";

const CASEWORK_ROLES = [Role.COORDINATOR, Role.CASEWORKER];

/** A location as seen through a concern: those taking part in the concern see its address. */
export function locationSeenThrough(location: Location | null, parties: readonly string[]): Location | null {
  return location && Object.assign(Object.create(Location.prototype) as Location, location, { parties });
}

@Resolver(() => Concern)
export class ConcernResolver {
  @Query(() => Concern, {
    nullable: true,
    description:
      "One concern of the partnership the request acts in, or null when it has none with this id (another partnership's concern included).",
  })
  concern(@Arg("id", () => ID, { description: "The concern's id." }) id: string, @Ctx() ctx: CasesContext) {
    actingPartnership(ctx.caller);
    return isUuid(id) ? ctx.loaders.concern.load(id) : null;
  }

  @Query(() => ConcernConnection, {
    description:
      "The concerns of the partnership the request acts in, newest first, a page at a time; fields follow its agreements. Lists, filters, order and totalCount use only what the caller can read: an agency whose agreements do not grant CASE_SUMMARY lists only the concerns it takes part in (in no particular order, by id), and a filter on a field it cannot read is refused with FORBIDDEN naming the filter.",
  })
  async concerns(
    @Args() page: PageArgs,
    @Arg("filter", () => ConcernFilter, { nullable: true, description: "Narrows the list." })
    filter: ConcernFilter | null,
    @Ctx() ctx: CasesContext,
  ) {
    const result = await ctx.concerns.list(ctx.caller, filter, page);
    for (const concern of result.nodes) ctx.loaders.concern.prime(concern.id, concern);
    return result;
  }

  @Mutation(() => Concern, {
    description:
      "Records a new concern (status RECEIVED, version 1); the recording agency leads unless another is named, and takes part in it either way.",
  })
  @Roles(...CASEWORK_ROLES)
  recordConcern(
    @Arg("input", () => RecordConcernInput, { description: "The concern." }) input: RecordConcernInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.concerns.record(ctx.caller, input);
  }

  @Mutation(() => Concern, {
    description:
      "Changes the concern's details you give (fields left out stay as they are). Pass the version you read: what you change is applied on top of the current version, unless someone changed one of the same fields since, to a different value; then the update is refused with CONFLICT, nothing is written, and `extensions.fields` lists each such field with its value now (withheld where your agreements do not grant its category), who changed it and in which version.",
  })
  @Roles(...CASEWORK_ROLES)
  updateConcern(
    @Arg("id", () => ID, { description: "The concern's id." }) id: string,
    @Arg("version", () => Int, {
      description: "The version you read and changed; an older one is merged with what changed since (see above).",
    })
    version: number,
    @Arg("input", () => UpdateConcernInput, { description: "The fields to change." }) input: UpdateConcernInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.concerns.update(ctx.caller, id, version, input);
  }

  @Mutation(() => Concern, {
    description:
      "Moves a concern on: to the next status, to CLOSED (with its outcome) or, reopening, from CLOSED to SCOPING or ACTIVE (with a reason). Versioned like updateConcern: against an older version it is refused with CONFLICT only if the status, or the response level, outcome or closing day it sets, changed since.",
  })
  @Roles(...CASEWORK_ROLES)
  changeConcernStatus(
    @Arg("id", () => ID, { description: "The concern's id." }) id: string,
    @Arg("version", () => Int, {
      description: "The version you read and changed; an older one is merged with what changed since (see above).",
    })
    version: number,
    @Arg("input", () => ChangeConcernStatusInput, { description: "The new status and what it needs." })
    input: ChangeConcernStatusInput,
    @Ctx() ctx: CasesContext,
  ) {
    return ctx.concerns.changeStatus(ctx.caller, id, version, input);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The partner agency that referred the concern, if one did.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  referringAgency(@Root() concern: Concern) {
    return agencyRef(concern.referringAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency leading the response." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  leadAgency(@Root() concern: Concern) {
    return agencyRef(concern.leadAgencyId);
  }

  @FieldResolver(() => [Agency], { nullable: true, description: "The other agencies taking part." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  participatingAgencies(@Root() concern: Concern) {
    return concern.participatingAgencyIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether your agency takes part in the concern (and so sees its detail, as its agreements allow).",
  })
  @Sensitive(DataCategory.CASE_SUMMARY)
  takingPart(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return partiesOf(concern).includes(ctx.caller.agencyId);
  }

  @FieldResolver(() => Location, { nullable: true, description: "The premises the concern is about." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  async location(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return locationSeenThrough(await ctx.loaders.location.load(concern.locationId), partiesOf(concern));
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many people were screened in the concern." })
  @Sensitive(DataCategory.CASE_SUMMARY)
  peopleScreenedCount(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.screenedCount.load(concern.id);
  }

  @FieldResolver(() => [PotentialVictim], {
    nullable: true,
    description: "The people screened, in the order they were.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  potentialVictims(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.victimsOfConcern.load(concern.id);
  }

  @FieldResolver(() => [DisruptionVisit], { nullable: true, description: "The disruption visits, oldest first." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  visits(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.visitsOfConcern.load(concern.id);
  }

  @FieldResolver(() => [Intervention], { nullable: true, description: "Every intervention, oldest first." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  interventions(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.interventionsOfConcern.load(concern.id);
  }

  @FieldResolver(() => [Offender], { nullable: true, description: "The suspected offenders." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  offenders(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.offendersOfConcern.load(concern.id);
  }

  @FieldResolver(() => [PreventionOrder], { nullable: true, description: "STPOs and STROs obtained in the concern." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  orders(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return ctx.loaders.ordersOfConcern.load(concern.id);
  }

  @FieldResolver(() => [LegalHold], {
    nullable: true,
    description:
      "Legal holds on the concern, current and past, newest first: while one is active the retention run does not anonymise the concern and erasure requests erase nothing of it.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  legalHolds(@Root() concern: Concern, @Ctx() ctx: CasesContext) {
    return legalHoldsOfConcern(ctx).load(concern.id);
  }

  @FieldResolver(() => [ConcernChangeEntry], {
    nullable: true,
    description:
      "Every change to the concern, oldest first. Each field's values are shown only where your agreements grant its category; otherwise they say why not.",
  })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  async history(@Root() concern: Concern, @Ctx() ctx: CasesContext): Promise<ConcernChangeEntry[]> {
    return ctx.concerns.historySeenBy(ctx.caller, concern.id, await ctx.loaders.changesOfConcern.load(concern.id));
  }
}
