import { type EntityManager, In } from "typeorm";
import {
  type ModernSlaveryStatement,
  type RiskRating,
  type StatementCheck,
  type StatementStatus,
  Supplier,
} from "../entities/index.js";
import {
  loadPartnershipInputs,
  loadStatements,
  NO_PARTNERSHIP_INPUTS,
  type PartnershipInputs,
} from "../queries/assessment-inputs.js";
import { type PremisesSignals, type RatedRisk, rateSupplier } from "./risk-rating.js";
import { checkStatement } from "./statement-check.js";

/** What the statement check and the risk rating need besides the supplier row. */
export interface AssessmentInputs extends PartnershipInputs {
  statements: ModernSlaveryStatement[];
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

/** A supplier's snapshot on a day: its statement status and public rating. */
export interface SupplierSnapshot {
  id: string;
  status: StatementStatus;
  rating: RiskRating;
}

/** A partnership's rating of a supplier with its own contracts and open findings (COMMERCIAL). */
export interface PartnershipRating {
  partnership: string;
  supplier: string;
  rating: RiskRating;
}

/** Whose ratings with their commercial records to compute besides the public snapshot. */
export type RatingsOf = "every partnership" | { partnershipId: string } | "no partnership";

/**
 * The snapshot of each supplier on `today` by the pure rules, and the partnerships' ratings with
 * their commercial records where they add to it. Reads only: what refreshAssessments stores (every
 * partnership's), and what a read computes for the suppliers whose snapshot is stale.
 */
export async function computeAssessments(
  manager: EntityManager,
  suppliers: readonly Supplier[],
  today: string,
  ratingsOf: RatingsOf,
): Promise<{ suppliers: SupplierSnapshot[]; partnershipRatings: PartnershipRating[] }> {
  const ids = suppliers.map((supplier) => supplier.id);
  const statements = await loadStatements(manager, ids);
  const partnerships =
    ratingsOf === "no partnership"
      ? new Map<string, Map<string, PartnershipInputs>>()
      : await loadPartnershipInputs(
          manager,
          ids,
          ratingsOf === "every partnership" ? undefined : ratingsOf.partnershipId,
        );
  const snapshots = suppliers.map((supplier): SupplierSnapshot => {
    const { check, risk } = assessSupplier(
      supplier,
      { statements: statements.get(supplier.id)!, ...NO_PARTNERSHIP_INPUTS },
      today,
    );
    return { id: supplier.id, status: check.status, rating: risk.rating };
  });
  const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  const partnershipRatings: PartnershipRating[] = [];
  for (const [partnership, ofPartnership] of partnerships) {
    for (const [supplierId, inputs] of ofPartnership) {
      const supplier = byId.get(supplierId);
      if (!supplier) continue;
      const { risk } = assessSupplier(supplier, { statements: statements.get(supplierId)!, ...inputs }, today);
      // The partnership's rating with its commercial records: only COMMERCIAL holders filter or count by it.
      partnershipRatings.push({ partnership, supplier: supplierId, rating: risk.ratingWithCommercial! });
    }
  }
  return { suppliers: snapshots, partnershipRatings };
}

/**
 * Stores each supplier's statement status and risk rating for `today` (its public rating on the
 * supplier, and each partnership's rating with its commercial records where they add to it), so
 * statistics can group by them in SQL. Called inside every transaction that changes what they depend
 * on, and by the daily refresh; never by a read (a read computes a stale snapshot instead).
 */
export async function refreshAssessments(
  manager: EntityManager,
  supplierIds: readonly string[],
  today: string,
): Promise<void> {
  const unique = [...new Set(supplierIds)];
  if (unique.length === 0) return;
  const suppliers = await manager.getRepository(Supplier).findBy({ id: In(unique) });
  const { suppliers: rows, partnershipRatings } = await computeAssessments(
    manager,
    suppliers,
    today,
    "every partnership",
  );
  await manager.query(
    `UPDATE supplier s SET statement_status = v.status, risk_rating = v.rating, assessed_on = $2
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, rating text) WHERE s.id = v.id`,
    [JSON.stringify(rows), today],
  );
  // The supplier rows updated above are locked until commit, so a concurrent refresh of the same
  // suppliers replaces these rows only after this one is done.
  await manager.query("DELETE FROM supplier_partnership_risk WHERE supplier_id = ANY($1)", [unique]);
  if (partnershipRatings.length > 0)
    await manager.query(
      `INSERT INTO supplier_partnership_risk (partnership_id, supplier_id, risk_rating)
       SELECT v.partnership, v.supplier, v.rating
         FROM jsonb_to_recordset($1::jsonb) AS v(partnership uuid, supplier uuid, rating text)
       ON CONFLICT (partnership_id, supplier_id) DO UPDATE SET risk_rating = EXCLUDED.risk_rating`,
      [JSON.stringify(partnershipRatings)],
    );
}

/**
 * Brings every snapshot older than `today` up to date (the status moves with the calendar), a batch
 * at a time, each batch its own transaction. The daily refresh (refresh-assessments-cli): reads are
 * right without it, but compute each stale supplier they meet, so it keeps them on the stored path.
 */
export async function refreshStaleAssessments(manager: EntityManager, today: string, batch = 500): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const count = await manager.transaction(async (tx) => {
      const stale: Array<{ id: string }> = await tx.query(
        "SELECT id FROM supplier WHERE assessed_on < $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED",
        [today, batch],
      );
      await refreshAssessments(
        tx,
        stale.map((row) => row.id),
        today,
      );
      return stale.length;
    });
    if (count === 0) return refreshed;
    refreshed += count;
  }
}
