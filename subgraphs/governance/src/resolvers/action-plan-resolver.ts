import { isoDate, isUuid, LocalDate, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import {
  ActionPlan,
  ActionUpdate,
  Agency,
  Person,
  PlanAction,
  PlanObjective,
  Rag,
  RagCount,
} from "../entities/index.js";
import {
  AddActionInput,
  AddObjectiveInput,
  CreateActionPlanInput,
  RecordProgressInput,
} from "../inputs/plan-inputs.js";

const PLANNERS = [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN];

@ObjectType({ description: "Where an action plan stands on a day: actions by RAG status and how many are overdue." })
@Public()
export class ActionPlanSummary {
  @Field(() => ActionPlan, { description: "The plan." })
  plan: ActionPlan;

  @Field(() => [RagCount], { description: "Actions by RAG status, every status listed." })
  rag: RagCount[];

  @Field(() => [PlanAction], { description: "Actions past their delivery date and not complete." })
  overdue: PlanAction[];
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlan, { nullable: true, description: "One action plan, or null when there is none with this id." })
  actionPlan(@Arg("id", () => ID, { description: "The plan's id." }) id: string, @Ctx() ctx: GovernanceContext) {
    return isUuid(id) ? ctx.plans.plan(id).catch(() => null) : null;
  }

  @Query(() => [PlanAction], {
    description: "Actions past their delivery date and not complete on the day given, most overdue first.",
  })
  overdueActions(
    @Arg("asOf", () => LocalDate, { nullable: true, description: "The day; today when empty." }) asOf: string | null,
    @Arg("planId", () => ID, { nullable: true, description: "Only this plan's actions." }) planId: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.overdue(asOf ?? isoDate(), planId && isUuid(planId) ? planId : null);
  }

  @Query(() => [PlanAction], { description: "Actions whose latest progress update is RED." })
  redActions(
    @Arg("planId", () => ID, { nullable: true, description: "Only this plan's actions." }) planId: string | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.red(planId && isUuid(planId) ? planId : null);
  }

  @Mutation(() => ActionPlan, {
    description: "Creates an action plan for a partnership. Coordinators and administrators.",
  })
  @Roles(...PLANNERS)
  createActionPlan(
    @Arg("input", () => CreateActionPlanInput, { description: "The plan." }) input: CreateActionPlanInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.createPlan(input);
  }

  @Mutation(() => PlanObjective, { description: "Adds an objective (numbered next) to a plan." })
  @Roles(...PLANNERS)
  addPlanObjective(
    @Arg("input", () => AddObjectiveInput, { description: "The objective." }) input: AddObjectiveInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addObjective(input);
  }

  @Mutation(() => PlanAction, {
    description: "Adds an action to an objective; its delivery date falls within the plan, its leads are known.",
  })
  @Roles(...PLANNERS)
  addPlanAction(
    @Arg("input", () => AddActionInput, { description: "The action." }) input: AddActionInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.addAction(input);
  }

  @Mutation(() => ActionUpdate, { description: "Records progress on an action, with its RAG status and a note." })
  @Roles(...PLANNERS)
  recordActionProgress(
    @Arg("input", () => RecordProgressInput, { description: "The update." }) input: RecordProgressInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.plans.recordProgress(ctx.caller, input);
  }

  @FieldResolver(() => [PlanObjective], { description: "Its objectives, in number order." })
  objectives(@Root() plan: ActionPlan, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.objectivesOfPlan.load(plan.id);
  }

  @FieldResolver(() => [RagCount], { description: "Its actions by RAG status, every status listed." })
  ragSummary(@Root() plan: ActionPlan, @Ctx() ctx: GovernanceContext) {
    return ctx.plans.ragSummary({ planId: plan.id });
  }
}

@Resolver(() => PlanObjective)
export class PlanObjectiveResolver {
  @FieldResolver(() => [PlanAction], { description: "Its actions, by delivery date." })
  actions(@Root() objective: PlanObjective, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.actionsOfObjective.load(objective.id);
  }

  @FieldResolver(() => [RagCount], { description: "Its actions by RAG status, every status listed." })
  ragSummary(@Root() objective: PlanObjective, @Ctx() ctx: GovernanceContext) {
    return ctx.plans.ragSummary({ objectiveId: objective.id });
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => Rag, {
    description: "How it is going: its latest update's RAG status, NOT_STARTED without one.",
  })
  rag(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.currentRag.load(action.id);
  }

  @FieldResolver(() => [ActionUpdate], { description: "Its progress updates, newest first." })
  updates(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.updatesOfAction.load(action.id);
  }

  @FieldResolver(() => [Agency], { description: "The agencies leading it." })
  async leadAgencies(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return (await ctx.loaders.agency.loadMany(action.leadAgencyIds)).filter((a): a is Agency => a instanceof Agency);
  }

  @FieldResolver(() => [Person], { description: "Its lead officers." })
  async leadOfficers(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return (await ctx.loaders.person.loadMany(action.leadOfficerIds)).filter((p): p is Person => p instanceof Person);
  }

  @FieldResolver(() => PlanObjective, { description: "The objective it serves." })
  async objective(@Root() action: PlanAction, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.objective.load(action.objectiveId);
  }
}
