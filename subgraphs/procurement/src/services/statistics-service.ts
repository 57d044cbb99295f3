import {
  actingNetwork,
  actingPartnership,
  type Caller,
  type Clock,
  DataCategory,
  forbidden,
  isUuid,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { loadStatements } from "../queries/assessment-inputs.js";
import {
  type AssessmentOverride,
  countsOn,
  figuresToday,
  networkProcurementCounts,
  partnershipInputsOn,
  suppliersOfPartnershipOn,
} from "../queries/statistics.js";
import { staleSuppliersOfPartnership } from "../queries/suppliers.js";
import { computeAssessments } from "./supplier-assessment.js";
import { supplierFiguresOn } from "./supplier-figures.js";

export interface ProcurementStatisticsRow {
  suppliersByStatementStatus: Array<{ key: string; count: number }>;
  suppliersByRiskRating: Array<{ key: string; count: number }>;
  suppliersByStatusAndRisk: Array<{ statementStatus: string; riskRating: string; count: number }>;
  contractsWithoutClause: number;
  contractsWithoutCodeOfConduct: number;
  highRiskWithoutAudit: number;
  overdueCorrectiveActions: number;
  riskIncludesCommercial: boolean;
}

/** A partnership's and a network's procurement figures. Reads only: nothing here writes. */
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * A partnership's figures as at the end of `asOf` (today when empty or still to come), for a
   * request acting in that partnership only (a network's aggregates are another feature).
   */
  async ofPartnership(
    partnershipId: string,
    asOf: string | null | undefined,
    caller: Caller,
  ): Promise<ProcurementStatisticsRow & { asOf: string }> {
    const acting = actingPartnership(caller);
    if (!isUuid(partnershipId) || partnershipId !== acting.id)
      throw forbidden("procurement figures are given only for the partnership the request acts in");
    const today = this.clock.today();
    const commercial = Boolean(caller.grants[DataCategory.COMMERCIAL]);
    if (!asOf || asOf >= today) return { ...(await this.today(acting.id, today, commercial)), asOf: today };
    return { ...(await this.asAt(acting.id, asOf, commercial)), asOf };
  }

  /** A network's procurement counts today, for a request acting in one of its partnerships. */
  ofNetwork(networkId: string, caller: Caller) {
    const { partnershipIds } = actingNetwork(caller, networkId);
    return networkProcurementCounts(this.dataSource, partnershipIds, this.clock.today());
  }

  /**
   * Today's figures, counted in SQL from the stored snapshot. A supplier whose snapshot is older than
   * today (its status may have moved with the calendar since) is assessed now by the pure rules and
   * counted as that says: the answer is today's whether or not the daily refresh has run, and no read writes.
   */
  private async today(partnershipId: string, today: string, commercial: boolean): Promise<ProcurementStatisticsRow> {
    const stale = await staleSuppliersOfPartnership(this.dataSource, partnershipId, today);
    const overrides: AssessmentOverride[] = [];
    if (stale.length > 0) {
      const computed = await computeAssessments(
        this.dataSource.manager,
        stale,
        today,
        commercial ? { partnershipId } : "no partnership",
      );
      const withCommercial = new Map(computed.partnershipRatings.map((r) => [r.supplier, r.rating]));
      for (const { id, status, rating } of computed.suppliers)
        overrides.push({ id, status, rating: (commercial && withCommercial.get(id)) || rating });
    }
    const { grouped, counts } = await figuresToday(this.dataSource, partnershipId, today, commercial, overrides);
    return {
      suppliersByStatementStatus: grouped
        .filter((r) => r.statement_status !== null && r.risk_rating === null)
        .map((r) => ({ key: r.statement_status!, count: r.n })),
      suppliersByRiskRating: grouped
        .filter((r) => r.statement_status === null && r.risk_rating !== null)
        .map((r) => ({ key: r.risk_rating!, count: r.n })),
      suppliersByStatusAndRisk: grouped
        .filter((r) => r.statement_status !== null && r.risk_rating !== null)
        .map((r) => ({ statementStatus: r.statement_status!, riskRating: r.risk_rating!, count: r.n })),
      contractsWithoutClause: counts.without_clause,
      contractsWithoutCodeOfConduct: counts.without_code,
      highRiskWithoutAudit: counts.high_risk_without_audit,
      overdueCorrectiveActions: counts.overdue_actions,
      riskIncludesCommercial: commercial,
    };
  }

  /**
   * One partnership's figures as they stood at the end of a past day, for a report of a period: its
   * contracts started by then, each supplier's statement status and rating by the pure rules from the
   * statements on record then (never the stored snapshot, which is today's), its audits by then and
   * their corrective actions not done by then. At most four statements, however many suppliers. What the
   * platform keeps no history of (a supplier's turnover band and year end, a contract's clause) is
   * taken as recorded now.
   */
  private async asAt(partnershipId: string, day: string, commercial: boolean): Promise<ProcurementStatisticsRow> {
    const suppliers = await suppliersOfPartnershipOn(this.dataSource, partnershipId, day);
    const statements = await loadStatements(
      this.dataSource.manager,
      suppliers.map((s) => s.id),
    );
    const inputs = commercial ? await partnershipInputsOn(this.dataSource, partnershipId, day) : new Map();
    const counts = await countsOn(this.dataSource, partnershipId, day);
    const figures = supplierFiguresOn(
      { suppliers, statements, inputs, audited: new Set(counts.audited) },
      day,
      commercial,
    );
    return {
      ...figures,
      contractsWithoutClause: counts.without_clause,
      contractsWithoutCodeOfConduct: counts.without_code,
      overdueCorrectiveActions: counts.overdue_actions,
      riskIncludesCommercial: commercial,
    };
  }
}
