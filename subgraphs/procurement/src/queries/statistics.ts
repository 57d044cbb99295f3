import type { DataSource } from "typeorm";
import { Supplier } from "../entities/index.js";
import type { PartnershipInputs } from "./assessment-inputs.js";

/** A supplier's statement status and rating today, computed where its stored snapshot is stale. */
export interface AssessmentOverride {
  id: string;
  status: string;
  rating: string;
}

/** One partnership's figures today as SQL returns them. */
export interface FiguresToday {
  grouped: Array<{ statement_status: string | null; risk_rating: string | null; n: number }>;
  counts: { without_clause: number; without_code: number; high_risk_without_audit: number; overdue_actions: number };
}

/**
 * The partnership's suppliers (those it holds a contract with), each with its statement status and
 * a rating: with `commercial`, the partnership's rating with its contracts and findings where they add
 * to it, else the supplier's; without, the supplier's public rating, which no contract value or audit
 * finding moves (so no figure given without COMMERCIAL tells one). A supplier in the overrides
 * (`$2`, those whose snapshot is stale) counts as they say; every other by its stored snapshot.
 */
const partnershipSuppliers = (commercial: boolean) => `SELECT s.id,
      COALESCE(v.status, s.statement_status) AS statement_status,
      COALESCE(v.rating, ${commercial ? "r.risk_rating, " : ""}s.risk_rating) AS risk_rating
    FROM supplier s
    LEFT JOIN supplier_partnership_risk r ON r.supplier_id = s.id AND r.partnership_id = $1
    LEFT JOIN jsonb_to_recordset($2::jsonb) AS v(id uuid, status text, rating text) ON v.id = s.id
   WHERE EXISTS (SELECT 1 FROM contract c WHERE c.supplier_id = s.id AND c.partnership_id = $1)`;

/**
 * One partnership's figures on `today` in two statements, each one SQL aggregate (GROUP BY / count),
 * never rows counted in memory; no other partnership's contract, audit or finding counts or changes a figure.
 */
export async function figuresToday(
  dataSource: DataSource,
  partnershipId: string,
  today: string,
  commercial: boolean,
  overrides: readonly AssessmentOverride[],
): Promise<FiguresToday> {
  const suppliersSql = partnershipSuppliers(commercial);
  const params = [partnershipId, JSON.stringify(overrides)];
  const grouped: FiguresToday["grouped"] = await dataSource.query(
    `WITH ps AS (${suppliersSql})
     SELECT statement_status, risk_rating, count(*)::int AS n FROM ps
      GROUP BY GROUPING SETS ((statement_status, risk_rating), (statement_status), (risk_rating))
      ORDER BY statement_status, risk_rating`,
    params,
  );
  const [counts]: Array<FiguresToday["counts"]> = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM contract WHERE partnership_id = $1 AND NOT modern_slavery_clause) AS without_clause,
       (SELECT count(*)::int FROM contract WHERE partnership_id = $1 AND NOT code_of_conduct) AS without_code,
       (SELECT count(*)::int FROM (${suppliersSql}) ps
          WHERE ps.risk_rating = 'HIGH'
            AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.supplier_id = ps.id AND a.partnership_id = $1)
       ) AS high_risk_without_audit,
       (SELECT count(*)::int FROM corrective_action ca
          JOIN audit_finding f ON f.id = ca.finding_id JOIN audit a ON a.id = f.audit_id
          WHERE a.partnership_id = $1 AND ca.status <> 'DONE' AND ca.due_on < $3) AS overdue_actions`,
    [...params, today],
  );
  return { grouped, counts: counts! };
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

/** The suppliers the partnership held a contract with by the end of `day`. */
export function suppliersOfPartnershipOn(dataSource: DataSource, partnershipId: string, day: string) {
  return dataSource
    .getRepository(Supplier)
    .createQueryBuilder("s")
    .where(
      "EXISTS (SELECT 1 FROM contract c WHERE c.supplier_id = s.id AND c.partnership_id = :partnershipId AND c.start_date <= :day)",
      { partnershipId, day },
    )
    .getMany();
}

/**
 * The partnership's contract values and the findings of its audits open on `day`, by supplier. A
 * finding was open then when it had been found by then and one of its corrective actions was not yet
 * done (one without any stays as recorded).
 */
export async function partnershipInputsOn(
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

/** The partnership's contract, audit and corrective-action counts as they stood at the end of `day`. */
export async function countsOn(
  dataSource: DataSource,
  partnershipId: string,
  day: string,
): Promise<{ without_clause: number; without_code: number; audited: string[]; overdue_actions: number }> {
  const [counts] = await dataSource.query(
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
  return counts;
}
