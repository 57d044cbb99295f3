import {
  badUserInput,
  type Caller,
  isUuid,
  type Page,
  type PageArgs,
  paginate,
  requireMembers,
} from "@partnership/runtime";
import { type DataSource, type EntityManager, In } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  Agency,
  KpiDefinition,
  Milestone,
  Person,
  PlanAction,
  PlanObjective,
} from "../entities/index.js";
import { Rag } from "../entities/enums.js";
import type {
  AddActionInput,
  AddKpiInput,
  AddMilestoneInput,
  AddObjectiveInput,
  CompleteMilestoneInput,
  CreateActionPlanInput,
  KpiInput,
  RecordProgressInput,
} from "../inputs/plan-inputs.js";
import { ragOn } from "../queries/rag-summaries.js";
import { inActingPartnership, partnershipOf } from "./partnership-scope.js";
import { requireLeadOrPartnership, requirePartnershipWrite } from "./partnership-authority.js";
import {
  completionProblem,
  completionReasonProblem,
  noteProblem,
  outsidePlan,
  reportDateProblem,
} from "./plan-rules.js";

/**
 * Action plans: objectives, KPIs, actions, milestones and progress, with the rules a plan's dates and
 * leads follow. Every plan belongs to one partnership, and everything under it with it: a request
 * reads and writes only the plans of the partnership it acts in, led by that partnership's members.
 */
export class ActionPlanService {
  constructor(private readonly dataSource: DataSource) {}

  /** A partnership's plans, latest-starting first. */
  listPlans(partnershipId: string, page: PageArgs): Promise<Page<ActionPlan>> {
    const query = this.dataSource
      .getRepository(ActionPlan)
      .createQueryBuilder("plan")
      .where("plan.partnershipId = :partnershipId", { partnershipId });
    return paginate(query, "startsOn", page, "DESC");
  }

  /** The plan with this id in the partnership, or null (as for an unknown id) when it is another's. */
  async plan(id: string, partnershipId: string): Promise<ActionPlan | null> {
    return isUuid(id) ? this.dataSource.getRepository(ActionPlan).findOneBy({ id, partnershipId }) : null;
  }

  async createPlan(caller: Caller, input: CreateActionPlanInput): Promise<ActionPlan> {
    const partnershipId = partnershipOf(caller, input.partnershipId, "input.partnershipId");
    requirePartnershipWrite(caller, "input.partnershipId", "an action plan");
    if (input.endsOn <= input.startsOn)
      throw badUserInput("input.endsOn", `must be after the start (${input.startsOn})`);
    const repo = this.dataSource.getRepository(ActionPlan);
    return repo.save(
      repo.create({ partnershipId, title: input.title, startsOn: input.startsOn, endsOn: input.endsOn }),
    );
  }

