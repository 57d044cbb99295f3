import { demoPartnershipId } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Release 1 only ever held the demo partnership, so every existing record is Sandwell's. */
const SANDWELL = demoPartnershipId("SANDWELL");

/**
 * Contracts, due-diligence assessments and audits belong to a partnership (findings and corrective
 * actions through their audit); suppliers and their statements stay shared. A supplier's risk
 * rating counts only one partnership's contracts and audits, so the stored snapshot splits in two:
 * the supplier's own part on `supplier`, and each partnership's rating in `supplier_partnership_risk`.
 */
export class ProcurementPartnerships1764500000000 implements MigrationInterface {
  name = "ProcurementPartnerships1764500000000";

  async up(q: QueryRunner): Promise<void> {
    for (const table of ["contract", "assessment", "audit"]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN partnership_id uuid`);
      await q.query(`UPDATE ${table} SET partnership_id = $1`, [SANDWELL]);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN partnership_id SET NOT NULL`);
    }

    // A contract reference is the agency's own: unique within a partnership, and saying that it is
    // taken must not reveal another partnership's contracts.
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_reference_key`);
    await q.query(
      `ALTER TABLE contract ADD CONSTRAINT contract_partnership_reference_key UNIQUE (partnership_id, reference)`,
    );
    await q.query(`DROP INDEX contract_reference_idx`);
    await q.query(`CREATE INDEX contract_partnership_reference_idx ON contract (partnership_id, reference, id)`);
    await q.query(`CREATE INDEX contract_partnership_supplier_idx ON contract (partnership_id, supplier_id)`);
    await q.query(
      `CREATE INDEX assessment_partnership_supplier_idx ON assessment (partnership_id, supplier_id, assessed_on)`,
    );
    await q.query(`CREATE INDEX audit_partnership_audited_on_idx ON audit (partnership_id, audited_on, id)`);
    await q.query(`CREATE INDEX audit_partnership_supplier_idx ON audit (partnership_id, supplier_id)`);

    await q.query(`CREATE TABLE supplier_partnership_risk (
      partnership_id uuid NOT NULL,
      supplier_id uuid NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
      risk_rating text NOT NULL
        CONSTRAINT supplier_partnership_risk_rating_check CHECK (risk_rating IN ('LOW','MEDIUM','HIGH')),
      PRIMARY KEY (partnership_id, supplier_id))`);
    await q.query(`CREATE INDEX supplier_partnership_risk_supplier_idx ON supplier_partnership_risk (supplier_id)`);
    // supplier.risk_rating counted every contract and finding; marking every snapshot stale has the
    // first request that needs them recompute both parts, with the rating rules in one place.
    await q.query(`UPDATE supplier SET assessed_on = '1970-01-01'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supplier_partnership_risk`);
    await q.query(`DROP INDEX audit_partnership_supplier_idx`);
    await q.query(`DROP INDEX audit_partnership_audited_on_idx`);
    await q.query(`DROP INDEX assessment_partnership_supplier_idx`);
    await q.query(`DROP INDEX contract_partnership_supplier_idx`);
    await q.query(`DROP INDEX contract_partnership_reference_idx`);
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_partnership_reference_key`);
    await q.query(`ALTER TABLE contract ADD CONSTRAINT contract_reference_key UNIQUE (reference)`);
    await q.query(`CREATE INDEX contract_reference_idx ON contract (reference, id)`);
    for (const table of ["audit", "assessment", "contract"]) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN partnership_id`);
    }
    await q.query(`UPDATE supplier SET assessed_on = '1970-01-01'`);
  }
}
