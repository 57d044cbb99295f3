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
  riskIncludesCommercial: boolean;
}

/**
 * The partnership's suppliers (those it holds a contract with), each with its statement status and
 * a rating: with `commercial`, the partnership's rating with its contracts and findings where they add
 * to it, else the supplier's; without, the supplier's public rating, which no contract value or audit
 * finding moves (so no figure given without COMMERCIAL tells one).
 */
const partnershipSuppliers = (commercial: boolean) => `SELECT s.id, s.statement_status,
      ${commercial ? "COALESCE(r.risk_rating, s.risk_rating)" : "s.risk_rating"} AS risk_rating
    FROM supplier s
    LEFT JOIN supplier_partnership_risk r ON r.supplier_id = s.id AND r.partnership_id = $1
   WHERE EXISTS (SELECT 1 FROM contract c WHERE c.supplier_id = s.id AND c.partnership_id = $1)`;

/**
 * One partnership's figures, each one SQL aggregate (GROUP BY / count), never rows counted in
 * memory; no other partnership's contract, audit or finding counts or changes a figure.
 */
export async function procurementStatistics(
  dataSource: DataSource,
  partnershipId: string,
  today: string,
  commercial: boolean,
): Promise<ProcurementStatisticsRow> {
  const suppliersSql = partnershipSuppliers(commercial);
  const [{ stale }] = await dataSource.query("SELECT EXISTS (SELECT 1 FROM supplier WHERE assessed_on < $1) AS stale", [
    today,
  ]);
  if (stale) await dataSource.transaction((manager) => refreshStaleAssessments(manager, today));
  const grouped: Array<{ statement_status: string | null; risk_rating: string | null; n: number }> =
    await dataSource.query(
      `WITH ps AS (${suppliersSql})
       SELECT statement_status, risk_rating, count(*)::int AS n FROM ps
        GROUP BY GROUPING SETS ((statement_status, risk_rating), (statement_status), (risk_rating))
        ORDER BY statement_status, risk_rating`,
      [partnershipId],
    );
  const [counts] = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM contract WHERE partnership_id = $1 AND NOT modern_slavery_clause) AS without_clause,
       (SELECT count(*)::int FROM contract WHERE partnership_id = $1 AND NOT code_of_conduct) AS without_code,
       (SELECT count(*)::int FROM (${suppliersSql}) ps
          WHERE ps.risk_rating = 'HIGH'
            AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.supplier_id = ps.id AND a.partnership_id = $1)
       ) AS high_risk_without_audit,
       (SELECT count(*)::int FROM corrective_action ca
          JOIN audit_finding f ON f.id = ca.finding_id JOIN audit a ON a.id = f.audit_id
          WHERE a.partnership_id = $1 AND ca.status <> 'DONE' AND ca.due_on < $2) AS overdue_actions`,
    [partnershipId, today],
  );
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

/** A network's procurement counts today, across its partnerships' contracts and audits, in one statement. */
export async function networkProcurementCounts(
  dataSource: DataSource,
  partnershipIds: string[],
  today: string,
): Promise<{ contracts: number; withoutClause: number; overdueCorrectiveActions: number }> {
  const [row] = (await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM contract WHERE partnership_id = ANY($1::uuid[])) AS contracts,
       (SELECT count(*)::int FROM contract WHERE partnership_id = ANY($1::uuid[]) AND NOT modern_slavery_clause) AS without_clause,
       (SELECT count(*)::int FROM corrective_action ca
          JOIN audit_finding f ON f.id = ca.finding_id JOIN audit a ON a.id = f.audit_id
         WHERE a.partnership_id = ANY($1::uuid[]) AND ca.status <> 'DONE' AND ca.due_on < $2) AS overdue`,
    [partnershipIds, today],
  )) as [{ contracts: number; without_clause: number; overdue: number }];
  return { contracts: row.contracts, withoutClause: row.without_clause, overdueCorrectiveActions: row.overdue };
}
