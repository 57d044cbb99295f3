import type { DataSource } from "typeorm";
import { refreshStaleAssessments } from "./supplier-assessment.js";

export interface ProcurementStatisticsRow {
  suppliersByStatementStatus: Array<{ key: string; count: number }>;
  suppliersByRiskRating: Array<{ key: string; count: number }>;
  suppliersByStatusAndRisk: Array<{ statementStatus: string; riskRating: string; count: number }>;
  contractsWithoutClause: number;
  contractsWithoutCodeOfConduct: number;
  highRiskWithoutAudit: number;
  overdueCorrectiveActions: number;
}

/** Every figure is one SQL aggregate (GROUP BY / count), never rows counted in memory. */
export async function procurementStatistics(dataSource: DataSource, today: string): Promise<ProcurementStatisticsRow> {
  const [{ stale }] = await dataSource.query("SELECT EXISTS (SELECT 1 FROM supplier WHERE assessed_on < $1) AS stale", [
    today,
  ]);
  if (stale) await dataSource.transaction((manager) => refreshStaleAssessments(manager, today));
  const grouped: Array<{ statement_status: string; risk_rating: string; n: number }> = await dataSource.query(
    `SELECT statement_status, risk_rating, count(*)::int AS n FROM supplier
      GROUP BY statement_status, risk_rating ORDER BY statement_status, risk_rating`,
  );
  const byStatus: Array<{ key: string; count: number }> = await dataSource.query(
    "SELECT statement_status AS key, count(*)::int AS count FROM supplier GROUP BY statement_status ORDER BY statement_status",
  );
  const byRisk: Array<{ key: string; count: number }> = await dataSource.query(
    "SELECT risk_rating AS key, count(*)::int AS count FROM supplier GROUP BY risk_rating ORDER BY risk_rating",
  );
  const [counts] = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM contract WHERE NOT modern_slavery_clause) AS without_clause,
       (SELECT count(*)::int FROM contract WHERE NOT code_of_conduct) AS without_code,
       (SELECT count(*)::int FROM supplier s
          WHERE s.risk_rating = 'HIGH'
            AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.supplier_id = s.id)) AS high_risk_without_audit,
       (SELECT count(*)::int FROM corrective_action WHERE status <> 'DONE' AND due_on < $1) AS overdue_actions`,
    [today],
  );
  return {
    suppliersByStatementStatus: byStatus,
    suppliersByRiskRating: byRisk,
    suppliersByStatusAndRisk: grouped.map((r) => ({
      statementStatus: r.statement_status,
      riskRating: r.risk_rating,
      count: r.n,
    })),
    contractsWithoutClause: counts.without_clause,
    contractsWithoutCodeOfConduct: counts.without_code,
    highRiskWithoutAudit: counts.high_risk_without_audit,
    overdueCorrectiveActions: counts.overdue_actions,
  };
}
