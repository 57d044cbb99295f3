import { isoDate, LocalDate, Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import {
  ActionPlan,
  Agency,
  AttendanceRate,
  MaturityAreaComparison,
  MaturityAssessment,
  Meeting,
  MeetingAttendance,
  Partnership,
} from "../entities/index.js";
import { RecordMaturityAssessmentInput, RecordMeetingInput } from "../inputs/plan-inputs.js";
import { ActionPlanSummary } from "./action-plan-resolver.js";

const GOVERNORS = [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN];

@Resolver(() => Meeting)
export class MeetingResolver {
  @Mutation(() => Meeting, { description: "Records a meeting of the partnership and who attended." })
  @Roles(...GOVERNORS)
  recordMeeting(
    @Arg("input", () => RecordMeetingInput, { description: "The meeting." }) input: RecordMeetingInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.recordMeeting(input);
  }

  @Mutation(() => MaturityAssessment, {
    description: "Records a self-assessment against the council modern slavery maturity matrix (all five areas).",
  })
  @Roles(...GOVERNORS)
  recordMaturityAssessment(
    @Arg("input", () => RecordMaturityAssessmentInput, { description: "The assessment." })
    input: RecordMaturityAssessmentInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.recordAssessment(input);
  }

  @FieldResolver(() => [MeetingAttendance], { description: "Each expected agency's attendance." })
  attendance(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.attendanceOfMeeting.load(meeting.id);
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => Agency, { description: "The agency." })
  agency(@Root() attendance: MeetingAttendance, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(attendance.agencyId);
  }
}

@Resolver(() => AttendanceRate)
export class AttendanceRateResolver {
  @FieldResolver(() => Agency, { description: "The agency." })
  agency(@Root() rate: AttendanceRate, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(rate.agencyId);
  }
}

/** How the partnership governs itself: its plans, meetings and maturity, for the annual report. */
@Resolver(() => Partnership)
export class PartnershipGovernanceResolver {
  @FieldResolver(() => [ActionPlan], { description: "Its action plans, newest first." })
  actionPlans(@Root() partnership: Partnership, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.plansOfPartnership.load(partnership.id);
  }

  @FieldResolver(() => ActionPlanSummary, {
    nullable: true,
    description: "The plan in force on the day given (the latest plan when none is): actions by RAG and overdue ones.",
  })
  async actionPlanSummary(
    @Root() partnership: Partnership,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day; today when empty." }) asOf: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ActionPlanSummary | null> {
    const day = asOf ?? isoDate();
    const plans = await ctx.loaders.plansOfPartnership.load(partnership.id);
    const plan = plans.find((p) => p.startsOn <= day && day <= p.endsOn) ?? plans[0];
    if (!plan) return null;
    return {
      plan,
      rag: await ctx.plans.ragSummary({ planId: plan.id }),
      overdue: await ctx.plans.overdue(day, plan.id),
    };
  }

  @FieldResolver(() => [Meeting], { description: "Its meetings in a period, oldest first." })
  async meetings(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period." }) to: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.dataSource
      .getRepository(Meeting)
      .createQueryBuilder("m")
      .where("m.partnership_id = :id AND m.held_on BETWEEN :from AND :to", { id: partnership.id, from, to })
      .orderBy("m.held_on")
      .addOrderBy("m.id")
      .limit(500)
      .getMany();
  }

  @FieldResolver(() => [AttendanceRate], {
    description: "Each agency's attendance at its meetings in a period, best attended first.",
  })
  meetingAttendance(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.attendanceRates(partnership.id, from, to);
  }

  @FieldResolver(() => [MaturityAreaComparison], {
    description: "Each area of the maturity matrix across its self-assessments, oldest first, with the latest change.",
  })
  maturityComparison(@Root() partnership: Partnership, @Ctx() ctx: GovernanceContext) {
    return ctx.meetings.compareAssessments(partnership.id);
  }
}
