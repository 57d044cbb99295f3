import { badUserInput, type Caller, isoDate, isUuid, notFound } from "@partnership/runtime";
import { type DataSource, In } from "typeorm";
import {
  ActionPlan,
  ActionUpdate,
  Agency,
  Partnership,
  Person,
  PlanAction,
  PlanObjective,
  Rag,
  type RagCount,
} from "../entities/index.js";
import type {
  AddActionInput,
  AddObjectiveInput,
  CreateActionPlanInput,
  RecordProgressInput,
} from "../inputs/plan-inputs.js";

/** The latest update's RAG per action, NOT_STARTED without one: one LATERAL lookup per action, in SQL. */
const CURRENT_RAG = `coalesce((SELECT u.rag FROM action_update u WHERE u.action_id = a.id
  ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1), '${Rag.NOT_STARTED}')`;

/** The order a RAG summary lists its colours in. */
const RAG_ORDER = [Rag.RED, Rag.AMBER, Rag.GREEN, Rag.COMPLETE, Rag.NOT_STARTED];

/** Action plans: objectives, actions and their progress, with the rules a plan's dates and leads follow. */
export class ActionPlanService {
  constructor(private readonly dataSource: DataSource) {}

  async createPlan(input: CreateActionPlanInput): Promise<ActionPlan> {
    if (input.endsOn <= input.startsOn)
      throw badUserInput("input.endsOn", `must be after the start (${input.startsOn})`);
    if (!(await this.dataSource.getRepository(Partnership).existsBy({ id: input.partnershipId })))
      throw badUserInput("input.partnershipId", `no partnership has id ${input.partnershipId}`);
    const repo = this.dataSource.getRepository(ActionPlan);
    return repo.save(repo.create({ ...input }));
  }