  /** The objective is numbered next in its plan; it and its KPIs are written together or not at all. */
  async addObjective(caller: Caller, input: AddObjectiveInput): Promise<PlanObjective> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, caller, input.planId, "input.planId");
      requirePartnershipWrite(caller, "input.planId", "the plan");
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM plan_objective WHERE plan_id = $1`,
        [plan.id],
      );
      const objective = await manager.save(
        manager.create(PlanObjective, { planId: plan.id, number: next, theme: input.theme, title: input.title }),
      );
      if (input.kpis.length > 0)
        await manager.insert(
          KpiDefinition,
          input.kpis.map((kpi, index) => ({
            ...kpiColumns(kpi),
            planId: plan.id,
            objectiveId: objective.id,
            position: index + 1,
          })),
        );
      return objective;
    });
  }

  /** A KPI of the whole plan, or of one of its objectives, placed after the others. */
  async addKpi(caller: Caller, input: AddKpiInput): Promise<KpiDefinition> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, caller, input.planId, "input.planId");
      requirePartnershipWrite(caller, "input.planId", "the plan");
      const objectiveId = input.objectiveId ?? null;
      if (objectiveId !== null && !(await manager.existsBy(PlanObjective, { id: objectiveId, planId: plan.id })))
        throw badUserInput("input.objectiveId", `the plan has no objective with id ${objectiveId}`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM plan_kpi
          WHERE plan_id = $1 AND objective_id IS NOT DISTINCT FROM $2::uuid`,
        [plan.id, objectiveId],
      );
      return manager.save(
        manager.create(KpiDefinition, { ...kpiColumns(input), planId: plan.id, objectiveId, position: next }),
      );
    });
  }

  /**
   * An action's delivery date (and each milestone's due date) falls within its plan; its leads are
   * the partnership's member agencies and their people in the directory. The action and its
   * milestones are written together.
   */
  async addAction(caller: Caller, input: AddActionInput, today: string): Promise<PlanAction> {
    const objective = await this.dataSource.getRepository(PlanObjective).findOneBy({ id: input.objectiveId });
    if (!objective) throw badUserInput("input.objectiveId", `no objective has id ${input.objectiveId}`);
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: objective.planId });
    inActingPartnership(caller, plan.partnershipId, "input.objectiveId");
    requirePartnershipWrite(caller, "input.objectiveId", "the plan");
    const delivery = outsidePlan(plan, input.deliveryDate);
    if (delivery) throw badUserInput("input.deliveryDate", delivery);
    input.milestones.forEach((milestone, index) => {
      const due = milestone.dueOn ? outsidePlan(plan, milestone.dueOn) : null;
      if (due) throw badUserInput(`input.milestones[${index}].dueOn`, due);
    });
    await this.checkAllExist(Agency, input.leadAgencyIds, "input.leadAgencyIds", "no agency has id");
    requireMembers(caller, input.leadAgencyIds, (i) => `input.leadAgencyIds[${i}]`);
    await this.checkStaffOfMembers(caller, input.leadOfficerIds, (i) => `input.leadOfficerIds[${i}]`);
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.save(
        manager.create(PlanAction, {
          objectiveId: objective.id,
          planId: plan.id,
          title: input.title,
          deliveryDate: input.deliveryDate,
          leadAgencyIds: input.leadAgencyIds,
          leadOfficerIds: input.leadOfficerIds,
          addedOn: today,
        }),
      );
      if (input.milestones.length > 0)
        await manager.insert(
          Milestone,
          input.milestones.map((milestone, index) => ({
            actionId: action.id,
            position: index + 1,
            title: milestone.title,
            dueOn: milestone.dueOn ?? null,
          })),
        );
      return action;
    });
  }

  /** A milestone placed after the action's others; due within the plan. */
  async addMilestone(caller: Caller, input: AddMilestoneInput): Promise<Milestone> {
    const action = await this.dataSource.getRepository(PlanAction).findOneBy({ id: input.actionId });
    if (!action) throw badUserInput("input.actionId", `no action has id ${input.actionId}`);
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: action.planId });
    inActingPartnership(caller, plan.partnershipId, "input.actionId");
    requireLeadOrPartnership(caller, action.leadAgencyIds, "input.actionId");
    const due = input.dueOn ? outsidePlan(plan, input.dueOn) : null;
    if (due) throw badUserInput("input.dueOn", due);
    return this.dataSource.transaction(async (manager) => {
      // Serialise additions to one action so two never take the same position.
      await manager.query(`SELECT 1 FROM plan_action WHERE id = $1 FOR UPDATE`, [action.id]);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM plan_milestone WHERE action_id = $1`,
        [action.id],
      );
      return manager.save(
        manager.create(Milestone, {
          actionId: action.id,
          position: next,
          title: input.title,
          dueOn: input.dueOn ?? null,
        }),
      );
    });
  }

  /** Marks a milestone reached, once, on a day that has come and not before the plan starts. */
  async completeMilestone(caller: Caller, input: CompleteMilestoneInput, today: string): Promise<Milestone> {
    const milestones = this.dataSource.getRepository(Milestone);
    const milestone = await milestones.findOneBy({ id: input.milestoneId });
    if (!milestone) throw badUserInput("input.milestoneId", `no milestone has id ${input.milestoneId}`);
    const action = await this.dataSource.getRepository(PlanAction).findOneByOrFail({ id: milestone.actionId });
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: action.planId });
    inActingPartnership(caller, plan.partnershipId, "input.milestoneId");
    requireLeadOrPartnership(caller, action.leadAgencyIds, "input.milestoneId");
    const doneOn = input.doneOn ?? today;
    const problem = completionProblem(plan, milestone, doneOn, today);
    if (problem) throw badUserInput(milestone.doneOn ? "input.milestoneId" : "input.doneOn", problem);
    // Only a milestone still to do is marked: of two completions at once, the second is refused.
    const result = await milestones
      .createQueryBuilder()
      .update()
      .set({ doneOn })
      .where("id = :id AND done_on IS NULL", { id: milestone.id })
      .execute();
    if (!result.affected) throw badUserInput("input.milestoneId", "the milestone was already reached");
    return milestones.findOneByOrFail({ id: milestone.id });
  }

  /**
   * Every RAG update says what happened; it is dated on a day that has come, not before the plan
   * starts nor before the action was added.
   */
  async recordProgress(caller: Caller, input: RecordProgressInput, today: string): Promise<ActionUpdate> {
    const action = await this.dataSource.getRepository(PlanAction).findOneBy({ id: input.actionId });
    if (!action) throw badUserInput("input.actionId", `no action has id ${input.actionId}`);
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: action.planId });
    inActingPartnership(caller, plan.partnershipId, "input.actionId");
    requireLeadOrPartnership(caller, action.leadAgencyIds, "input.actionId");
    const note = noteProblem(input.note);
    if (note) throw badUserInput("input.note", note);
    if (input.rag === Rag.NOT_STARTED)
      throw badUserInput(
        "input.rag",
        "an update is RED, AMBER, GREEN or COMPLETE; an action without one is not started",
      );
    const reportedOn = input.reportedOn ?? today;
    const date = reportDateProblem(plan, { addedOn: action.addedOn }, reportedOn, today);
    if (date) throw badUserInput("input.reportedOn", date);
    const reporterId = input.reporterId ?? null;
    if (reporterId !== null) await this.checkStaffOfMembers(caller, [reporterId], () => "input.reporterId");
    const agencyKnown =
      isUuid(caller.agencyId) && (await this.dataSource.getRepository(Agency).existsBy({ id: caller.agencyId }));
    return this.dataSource.transaction(async (manager) => {
      // Locked as a milestone's addition locks it, so the milestones counted are those there are.
      await manager.query(`SELECT 1 FROM plan_action WHERE id = $1 FOR UPDATE`, [action.id]);
      // With its id: TypeORM merges rows that share a primary key, so rows without one would merge into one.
      const milestones = await manager.find(Milestone, {
        select: { id: true, doneOn: true },
        where: { actionId: action.id },
      });
      const completion = completionReasonProblem(input.rag, milestones, input.completionReason);
      if (completion) throw badUserInput("input.completionReason", completion);
      return manager.save(
        manager.create(ActionUpdate, {
          actionId: action.id,
          reportedOn,
          rag: input.rag,
          note: input.note!.trim(),
          completionReason: input.rag === Rag.COMPLETE ? input.completionReason?.trim() || null : null,
          reportedBy: caller.userId,
          reporterId,
          reporterAgencyId: agencyKnown ? caller.agencyId : null,
        }),
      );
    });
  }

  /** The partnership's actions past their delivery date on `asOf` and not complete by then, most overdue first. */
  overdue(partnershipId: string, asOf: string, planId: string | null): Promise<PlanAction[]> {
    return this.actionsWhere(
      `a.delivery_date < $1::date AND ${ragOn("$1::date")} <> '${Rag.COMPLETE}'`,
      partnershipId,
      asOf,
      planId,
    );
  }

  /** The partnership's actions whose latest update on or before `asOf` is RED, by delivery date. */
  red(partnershipId: string, asOf: string, planId: string | null): Promise<PlanAction[]> {
    return this.actionsWhere(`${ragOn("$1::date")} = '${Rag.RED}'`, partnershipId, asOf, planId);
  }

  private async actionsWhere(
    condition: string,
    partnershipId: string,
    asOf: string,
    planId: string | null,
  ): Promise<PlanAction[]> {
    // Actions carry no partnership of their own: their plan's is theirs. One added after the day
    // was not on the plan then, so a list as at a past day leaves it out.
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT a.id FROM plan_action a JOIN action_plan p ON p.id = a.plan_id
        WHERE p.partnership_id = $2 AND a.added_on <= $1::date AND ${condition}${planId ? " AND a.plan_id = $3" : ""}
        ORDER BY a.delivery_date, a.id LIMIT 500`,
      planId ? [asOf, partnershipId, planId] : [asOf, partnershipId],
    );
    if (ids.length === 0) return [];
    const actions = await this.dataSource.getRepository(PlanAction).findBy({ id: In(ids.map((row) => row.id)) });
    const order = new Map(ids.map((row, index) => [row.id, index]));
    return actions.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  private async lockPlan(manager: EntityManager, caller: Caller, id: string, field: string): Promise<ActionPlan> {
    const plan = await manager
      .getRepository(ActionPlan)
      .findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!plan) throw badUserInput(field, `no action plan has id ${id}`);
    inActingPartnership(caller, plan.partnershipId, field);
    return plan;
  }

  /**
   * Each id names a person of the directory (BAD_USER_INPUT otherwise) working for a member agency
   * of the acting partnership (FORBIDDEN otherwise), the first at fault named by `field(i)`.
   */
  private async checkStaffOfMembers(caller: Caller, ids: string[], field: (index: number) => string) {
    if (ids.length === 0) return;
    const people = await this.dataSource
      .getRepository(Person)
      .find({ select: { id: true, agencyId: true }, where: { id: In(ids) } });
    const agencyOf = new Map(people.map((person) => [person.id, person.agencyId]));
    const unknown = ids.findIndex((id) => !agencyOf.has(id));
    if (unknown >= 0) throw badUserInput(field(unknown), `no person in the directory has id ${ids[unknown]}`);
    requireMembers(
      caller,
      ids.map((id) => agencyOf.get(id)!),
      field,
      "works for an agency that is not a member of the partnership this request acts in",
    );
  }

  /** Each id names a row of the directory, or BAD_USER_INPUT names the first that does not (`field[i]`). */
  private async checkAllExist(entity: typeof Agency, ids: string[], field: string, message: string) {
    if (ids.length === 0) return;
    const found = new Set(
      (
        await this.dataSource
          .getRepository<{ id: string }>(entity)
          .find({ select: { id: true }, where: { id: In(ids) } })
      ).map((row) => row.id),
    );
    const index = ids.findIndex((id) => !found.has(id));
    if (index >= 0) throw badUserInput(`${field}[${index}]`, `${message} ${ids[index]}`);
  }
}

function kpiColumns(kpi: KpiInput) {
  return {
    name: kpi.name.trim(),
    description: kpi.description?.trim() || null,
    target: kpi.target ?? null,
    unit: kpi.unit?.trim() || null,
  };
}
