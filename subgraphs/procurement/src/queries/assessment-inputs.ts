import { type EntityManager, In } from "typeorm";
import { type FindingSeverity, ModernSlaveryStatement } from "../entities/index.js";

/** What one partnership's own records add to a supplier's risk rating. */
export interface PartnershipInputs {
  /** The largest value among the partnership's contracts with the supplier (0 without any). */
  largestContractValue: number;
  /** Open findings of the partnership's audits of the supplier, by severity. */
  openFindings: Partial<Record<FindingSeverity, number>>;
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
