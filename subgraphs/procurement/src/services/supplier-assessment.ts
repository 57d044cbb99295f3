import { type EntityManager, In } from "typeorm";
import { type FindingSeverity, ModernSlaveryStatement, type StatementCheck, Supplier } from "../entities/index.js";
import { type PremisesSignals, type RatedRisk, rateSupplier } from "./risk-rating.js";
import { checkStatement } from "./statement-check.js";

/** What one partnership's own records add to a supplier's risk rating. */
export interface PartnershipInputs {
  /** The largest value among the partnership's contracts with the supplier (0 without any). */
  largestContractValue: number;
  /** Open findings of the partnership's audits of the supplier, by severity. */
  openFindings: Partial<Record<FindingSeverity, number>>;
}

/** What the statement check and the risk rating need besides the supplier row. */
export interface AssessmentInputs extends PartnershipInputs {
  statements: ModernSlaveryStatement[];
}

/** A supplier as no partnership sees it: what every partnership without records of its own sees. */
export const NO_PARTNERSHIP_INPUTS: Readonly<PartnershipInputs> = Object.freeze({
  largestContractValue: 0,
  openFindings: Object.freeze({}),
});

/** Statements of many suppliers, latest year first, in one statement. Shared by every partnership. */
export async function loadStatements(
  manager: EntityManager,
  supplierIds: readonly string[],
): Promise<Map<string, ModernSlaveryStatement[]>> {
  const result = new Map<string, ModernSlaveryStatement[]>(supplierIds.map((id) => [id, []]));
  if (supplierIds.length === 0) return result;
  const statements = await manager.getRepository(ModernSlaveryStatement).find({
    where: { supplierId: In([...supplierIds]) },
    order: { periodEnd: "DESC" },
  });
  for (const statement of statements) result.get(statement.supplierId)?.push(statement);
  return result;
}

/**
 * What each partnership's contracts and open findings add for many suppliers, in two statements:
 * partnership id → supplier id → inputs. Given a partnership, only its records are read; given an
 * agency too, only that agency's contracts and findings (what it sees without COMMERCIAL). Pairs
 * with no contract and no open finding are absent (they add nothing).
 */
export async function loadPartnershipInputs(
  manager: EntityManager,
  supplierIds: readonly string[],
  partnershipId?: string,
  agencyId?: string,
): Promise<Map<string, Map<string, PartnershipInputs>>> {
  const result = new Map<string, Map<string, PartnershipInputs>>();
  if (supplierIds.length === 0) return result;
  const entry = (partnership: string, supplier: string) => {
    let ofPartnership = result.get(partnership);
    if (!ofPartnership) result.set(partnership, (ofPartnership = new Map()));
    let inputs = ofPartnership.get(supplier);
    if (!inputs) ofPartnership.set(supplier, (inputs = { largestContractValue: 0, openFindings: {} }));
    return inputs;
  };
  const ids = [...supplierIds];
  if (agencyId && !partnershipId) throw new Error("an agency's inputs are read within one partnership");
  const scope = (partnershipId ? " AND partnership_id = $2" : "") + (agencyId ? " AND agency_id = $3" : "");
  const params = [ids, ...(partnershipId ? [partnershipId] : []), ...(agencyId ? [agencyId] : [])];
  const values: Array<{ partnership_id: string; supplier_id: string; largest: string }> = await manager.query(
    `SELECT partnership_id, supplier_id, max(value) AS largest FROM contract
      WHERE supplier_id = ANY($1)${scope} GROUP BY partnership_id, supplier_id`,
    params,
  );
  for (const row of values) entry(row.partnership_id, row.supplier_id).largestContractValue = Number(row.largest);
  // A finding is its audit's: the audit says which partnership it belongs to.
  const findings: Array<{ partnership_id: string; supplier_id: string; severity: FindingSeverity; n: number }> =
    await manager.query(
      `SELECT a.partnership_id, f.supplier_id, f.severity, count(*)::int AS n
         FROM audit_finding f JOIN audit a ON a.id = f.audit_id
        WHERE f.open AND f.supplier_id = ANY($1)${scope.replace("partnership_id", "a.partnership_id").replace("agency_id", "f.agency_id")}
        GROUP BY a.partnership_id, f.supplier_id, f.severity`,
      params,
    );
  for (const row of findings) entry(row.partnership_id, row.supplier_id).openFindings[row.severity] = row.n;
  return result;
}

/**
 * The statement check and the risk rating of one supplier on `today`. Pure given its inputs. The
 * stored snapshots (statistics) never include intelligence: they are computed for no one in particular.
 */
export function assessSupplier(
  supplier: Supplier,
  inputs: AssessmentInputs,
  today: string,
  intelligence?: PremisesSignals,
): { check: StatementCheck; risk: RatedRisk } {
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
 * Stores each supplier's statement status and risk rating for `today` (its public rating on the
 * supplier, and each partnership's rating with its commercial records where they add to it), so
 * statistics can group by them in SQL. Called inside every transaction that changes what they depend on.
 */
export async function refreshAssessments(
  manager: EntityManager,
  supplierIds: readonly string[],
  today: string,
): Promise<void> {
  const unique = [...new Set(supplierIds)];
  if (unique.length === 0) return;
  const suppliers = await manager.getRepository(Supplier).findBy({ id: In(unique) });
  const statements = await loadStatements(manager, unique);
  const partnerships = await loadPartnershipInputs(manager, unique);
  const rows = suppliers.map((supplier) => {
    const { check, risk } = assessSupplier(
      supplier,
      { statements: statements.get(supplier.id)!, ...NO_PARTNERSHIP_INPUTS },
      today,
    );
    return { id: supplier.id, status: check.status, rating: risk.rating };
  });
  const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  const ratings: Array<{ partnership: string; supplier: string; rating: string }> = [];
  for (const [partnership, ofPartnership] of partnerships) {
    for (const [supplierId, inputs] of ofPartnership) {
      const supplier = byId.get(supplierId);
      if (!supplier) continue;
      const { risk } = assessSupplier(supplier, { statements: statements.get(supplierId)!, ...inputs }, today);
      // The partnership's rating with its commercial records: only COMMERCIAL holders filter or count by it.
      ratings.push({ partnership, supplier: supplierId, rating: risk.ratingWithCommercial! });
    }
  }
  await manager.query(
    `UPDATE supplier s SET statement_status = v.status, risk_rating = v.rating, assessed_on = $2
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, rating text) WHERE s.id = v.id`,
    [JSON.stringify(rows), today],
  );
  // The supplier rows updated above are locked until commit, so a concurrent refresh of the same
  // suppliers replaces these rows only after this one is done.
  await manager.query("DELETE FROM supplier_partnership_risk WHERE supplier_id = ANY($1)", [unique]);
  if (ratings.length > 0)
    await manager.query(
      `INSERT INTO supplier_partnership_risk (partnership_id, supplier_id, risk_rating)
       SELECT v.partnership, v.supplier, v.rating
         FROM jsonb_to_recordset($1::jsonb) AS v(partnership uuid, supplier uuid, rating text)
       ON CONFLICT (partnership_id, supplier_id) DO UPDATE SET risk_rating = EXCLUDED.risk_rating`,
      [JSON.stringify(ratings)],
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
