import {
  actingPartnership,
  badUserInput,
  type Caller,
  type Clock,
  daysBetween,
  forbidden,
  isMember,
  notFound,
  type PageArgs,
  paginate,
} from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import {
  ActionStatus,
  Assessment,
  Audit,
  AuditFinding,
  Contract,
  CorrectiveAction,
  HIGH_RISK_SECTORS,
  ModernSlaveryStatement,
  type RiskRating,
  StatementSource,
  type StatementStatus,
  Supplier,
  type SupplierSector,
} from "../entities/index.js";
import type {
  CreateContractInput,
  CreateSupplierInput,
  RecordAssessmentInput,
  RecordAuditInput,
  RecordStatementInput,
  UpdateCorrectiveActionInput,
  UpdateSupplierInput,
} from "../inputs/procurement-inputs.js";
import { MAX_PERIOD_DAYS } from "./statement-check.js";
import { refreshAssessments, refreshStaleAssessments } from "./supplier-assessment.js";

export interface SupplierFilter {
  search?: string | null;
  sector?: SupplierSector | null;
  statementStatus?: StatementStatus | null;
  riskRating?: RiskRating | null;
  highRiskSectorOnly?: boolean | null;
}

export interface ContractFilter {
  supplierId?: string | null;
  withoutModernSlaveryClause?: boolean | null;
}

/**
 * A corrective action (alias `a`) of the partnership `:partnershipId`: findings and actions have no
 * partnership of their own, they are their audit's. EXISTS, not a join, so pagination stays one query.
 */
const OF_PARTNERSHIP = `EXISTS (SELECT 1 FROM audit_finding f JOIN audit au ON au.id = f.audit_id
  WHERE f.id = a.finding_id AND au.partnership_id = :partnershipId)`;

/** Companies House numbers are 8 characters; registries drop leading zeros and add spaces. */
export function normaliseCompanyNumber(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return /^\d{1,8}$/.test(compact) ? compact.padStart(8, "0") : compact;
}

/** Suppliers, contracts, statements and the assurance work on them (assessments, audits, actions). */
export class ProcurementService {
  constructor(
    private readonly dataSource: DataSource,
    readonly clock: Clock,
  ) {}

  /** Brings statement statuses and risk ratings up to today before anything filters or groups by them. */
  async refreshStale(): Promise<void> {
    const today = this.clock.today();
    const [{ stale }] = await this.dataSource.query(
      "SELECT EXISTS (SELECT 1 FROM supplier WHERE assessed_on < $1) AS stale",
      [today],
    );
    if (stale) await this.dataSource.transaction((manager) => refreshStaleAssessments(manager, today));
  }

  /**
   * Suppliers are shared, and so is every filter: the risk rating filtered by is the public one
   * (`risk.rating`), so which suppliers come back never tells a contract's value or an audit finding.
   */
  async listSuppliers(filter: SupplierFilter, page: PageArgs) {
    if (filter.statementStatus || filter.riskRating) await this.refreshStale();
    const query = this.dataSource.getRepository(Supplier).createQueryBuilder("s");
    if (filter.search)
      query.andWhere("s.name ILIKE :search", { search: `%${filter.search.replace(/[%_\\]/g, "\\$&")}%` });
    if (filter.sector) query.andWhere("s.sector = :sector", { sector: filter.sector });
    if (filter.statementStatus) query.andWhere("s.statementStatus = :status", { status: filter.statementStatus });
    if (filter.riskRating) query.andWhere("s.riskRating = :rating", { rating: filter.riskRating });
    if (filter.highRiskSectorOnly) query.andWhere("s.sector IN (:...sectors)", { sectors: [...HIGH_RISK_SECTORS] });
    return paginate(query, "name", page);
  }

