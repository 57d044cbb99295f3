import { actingPartnership, forbidden, LocalDate, PageArgs } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { ActionPlan, AttendanceRate, MaturityAreaComparison, Partnership } from "../entities/index.js";
import { MeetingKind } from "../entities/enums.js";
import { planOnDay } from "../services/plan-rules.js";
import { ActionPlanSummary } from "../types/action-plan-summary.js";
import { MeetingConnection } from "../types/governance-connections.js";
import { COMPARED, comparedCount } from "./maturity-resolver.js";

/**
 * Its governance is read only inside the partnership: another partnership's plans, meetings and
 * maturity are FORBIDDEN, as naming it in a root query's arguments is.
 */
function own(partnership: Partnership, ctx: GovernanceContext): string {
  if (partnership.id !== actingPartnership(ctx.caller).id)
    throw forbidden(
      "a partnership's plans, meetings and maturity assessments are read only in a request acting in that partnership",
    );
  return partnership.id;
}

/** How the partnership governs itself: its plans, meetings and maturity, for the annual report. */
@Resolver(() => Partnership)
export class PartnershipGovernanceResolver {
  @FieldResolver(() => [ActionPlan], {
    nullable: true,
    description:
      "Its action plans, latest-starting first (a partnership has a handful; `actionPlans` pages them). Only in a request acting in this partnership (null with FORBIDDEN otherwise), as are its other governance fields.",
  })
  actionPlans(@Root() partnership: Partnership, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.plansOfPartnership.load(own(partnership, ctx));
  }

  @FieldResolver(() => ActionPlanSummary, {
    nullable: true,
    description:
      "Its action plan on the day given (the plan in force, else the last to have ended; null before its first): actions by RAG on that day, the overdue and the red ones.",
  })
  async actionPlanSummary(
    @Root() partnership: Partnership,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day; today when empty." }) asOf: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ActionPlanSummary | null> {
    const partnershipId = own(partnership, ctx);
    const day = asOf ?? ctx.clock.today();
    const plan = planOnDay(await ctx.loaders.plansOfPartnership.load(partnershipId), day);
    if (!plan) return null;
    const [rag, overdue, red] = await Promise.all([
      ctx.loaders.ragOfPlan.load({ id: plan.id, argument: day }),
      ctx.plans.overdue(partnershipId, day, plan.id),
      ctx.plans.red(partnershipId, day, plan.id),
    ]);
    return { plan, asOf: day, rag, overdue, red };
  }

  @FieldResolver(() => MeetingConnection, {
    nullable: true,
    description:
      "Its meetings in a period, oldest first, a page at a time. Null, with the error, when an argument is refused or the request acts in another partnership.",
  })
  meetings(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Arg("kind", () => MeetingKind, { nullable: true, description: "Only meetings of this kind." })
    kind: MeetingKind | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.listMeetings({ partnershipId: own(partnership, ctx), from, to, kind }, page);
  }

  @FieldResolver(() => [AttendanceRate], {
    nullable: true,
    description:
      "Each agency's attendance at its meetings in a period (counted in SQL), best attended first; one row per agency expected. Null, with the error, when the period is refused or the request acts in another partnership.",
  })
  meetingAttendance(
    @Root() partnership: Partnership,
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.attendanceRates(own(partnership, ctx), from, to);
  }

  @FieldResolver(() => [MaturityAreaComparison], {
    nullable: true,
    description:
      "Each area of the maturity matrix across its own self-assessments, oldest first, with the latest change. Null, with the error, when `last` is refused or the request acts in another partnership.",
  })
  maturityComparison(
    @Root() partnership: Partnership,
    @Arg("last", () => Int, {
      defaultValue: COMPARED.default,
      description: `How many of the latest assessments to compare (1 to ${COMPARED.max}).`,
    })
    last: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.loaders.maturityComparison.load({ id: own(partnership, ctx), argument: comparedCount(last) });
  }
}
