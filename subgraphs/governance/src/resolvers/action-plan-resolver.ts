import { actingPartnership, isUuid, LocalDate, PageArgs, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import {
  ActionPlan,
  ActionUpdate,
  Agency,
  KpiDefinition,
  Milestone,
  Partnership,
  Person,
  PlanAction,
  PlanObjective,
  RagCount,
} from "../entities/index.js";
import { Rag } from "../entities/enums.js";
import {
  AddActionInput,
  AddKpiInput,
  AddMilestoneInput,
  AddObjectiveInput,
  CompleteMilestoneInput,
  CreateActionPlanInput,
  RecordProgressInput,
} from "../inputs/plan-inputs.js";
import { partnershipOf } from "../services/partnership-scope.js";
import { ActionPlanConnection } from "../types/governance-connections.js";

/** Who may change a plan: the partnership's coordinators and administrators. */
export const PLANNERS = [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN];

const AS_OF = { nullable: true, description: "The day; today when empty." } as const;
const planFilter = (planId: string | null | undefined) => (planId && isUuid(planId) ? planId : null);

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlanConnection, {
    description: "The action plans of the partnership the request acts in, latest-starting first, a page at a time.",
  })
  actionPlans(
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership the request acts in (the default when left out or null); another is refused with FORBIDDEN.",
    })
    partnershipId: string | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.listPlans(partnershipOf(ctx.caller, partnershipId, "partnershipId"), page);
  }

  @Query(() => ActionPlan, {
    nullable: true,
    description: "One action plan of the partnership the request acts in, or null when it has none with this id.",
  })
  actionPlan(@Arg("id", () => ID, { description: "The plan's id." }) id: string, @Ctx() ctx: GovernanceContext) {
    return ctx.plans.plan(id, actingPartnership(ctx.caller).id);
  }

  @Query(() => [PlanAction], {
    description:
      "The acting partnership's actions on their plans by the day given (added on or before it), past their delivery date and not complete on that day (their latest update by then is not COMPLETE), most overdue first; at most 500.",
  })
  overdueActions(
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null,
    @Arg("planId", () => ID, { nullable: true, description: "Only this plan's actions." })
    planId: string | null | undefined,
    @Ctx() ctx: GovernanceContext,
  ) {
    const partnershipId = actingPartnership(ctx.caller).id;
    if (planId != null && !isUuid(planId)) return [];
    return ctx.plans.overdue(partnershipId, asOf ?? ctx.clock.today(), planFilter(planId));
  }

  @Query(() => [PlanAction], {
    description:
      "The acting partnership's actions on their plans by the day given (added on or before it) whose latest progress update by then is RED, by delivery date; at most 500.",
  })
  redActions(
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null,
    @Arg("planId", () => ID, { nullable: true, description: "Only this plan's actions." })
    planId: string | null | undefined,
    @Ctx() ctx: GovernanceContext,
  ) {
    const partnershipId = actingPartnership(ctx.caller).id;
    if (planId != null && !isUuid(planId)) return [];
    return ctx.plans.red(partnershipId, asOf ?? ctx.clock.today(), planFilter(planId));
  }

  @Mutation(() => ActionPlan, {
    description:
      "Creates an action plan for the partnership the request acts in. Coordinators and partnership administrators of the partnership's chair agency (who speak for the partnership).",
  })
  @Roles(...PLANNERS)
  createActionPlan(
    @Arg("input", () => CreateActionPlanInput, { description: "The plan." }) input: CreateActionPlanInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.createPlan(ctx.caller, input);
  }

  @Mutation(() => PlanObjective, {
    description:
      "Adds an objective (numbered next) with its KPIs to a plan. Coordinators and partnership administrators of the partnership's chair agency (who speak for the partnership).",
  })
  @Roles(...PLANNERS)
  addPlanObjective(
    @Arg("input", () => AddObjectiveInput, { description: "The objective." }) input: AddObjectiveInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addObjective(ctx.caller, input);
  }

  @Mutation(() => KpiDefinition, {
    description:
      "Defines a KPI of a plan or of one of its objectives. Coordinators and partnership administrators of the partnership's chair agency (who speak for the partnership).",
  })
  @Roles(...PLANNERS)
  addPlanKpi(
    @Arg("input", () => AddKpiInput, { description: "The KPI." }) input: AddKpiInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addKpi(ctx.caller, input);
  }

  @Mutation(() => PlanAction, {
    description:
      "Adds an action with its milestones to an objective: its delivery date within the plan, its lead agencies members of the partnership and its lead officers their staff from the directory. Coordinators and partnership administrators of the partnership's chair agency (who speak for the partnership).",
  })
  @Roles(...PLANNERS)
  addPlanAction(
    @Arg("input", () => AddActionInput, { description: "The action." }) input: AddActionInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addAction(ctx.caller, input, ctx.clock.today());
  }

  @Mutation(() => Milestone, {
    description:
      "Adds a milestone after an action's others. Coordinators and partnership administrators of one of the action's lead agencies, or of the partnership's chair agency.",
  })
  @Roles(...PLANNERS)
  addActionMilestone(
    @Arg("input", () => AddMilestoneInput, { description: "The milestone." }) input: AddMilestoneInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addMilestone(ctx.caller, input);
  }

  @Mutation(() => Milestone, {
    description:
      "Marks a milestone reached (once). Coordinators and partnership administrators of one of the action's lead agencies, or of the partnership's chair agency.",
  })
  @Roles(...PLANNERS)
  completeActionMilestone(
    @Arg("input", () => CompleteMilestoneInput, { description: "The milestone and the day." })
    input: CompleteMilestoneInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.completeMilestone(ctx.caller, input, ctx.clock.today());
  }

  @Mutation(() => ActionUpdate, {
    description:
      "Records progress on an action: the RAG status it now has and a note saying why. COMPLETE only when all its milestones are reached, or with `completionReason` saying why it is complete without them. Coordinators and partnership administrators of one of the action's lead agencies, or of the partnership's chair agency.",
  })
  @Roles(...PLANNERS)
  recordActionProgress(
    @Arg("input", () => RecordProgressInput, { description: "The update." }) input: RecordProgressInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.recordProgress(ctx.caller, input, ctx.clock.today());
  }

  @FieldResolver(() => Partnership, { nullable: true, description: "The partnership whose plan it is." })
  partnership(@Root() plan: ActionPlan, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.partnership.load(plan.partnershipId);
  }

  @FieldResolver(() => [PlanObjective], { description: "Its objectives, in number order." })
  objectives(@Root() plan: ActionPlan, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.objectivesOfPlan.load(plan.id);
  }

  @FieldResolver(() => [KpiDefinition], {
    description: "The KPIs of the plan as a whole (each objective lists its own), in order.",
  })
  async kpis(@Root() plan: ActionPlan, @Ctx() ctx: GovernanceContext) {
    return (await ctx.loaders.kpisOfPlan.load(plan.id)).filter((kpi) => kpi.objectiveId === null);
  }

  @FieldResolver(() => [RagCount], {
    nullable: true,
    description:
      "Its actions by RAG status on a day (counted in SQL), those added after the day left out, every status listed, red first. Null, with the error, when the day is refused.",
  })
  ragSummary(
    @Root() plan: ActionPlan,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.loaders.ragOfPlan.load({ id: plan.id, argument: asOf ?? ctx.clock.today() });
  }
}

