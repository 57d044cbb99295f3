import type { DataSource } from "typeorm";
import { Supplier } from "../entities/index.js";
import type { ProcurementStatisticsRow } from "./statistics-service.js";
import { loadStatements, type PartnershipInputs } from "./supplier-assessment.js";
import { supplierFiguresOn } from "./supplier-figures.js";

/**
 * The partnership's contract values and the findings of its audits open on `day`, by supplier. A
 * finding was open then when it had been found by then and one of its corrective actions was not yet
 * done (one without any stays as recorded).
 */
async function partnershipInputsOn(
  dataSource: DataSource,
  partnershipId: string,
  day: string,
): Promise<Map<string, PartnershipInputs>> {
  const rows: Array<{ supplier_id: string; largest: string | null; findings: Record<string, number> | null }> =
    await dataSource.query(
      `SELECT c.supplier_id, max(c.value) AS largest,
              (SELECT jsonb_object_agg(severity, n) FROM (
                 SELECT f.severity, count(*)::int AS n FROM audit_finding f JOIN audit a ON a.id = f.audit_id
                  WHERE a.partnership_id = $1 AND f.supplier_id = c.supplier_id AND a.audited_on <= $2
                    AND CASE WHEN EXISTS (SELECT 1 FROM corrective_action ca WHERE ca.finding_id = f.id)
                             THEN EXISTS (SELECT 1 FROM corrective_action ca WHERE ca.finding_id = f.id
                                             AND (ca.completed_on IS NULL OR ca.completed_on > $2))
                             ELSE f.open END
                  GROUP BY f.severity) open) AS findings
         FROM contract c WHERE c.partnership_id = $1 AND c.start_date <= $2 GROUP BY c.supplier_id`,
      [partnershipId, day],
    );
  return new Map(
    rows.map((row) => [
      row.supplier_id,
      { largestContractValue: Number(row.largest ?? 0), openFindings: row.findings ?? {} },
    ]),
  );
}

/**
 * One partnership's figures as they stood at the end of a past day, for a report of a period: its
 * contracts started by then, each supplier's statement status and rating by the pure rules from the
 * statements on record then (never the stored snapshot, which is today's), its audits by then and
 * their corrective actions not done by then. At most four statements, however many suppliers. What the
 * platform keeps no history of (a supplier's turnover band and year end, a contract's clause) is
 * taken as recorded now.
 */
export async function procurementStatisticsAsAt(
  dataSource: DataSource,
  partnershipId: string,
  day: string,
  commercial: boolean,
): Promise<ProcurementStatisticsRow> {
  const suppliers = await dataSource
    .getRepository(Supplier)
    .createQueryBuilder("s")
    .where(
      "EXISTS (SELECT 1 FROM contract c WHERE c.supplier_id = s.id AND c.partnership_id = :partnershipId AND c.start_date <= :day)",
      { partnershipId, day },
    )
    .getMany();
  const statements = await loadStatements(
    dataSource.manager,
    suppliers.map((s) => s.id),
  );
  const inputs = commercial ? await partnershipInputsOn(dataSource, partnershipId, day) : new Map();
  const [counts]: Array<{ without_clause: number; without_code: number; audited: string[]; overdue_actions: number }> =
    await dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM contract
           WHERE partnership_id = $1 AND start_date <= $2 AND NOT modern_slavery_clause) AS without_clause,
         (SELECT count(*)::int FROM contract
           WHERE partnership_id = $1 AND start_date <= $2 AND NOT code_of_conduct) AS without_code,
         (SELECT coalesce(array_agg(DISTINCT supplier_id::text), '{}') FROM audit
           WHERE partnership_id = $1 AND audited_on <= $2) AS audited,
         (SELECT count(*)::int FROM corrective_action ca
            JOIN audit_finding f ON f.id = ca.finding_id JOIN audit a ON a.id = f.audit_id
           WHERE a.partnership_id = $1 AND a.audited_on <= $2 AND ca.due_on < $2
             AND (ca.completed_on IS NULL OR ca.completed_on > $2)) AS overdue_actions`,
      [partnershipId, day],
    );
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
