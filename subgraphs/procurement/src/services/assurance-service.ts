import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  forbidden,
  notFound,
  type PageArgs,
  paginate,
} from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import { ActionStatus, Assessment, Audit, AuditFinding, CorrectiveAction } from "../entities/index.js";
import type {
  RecordAssessmentInput,
  RecordAuditInput,
  UpdateCorrectiveActionInput,
} from "../inputs/procurement-inputs.js";
import { auditsOfPartnership, lockedActionOfPartnership, overdueActionsOfPartnership } from "../queries/assurance.js";
import { refreshAssessments } from "./supplier-assessment.js";
import { owningPartnership, requireSupplier } from "./write-access.js";

/** The partnership's assurance work on its suppliers: assessments, audits, their findings and corrective actions. */
export class AssuranceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async recordAssessment(input: RecordAssessmentInput, caller: Caller): Promise<Assessment> {
    const partnershipId = owningPartnership(caller);
    if (input.assessedOn > this.clock.today()) throw badUserInput("input.assessedOn", "must not be in the future");
    return this.dataSource.transaction(async (manager) => {
      await requireSupplier(manager, input.supplierId, "input.supplierId");
      return manager.getRepository(Assessment).save(
        manager.getRepository(Assessment).create({
          ...input,
          notes: input.notes ?? null,
          partnershipId,
          agencyId: caller.agencyId,
        }),
      );
    });
  }

  async recordAudit(input: RecordAuditInput, caller: Caller): Promise<Audit> {
    const partnershipId = owningPartnership(caller);
    if (input.auditedOn > this.clock.today()) throw badUserInput("input.auditedOn", "must not be in the future");
    input.findings.forEach((finding, i) =>
      finding.actions.forEach((action, j) => {
        if (action.dueOn < input.auditedOn)
          throw badUserInput(
            `input.findings[${i}].actions[${j}].dueOn`,
            `must not be before the audit (${input.auditedOn})`,
          );
      }),
    );
    return this.dataSource.transaction(async (manager) => {
      await requireSupplier(manager, input.supplierId, "input.supplierId");
      const audit = await manager.getRepository(Audit).save(
        manager.getRepository(Audit).create({
          partnershipId,
          supplierId: input.supplierId,
          agencyId: caller.agencyId,
          kind: input.kind,
          auditedOn: input.auditedOn,
          auditor: input.auditor,
        }),
      );
      for (const finding of input.findings) {
        const saved = await manager.getRepository(AuditFinding).save(
          manager.getRepository(AuditFinding).create({
            auditId: audit.id,
            supplierId: input.supplierId,
            agencyId: caller.agencyId,
            severity: finding.severity,
            description: finding.description,
            open: true,
          }),
        );
        if (finding.actions.length > 0) {
          await manager.getRepository(CorrectiveAction).insert(
            finding.actions.map((action) => ({
              findingId: saved.id,
              supplierId: input.supplierId,
              agencyId: caller.agencyId,
              description: action.description,
              dueOn: action.dueOn,
              status: ActionStatus.OPEN,
              completedOn: null,
            })),
          );
        }
      }
      // Open findings move the partnership's rating of the supplier.
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return audit;
    });
  }

  /** Moves an action on; when every action of a finding is done, the finding is closed. */
  async updateCorrectiveAction(input: UpdateCorrectiveActionInput, caller: Caller): Promise<CorrectiveAction> {
    const partnershipId = owningPartnership(caller);
    return this.dataSource.transaction(async (manager) => {
      // Another partnership's action is not found, exactly as an unknown one.
      const action = await lockedActionOfPartnership(manager, input.actionId, partnershipId);
      if (!action) throw notFound("CorrectiveAction", input.actionId);
      await this.requireOwnAudit(manager, caller, action);
      action.status = input.status;
      action.completedOn = input.status === ActionStatus.DONE ? (action.completedOn ?? this.clock.today()) : null;
      await manager.getRepository(CorrectiveAction).save(action);
      await manager.query(
        `UPDATE audit_finding f SET open = EXISTS (SELECT 1 FROM corrective_action a WHERE a.finding_id = f.id AND a.status <> 'DONE')
          WHERE f.id = $1`,
        [action.findingId],
      );
      await refreshAssessments(manager, [action.supplierId], this.clock.today());
      return action;
    });
  }

  /** Actions past their due date and not done, soonest due first. */
  overdueActions(page: PageArgs, caller: Caller) {
    const query = overdueActionsOfPartnership(this.dataSource, actingPartnership(caller).id, this.clock.today());
    return paginate(query, "dueOn", page);
  }

  listAudits(supplierId: string | null, page: PageArgs, caller: Caller) {
    return paginate(auditsOfPartnership(this.dataSource, actingPartnership(caller).id, supplierId), "auditedOn", page);
  }

  /**
   * A corrective action is moved on only by the agency that recorded its audit: another member
   * agency sees it (it is the partnership's), but does not decide that a supplier has done it.
   */
  private async requireOwnAudit(manager: EntityManager, caller: Caller, action: CorrectiveAction): Promise<void> {
    const finding = await manager.getRepository(AuditFinding).findOneByOrFail({ id: action.findingId });
    if (finding.agencyId !== caller.agencyId)
      throw forbidden(
        "input.actionId: only the agency that recorded the audit moves its corrective actions on, and your agency did not",
        "input.actionId",
      );
  }
}
