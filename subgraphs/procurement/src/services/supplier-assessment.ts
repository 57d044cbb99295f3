import { type EntityManager, In } from "typeorm";
import {
  FindingSeverity,
  ModernSlaveryStatement,
  type StatementCheck,
  Supplier,
  type SupplierRisk,
} from "../entities/index.js";
import { type PremisesSignals, rateSupplier } from "./risk-rating.js";
import { checkStatement } from "./statement-check.js";

/** What the statement check and the risk rating need besides the supplier row. */
export interface AssessmentInputs {
  statements: ModernSlaveryStatement[];
  largestContractValue: number;
  openFindings: Partial<Record<FindingSeverity, number>>;
}

const empty = (): AssessmentInputs => ({ statements: [], largestContractValue: 0, openFindings: {} });

/** The inputs of many suppliers in three statements, whatever their number. */
export async function loadAssessmentInputs(
  manager: EntityManager,
  supplierIds: readonly string[],
): Promise<Map<string, AssessmentInputs>> {
  const result = new Map<string, AssessmentInputs>(supplierIds.map((id) => [id, empty()]));
  if (supplierIds.length === 0) return result;
  const ids = [...supplierIds];
  const statements = await manager.getRepository(ModernSlaveryStatement).find({
    where: { supplierId: In(ids) },
    order: { periodEnd: "DESC" },
  });
  for (const statement of statements) result.get(statement.supplierId)?.statements.push(statement);
  const values: Array<{ supplier_id: string; largest: string }> = await manager.query(
    "SELECT supplier_id, max(value) AS largest FROM contract WHERE supplier_id = ANY($1) GROUP BY supplier_id",
    [ids],
  );
  for (const row of values) result.get(row.supplier_id)!.largestContractValue = Number(row.largest);
  const findings: Array<{ supplier_id: string; severity: FindingSeverity; n: number }> = await manager.query(
    "SELECT supplier_id, severity, count(*)::int AS n FROM audit_finding WHERE open AND supplier_id = ANY($1) GROUP BY supplier_id, severity",
    [ids],
  );
  for (const row of findings) result.get(row.supplier_id)!.openFindings[row.severity] = row.n;
  return result;
}

/**
 * The statement check and the risk rating of one supplier on `today`. Pure given its inputs. The
 * stored snapshot (statistics) never includes intelligence: it is computed for no one in particular.
 */
export function assessSupplier(
  supplier: Supplier,
  inputs: AssessmentInputs,
  today: string,
  intelligence?: PremisesSignals,
): { check: StatementCheck; risk: SupplierRisk } {
  const check = checkStatement(supplier, inputs.statements, today);
  const risk = rateSupplier({
    sector: supplier.sector,
    workforceTraits: supplier.workforceTraits,
    location: supplier.location,
    commodities: supplier.commodities,
    largestContractValue: inputs.largestContractValue,
    statementStatus: check.status,
    openFindings: inputs.openFindings,
    intelligence,
  });
  return { check, risk };
}

/**
 * Stores each supplier's statement status and risk rating for `today`, so statistics can group by
 * them in SQL. Called inside every transaction that changes what they depend on.
 */
export async function refreshAssessments(
  manager: EntityManager,
  supplierIds: readonly string[],
  today: string,
): Promise<void> {
  const unique = [...new Set(supplierIds)];
  if (unique.length === 0) return;
  const suppliers = await manager.getRepository(Supplier).findBy({ id: In(unique) });
  const inputs = await loadAssessmentInputs(manager, unique);
  const rows = suppliers.map((supplier) => {
    const { check, risk } = assessSupplier(supplier, inputs.get(supplier.id)!, today);
    return { id: supplier.id, status: check.status, rating: risk.rating };
  });
  await manager.query(
    `UPDATE supplier s SET statement_status = v.status, risk_rating = v.rating, assessed_on = $2
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, rating text) WHERE s.id = v.id`,
    [JSON.stringify(rows), today],
  );
}

/** Brings every snapshot older than `today` up to date (the status moves with the calendar), a batch at a time. */
export async function refreshStaleAssessments(manager: EntityManager, today: string, batch = 500): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const stale: Array<{ id: string }> = await manager.query(
      "SELECT id FROM supplier WHERE assessed_on < $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED",
      [today, batch],
    );
    if (stale.length === 0) return refreshed;
    await refreshAssessments(
      manager,
      stale.map((row) => row.id),
      today,
    );
    refreshed += stale.length;
  }
}