  async createSupplier(input: CreateSupplierInput): Promise<Supplier> {
    const companyNumber = normaliseCompanyNumber(input.companyNumber);
    if (!/^[A-Z0-9]{8}$/.test(companyNumber))
      throw badUserInput("input.companyNumber", "must be 8 letters or digits, e.g. 01234567 or SC123456");
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Supplier).existsBy({ companyNumber })) {
        throw badUserInput("input.companyNumber", `a supplier with company number ${companyNumber} already exists`);
      }
      const supplier = await manager.getRepository(Supplier).save(
        manager.getRepository(Supplier).create({
          name: input.name.trim(),
          companyNumber,
          sector: input.sector,
          turnoverBand: input.turnoverBand,
          financialYearEnd: input.financialYearEnd,
          website: input.website ?? null,
          workforceTraits: [...new Set(input.workforceTraits)],
          location: input.location,
          commodities: [...new Set(input.commodities)],
          statementStatus: "MISSING" as StatementStatus,
          riskRating: "LOW" as RiskRating,
          assessedOn: this.clock.today(),
        }),
      );
      await refreshAssessments(manager, [supplier.id], this.clock.today());
      return manager.getRepository(Supplier).findOneByOrFail({ id: supplier.id });
    });
  }

  /**
   * Replaces a supplier's details (not its company number, the key other services match it by)
   * and brings its statement status and risk rating up to date with them, in one transaction.
   */
  async updateSupplier(input: UpdateSupplierInput): Promise<Supplier> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Supplier);
      const supplier = await repo
        .createQueryBuilder("s")
        .setLock("pessimistic_write")
        .where("s.id = :id", { id: input.supplierId })
        .getOne();
      if (!supplier) throw badUserInput("input.supplierId", `no supplier has the id ${input.supplierId}`);
      await repo.update(
        { id: supplier.id },
        {
          name: input.name.trim(),
          sector: input.sector,
          turnoverBand: input.turnoverBand,
          financialYearEnd: input.financialYearEnd,
          website: input.website ?? null,
          workforceTraits: [...new Set(input.workforceTraits)],
          location: input.location,
          commodities: [...new Set(input.commodities)],
        },
      );
      await refreshAssessments(manager, [supplier.id], this.clock.today());
      return repo.findOneByOrFail({ id: supplier.id });
    });
  }

  /** One contract of the acting partnership; null for an unknown id and for another partnership's. */
  findContract(id: string, caller: Caller): Promise<Contract | null> {
    const { id: partnershipId } = actingPartnership(caller);
    return this.dataSource.getRepository(Contract).findOneBy({ id, partnershipId });
  }

  listContracts(filter: ContractFilter, page: PageArgs, caller: Caller) {
    const { id: partnershipId } = actingPartnership(caller);
    const query = this.dataSource
      .getRepository(Contract)
      .createQueryBuilder("c")
      .where("c.partnershipId = :partnershipId", { partnershipId });
    if (filter.supplierId) query.andWhere("c.supplierId = :supplierId", { supplierId: filter.supplierId });
    if (filter.withoutModernSlaveryClause) query.andWhere("NOT c.modernSlaveryClause");
    return paginate(query, "reference", page);
  }

  async createContract(input: CreateContractInput, caller: Caller): Promise<Contract> {
    const partnershipId = this.owningPartnership(caller);
    if (input.endDate < input.startDate) {
      throw badUserInput("input.endDate", `must be on or after the start date (${input.startDate})`);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.requireSupplier(manager, input.supplierId, "input.supplierId");
      if (await manager.getRepository(Contract).existsBy({ partnershipId, reference: input.reference })) {
        throw badUserInput("input.reference", `${input.reference} is already used by another contract`);
      }
      const contract = await manager
        .getRepository(Contract)
        .save(manager.getRepository(Contract).create({ ...input, partnershipId, agencyId: caller.agencyId }));
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return contract;
    });
  }

  async recordStatement(input: RecordStatementInput): Promise<ModernSlaveryStatement> {
    if (input.periodEnd <= input.periodStart)
      throw badUserInput("input.periodEnd", `must be after the period start (${input.periodStart})`);
    if (daysBetween(input.periodStart, input.periodEnd) > MAX_PERIOD_DAYS)
      throw badUserInput("input.periodEnd", "a financial year covers at most 18 months");
    if (input.signedByDirector && !input.signedBy)
      throw badUserInput("input.signedBy", "must name the director who signed");
    if (input.approvedOn && input.approvedOn > this.clock.today())
      throw badUserInput("input.approvedOn", "must not be in the future");
    if (input.publishedOn && input.publishedOn > this.clock.today())
      throw badUserInput("input.publishedOn", "must not be in the future");
    return this.dataSource.transaction(async (manager) => {
      await this.requireSupplier(manager, input.supplierId, "input.supplierId");
      const repo = manager.getRepository(ModernSlaveryStatement);
      const existing = await repo.findOneBy({ supplierId: input.supplierId, periodEnd: input.periodEnd });
      const statement = repo.merge(existing ?? repo.create({ registryYear: null }), {
        supplierId: input.supplierId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        url: input.url,
        publishedOn: input.publishedOn ?? null,
        approvedOn: input.approvedOn ?? null,
        signedBy: input.signedBy ?? null,
        signerRole: input.signerRole ?? null,
        signedByDirector: input.signedByDirector,
        linkedFromHomePage: input.linkedFromHomePage,
        submittedToRegistry: input.submittedToRegistry,
        areas: [...new Set(input.areas)],
        source: StatementSource.MANUAL,
      });
      const saved = await repo.save(statement);
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return saved;
    });
  }

  async recordAssessment(input: RecordAssessmentInput, caller: Caller): Promise<Assessment> {
    const partnershipId = this.owningPartnership(caller);
    if (input.assessedOn > this.clock.today()) throw badUserInput("input.assessedOn", "must not be in the future");
    return this.dataSource.transaction(async (manager) => {
      await this.requireSupplier(manager, input.supplierId, "input.supplierId");
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
    const partnershipId = this.owningPartnership(caller);
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
      await this.requireSupplier(manager, input.supplierId, "input.supplierId");
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
      await refreshAssessments(manager, [input.supplierId], this.clock.today());
      return audit;
    });
  }

  /** Moves an action on; when every action of a finding is done, the finding is closed. */
  async updateCorrectiveAction(input: UpdateCorrectiveActionInput, caller: Caller): Promise<CorrectiveAction> {
    const partnershipId = this.owningPartnership(caller);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CorrectiveAction);
      // Another partnership's action is not found, exactly as an unknown one.
      const action = await repo
        .createQueryBuilder("a")
        .setLock("pessimistic_write")
        .where("a.id = :id", { id: input.actionId })
        .andWhere(OF_PARTNERSHIP, { partnershipId })
        .getOne();
      if (!action) throw notFound("CorrectiveAction", input.actionId);
      await this.requireOwnAudit(manager, caller, action);
      action.status = input.status;
      action.completedOn = input.status === ActionStatus.DONE ? (action.completedOn ?? this.clock.today()) : null;
      await repo.save(action);
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
    const { id: partnershipId } = actingPartnership(caller);
    const query = this.dataSource
      .getRepository(CorrectiveAction)
      .createQueryBuilder("a")
      .where("a.status <> :done AND a.dueOn < :today", { done: ActionStatus.DONE, today: this.clock.today() })
      .andWhere(OF_PARTNERSHIP, { partnershipId });
    return paginate(query, "dueOn", page);
  }

  listAudits(supplierId: string | null, page: PageArgs, caller: Caller) {
    const { id: partnershipId } = actingPartnership(caller);
    const query = this.dataSource
      .getRepository(Audit)
      .createQueryBuilder("a")
      .where("a.partnershipId = :partnershipId", { partnershipId });
    if (supplierId) query.andWhere("a.supplierId = :supplierId", { supplierId });
    return paginate(query, "auditedOn", page);
  }

  /**
   * The partnership a write records in. The record's owner is the caller's agency, which must be a
   * member of that partnership today (an agency that has left it records nothing more there).
   */
  private owningPartnership(caller: Caller): string {
    const { id } = actingPartnership(caller);
    if (!isMember(caller, caller.agencyId))
      throw forbidden("your agency is not a member of the partnership this request acts in, so it cannot record here");
    return id;
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

  private async requireSupplier(manager: EntityManager, id: string, field: string): Promise<void> {
    if (!(await manager.getRepository(Supplier).existsBy({ id })))
      throw badUserInput(field, `no supplier has the id ${id}`);
  }
}
