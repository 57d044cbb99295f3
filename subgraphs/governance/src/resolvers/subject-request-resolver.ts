import { daysBetween, isUuid, LocalDate, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, SubjectRequest, SubjectRequestSearch } from "../entities/index.js";
import { SubjectRequestStatus } from "../entities/enums.js";
import {
  CompleteSubjectRequestInput,
  ExtendSubjectRequestInput,
  RecordSubjectRequestInput,
} from "../inputs/subject-request-inputs.js";
import { SubjectRequestConnection } from "../types/subject-requests.js";

const SCOPE =
  "Data protection officers only, in the partnership the request acts in: an officer sees the requests made to their own agency; the officer of the partnership's chair agency sees every one.";

@Resolver(() => SubjectRequest)
export class SubjectRequestResolver {
  @Query(() => SubjectRequest, {
    nullable: true,
    description: `One data subject's request, or null when there is none with this id the caller may see. ${SCOPE}`,
  })
  @Roles(Role.DATA_PROTECTION_OFFICER)
  subjectRequest(@Arg("id", () => ID, { description: "The request's id." }) id: string, @Ctx() ctx: GovernanceContext) {
    return isUuid(id) ? ctx.subjectRequests.find(ctx.caller, id) : null;
  }

  @Query(() => SubjectRequestConnection, {
    description: `The register of data subjects' requests, soonest due first, a page at a time: with status OPEN, the requests due. ${SCOPE}`,
  })
  @Roles(Role.DATA_PROTECTION_OFFICER)
  subjectRequests(
    @Arg("status", () => SubjectRequestStatus, { nullable: true, description: "Only requests in this status." })
    status: SubjectRequestStatus | null,
    @Arg("dueBefore", () => LocalDate, { nullable: true, description: "Only requests due before this day." })
    dueBefore: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.subjectRequests.list(ctx.caller, { status, dueBefore }, page);
  }

  @Mutation(() => SubjectRequest, {
    description: `Records a data subject's request as received, due one calendar month later (UK GDPR Art. 12(3)). ${SCOPE} Another agency's request is recorded only by the chair's officer (FORBIDDEN otherwise).`,
  })
  @Roles(Role.DATA_PROTECTION_OFFICER)
  recordSubjectRequest(
    @Arg("input", () => RecordSubjectRequestInput, { description: "The request." }) input: RecordSubjectRequestInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.subjectRequests.record(ctx.caller, input, ctx.clock.today());
  }

  @Mutation(() => SubjectRequest, {
    description: `Extends an open request by one or two further months (at most two in all, Art. 12(3)), with the reason; only within its first month, when the subject must be told. ${SCOPE}`,
  })
  @Roles(Role.DATA_PROTECTION_OFFICER)
  extendSubjectRequest(
    @Arg("input", () => ExtendSubjectRequestInput, { description: "The request, the months and why." })
    input: ExtendSubjectRequestInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.subjectRequests.extend(ctx.caller, input, ctx.clock.today());
  }

  @Mutation(() => SubjectRequest, {
    description: `Closes an open request: answered (COMPLETED), or refused (REFUSED) with the reason. ${SCOPE}`,
  })
  @Roles(Role.DATA_PROTECTION_OFFICER)
  completeSubjectRequest(
    @Arg("input", () => CompleteSubjectRequestInput, { description: "The request and its outcome." })
    input: CompleteSubjectRequestInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.subjectRequests.complete(ctx.caller, input, ctx.clock.today());
  }

  @FieldResolver(() => SubjectRequestSearch, { description: "How the subject is found across the services." })
  search(@Root() request: SubjectRequest): SubjectRequestSearch {
    return {
      name: request.searchName,
      dateOfBirth: request.searchDateOfBirth,
      email: request.searchEmail,
      reference: request.searchReference,
    };
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Days from today to the due date: 0 on the day, negative once passed; null once closed.",
  })
  daysLeft(@Root() request: SubjectRequest, @Ctx() ctx: GovernanceContext): number | null {
    return request.status === SubjectRequestStatus.OPEN ? daysBetween(ctx.clock.today(), request.dueOn) : null;
  }

  @FieldResolver(() => Boolean, { description: "True when the request is open and its due date has passed." })
  overdue(@Root() request: SubjectRequest, @Ctx() ctx: GovernanceContext): boolean {
    return request.status === SubjectRequestStatus.OPEN && request.dueOn < ctx.clock.today();
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The member agency the request was made to." })
  madeTo(@Root() request: SubjectRequest, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(request.madeToAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency of the user who recorded it." })
  recordedByAgency(@Root() request: SubjectRequest, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(request.recordedByAgencyId);
  }
}