  async addObjective(input: AddObjectiveInput): Promise<PlanObjective> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await manager
        .getRepository(ActionPlan)
        .findOne({ where: { id: input.planId }, lock: { mode: "pessimistic_write" } });
      if (!plan) throw badUserInput("input.planId", `no action plan has id ${input.planId}`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM plan_objective WHERE plan_id = $1`,
        [plan.id],
      );
      const repo = manager.getRepository(PlanObjective);
      return repo.save(
        repo.create({ planId: plan.id, number: next, theme: input.theme, title: input.title, kpis: input.kpis }),
      );
    });
  }

  /** An action's delivery date falls within its plan; its leads are agencies and people of the directory. */
  async addAction(input: AddActionInput): Promise<PlanAction> {
    const objective = await this.dataSource.getRepository(PlanObjective).findOneBy({ id: input.objectiveId });
    if (!objective) throw badUserInput("input.objectiveId", `no objective has id ${input.objectiveId}`);
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: objective.planId });
    if (input.deliveryDate < plan.startsOn)
      throw badUserInput("input.deliveryDate", `is before the plan starts (${plan.startsOn})`);
    if (input.deliveryDate > plan.endsOn)
      throw badUserInput("input.deliveryDate", `is after the plan ends (${plan.endsOn})`);
    const agencies = new Set(
      (await this.dataSource.getRepository(Agency).findBy({ id: In(input.leadAgencyIds) })).map((a) => a.id),
    );
    input.leadAgencyIds.forEach((id, index) => {
      if (!agencies.has(id)) throw badUserInput(`input.leadAgencyIds[${index}]`, `no agency has id ${id}`);
    });
    const officers = new Set(
      input.leadOfficerIds.length
        ? (await this.dataSource.getRepository(Person).findBy({ id: In(input.leadOfficerIds) })).map((p) => p.id)
        : [],
    );
    input.leadOfficerIds.forEach((id, index) => {
      if (!officers.has(id))
        throw badUserInput(`input.leadOfficerIds[${index}]`, `no person in the directory has id ${id}`);
    });
    const repo = this.dataSource.getRepository(PlanAction);
    return repo.save(
      repo.create({
        objectiveId: objective.id,
        planId: plan.id,
        title: input.title,
        deliveryDate: input.deliveryDate,
        milestones: input.milestones,
        leadAgencyIds: input.leadAgencyIds,
        leadOfficerIds: input.leadOfficerIds,
      }),
    );
  }

  /** Every RAG update says what happened; it cannot predate the plan or lie in the future. */
  async recordProgress(caller: Caller, input: RecordProgressInput): Promise<ActionUpdate> {
    const action = await this.dataSource.getRepository(PlanAction).findOneBy({ id: input.actionId });
    if (!action) throw badUserInput("input.actionId", `no action has id ${input.actionId}`);
    if (!input.note || input.note.trim().length === 0)
      throw badUserInput("input.note", "a RAG update needs a note saying what happened");
    if (input.note.length > 2000) throw badUserInput("input.note", "must be at most 2,000 characters");
    if (input.rag === Rag.NOT_STARTED)
      throw badUserInput(
        "input.rag",
        "an update is RED, AMBER, GREEN or COMPLETE; an action without one is not started",
      );
    const plan = await this.dataSource.getRepository(ActionPlan).findOneByOrFail({ id: action.planId });
    const reportedOn = input.reportedOn ?? isoDate();
    if (reportedOn > isoDate()) throw badUserInput("input.reportedOn", `${reportedOn} is in the future`);
    if (reportedOn < plan.startsOn)
      throw badUserInput("input.reportedOn", `is before the plan starts (${plan.startsOn})`);
    const repo = this.dataSource.getRepository(ActionUpdate);
    return repo.save(
      repo.create({
        actionId: action.id,
        reportedOn,
        rag: input.rag,
        note: input.note.trim(),
        reportedBy: caller.userId,
      }),
    );
  }

  async plan(id: string): Promise<ActionPlan> {
    const plan = isUuid(id) ? await this.dataSource.getRepository(ActionPlan).findOneBy({ id }) : null;
    if (!plan) throw notFound("ActionPlan", id);
    return plan;
  }

  /** Actions by RAG status, for a plan or one of its objectives; every colour listed, zeros included. */
  async ragSummary(scope: { planId: string } | { objectiveId: string }): Promise<RagCount[]> {
    const [column, id] = "planId" in scope ? ["plan_id", scope.planId] : ["objective_id", scope.objectiveId];
    const rows: Array<{ rag: Rag; count: number }> = await this.dataSource.query(
      `SELECT ${CURRENT_RAG} AS rag, count(*)::int AS count FROM plan_action a WHERE a.${column} = $1 GROUP BY 1`,
      [id],
    );
    return RAG_ORDER.map((rag) => ({ rag, count: rows.find((row) => row.rag === rag)?.count ?? 0 }));
  }

  /** Actions past their delivery date on `asOf` and not complete, most overdue first. */
  overdue(asOf: string, planId: string | null): Promise<PlanAction[]> {
    return this.actionsWhere(`a.delivery_date < $1 AND ${CURRENT_RAG} <> '${Rag.COMPLETE}'`, [asOf], planId);
  }

  /** Actions whose latest update is RED. */
  red(planId: string | null): Promise<PlanAction[]> {
    return this.actionsWhere(`${CURRENT_RAG} = '${Rag.RED}'`, [], planId);
  }

  private async actionsWhere(condition: string, parameters: unknown[], planId: string | null): Promise<PlanAction[]> {
    const plan = planId ? ` AND a.plan_id = $${parameters.length + 1}` : "";
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT a.id FROM plan_action a WHERE ${condition}${plan} ORDER BY a.delivery_date, a.id`,
      planId ? [...parameters, planId] : parameters,
    );
    const actions = await this.dataSource.getRepository(PlanAction).findBy({ id: In(ids.map((row) => row.id)) });
    const order = new Map(ids.map((row, index) => [row.id, index]));
    return actions.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
}