@Resolver(() => PlanObjective)
export class PlanObjectiveResolver {
  @FieldResolver(() => [PlanAction], { description: "Its actions, by delivery date." })
  actions(@Root() objective: PlanObjective, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.actionsOfObjective.load(objective.id);
  }

  @FieldResolver(() => [KpiDefinition], { description: "Its key performance indicators, in order." })
  kpis(@Root() objective: PlanObjective, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.kpisOfObjective.load(objective.id);
  }

  @FieldResolver(() => [RagCount], {
    nullable: true,
    description:
      "Its actions by RAG status on a day (counted in SQL), those added after the day left out, every status listed, red first. Null, with the error, when the day is refused.",
  })
  ragSummary(
    @Root() objective: PlanObjective,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.loaders.ragOfObjective.load({ id: objective.id, argument: asOf ?? ctx.clock.today() });
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => Rag, {
    nullable: true,
    description:
      "How it is going on a day: its latest update's RAG status by then, NOT_STARTED without one. Null, with the error, when the day is refused.",
  })
  rag(
    @Root() action: PlanAction,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.loaders.ragOfAction.load({ id: action.id, argument: asOf ?? ctx.clock.today() });
  }

  @FieldResolver(() => [Milestone], { description: "Its milestones, in order." })
  milestones(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.milestonesOfAction.load(action.id);
  }

  @FieldResolver(() => [ActionUpdate], { description: "Its progress updates, newest first." })
  updates(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.updatesOfAction.load(action.id);
  }

  @FieldResolver(() => [Agency], { description: "The agencies leading it." })
  async leadAgencies(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return (await ctx.loaders.agency.loadMany(action.leadAgencyIds)).filter((a): a is Agency => a instanceof Agency);
  }

  @FieldResolver(() => [Person], { description: "Its lead officers, from the directory." })
  async leadOfficers(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return (await ctx.loaders.person.loadMany(action.leadOfficerIds)).filter((p): p is Person => p instanceof Person);
  }

  @FieldResolver(() => PlanObjective, { description: "The objective it serves." })
  async objective(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.objective.load(action.objectiveId);
  }
}

@Resolver(() => ActionUpdate)
export class ActionUpdateResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "The directory person the update is from (usually a lead officer); null when not given.",
  })
  reporter(@Root() update: ActionUpdate, @Ctx() ctx: GovernanceContext) {
    return update.reporterId ? ctx.loaders.person.load(update.reporterId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency of whoever recorded it." })
  reporterAgency(@Root() update: ActionUpdate, @Ctx() ctx: GovernanceContext) {
    return update.reporterAgencyId ? ctx.loaders.agency.load(update.reporterAgencyId) : null;
  }
}
