import { demoPartnershipId } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Release 1 only ever held the demo partnership, so every existing concern, premises and reference
 * counter is Sandwell's. Computed here rather than imported from the seed, so the migration means
 * the same thing forever.
 */
const SANDWELL = demoPartnershipId("SANDWELL");

/**
 * Concerns and premises belong to a partnership; everything under a concern (people screened,
 * referrals, reports, visits, interventions, offenders, orders, history) is reached through it and
 * inherits it. References are numbered per partnership and year, and unique per partnership.
 */
export class CasesPartnership1764300000000 implements MigrationInterface {
  name = "CasesPartnership1764300000000";

  async up(q: QueryRunner): Promise<void> {
    for (const table of ["location", "concern", "concern_reference_counter"]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN partnership_id uuid`);
      await q.query(`UPDATE ${table} SET partnership_id = $1`, [SANDWELL]);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN partnership_id SET NOT NULL`);
    }

    // A concern's premises are its own partnership's: the database refuses a mix.
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_partnership_key UNIQUE (partnership_id, id)`);
    await q.query(`ALTER TABLE concern ADD CONSTRAINT concern_location_partnership_fkey
      FOREIGN KEY (partnership_id, location_id) REFERENCES location (partnership_id, id) ON DELETE RESTRICT`);
    await q.query(`DROP INDEX location_company_number_idx`);
    await q.query(`CREATE INDEX location_company_number_idx ON location (partnership_id, company_number)
      WHERE company_number IS NOT NULL`);

    await q.query(`ALTER TABLE concern DROP CONSTRAINT concern_reference_key`);
    await q.query(`ALTER TABLE concern ADD CONSTRAINT concern_reference_key UNIQUE (partnership_id, reference)`);
    // Every list and figure filters by partnership first, then by what it orders or groups by.
    await q.query(`DROP INDEX concern_received_on_idx`);
    await q.query(`CREATE INDEX concern_received_on_idx ON concern (partnership_id, received_on, id)`);
    await q.query(`DROP INDEX concern_lead_agency_idx`);
    await q.query(`CREATE INDEX concern_lead_agency_idx ON concern (partnership_id, lead_agency_id, received_on)`);
    await q.query(`DROP INDEX concern_status_idx`);
    await q.query(`CREATE INDEX concern_status_idx ON concern (partnership_id, status)`);

    await q.query(`ALTER TABLE concern_reference_counter DROP CONSTRAINT concern_reference_counter_pkey`);
    await q.query(`ALTER TABLE concern_reference_counter ADD PRIMARY KEY (partnership_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Going back is possible only while a single partnership holds casework.
    await q.query(`ALTER TABLE concern_reference_counter DROP CONSTRAINT concern_reference_counter_pkey`);
    await q.query(`ALTER TABLE concern_reference_counter ADD PRIMARY KEY (year)`);
    await q.query(`DROP INDEX concern_status_idx`);
    await q.query(`CREATE INDEX concern_status_idx ON concern (status)`);
    await q.query(`DROP INDEX concern_lead_agency_idx`);
    await q.query(`CREATE INDEX concern_lead_agency_idx ON concern (lead_agency_id, received_on)`);
    await q.query(`DROP INDEX concern_received_on_idx`);
    await q.query(`CREATE INDEX concern_received_on_idx ON concern (received_on, id)`);
    await q.query(`ALTER TABLE concern DROP CONSTRAINT concern_reference_key`);
    await q.query(`ALTER TABLE concern ADD CONSTRAINT concern_reference_key UNIQUE (reference)`);
    await q.query(`DROP INDEX location_company_number_idx`);
    await q.query(
      `CREATE INDEX location_company_number_idx ON location (company_number) WHERE company_number IS NOT NULL`,
    );
    await q.query(`ALTER TABLE concern DROP CONSTRAINT concern_location_partnership_fkey`);
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_partnership_key`);
    for (const table of ["concern_reference_counter", "concern", "location"])
      await q.query(`ALTER TABLE ${table} DROP COLUMN partnership_id`);
  }
}
