import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A corrective action's text says what the audit found ("return the workers' passports"), so it is
 * COMMERCIAL like the finding, and the auditing agency sees its own: the action carries that agency,
 * copied from its finding as the finding copies it from the audit.
 */
export class CorrectiveActionOwner1764800000000 implements MigrationInterface {
  name = "CorrectiveActionOwner1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE corrective_action ADD COLUMN agency_id uuid`);
    await q.query(
      `UPDATE corrective_action a SET agency_id = f.agency_id FROM audit_finding f WHERE f.id = a.finding_id`,
    );
    await q.query(`ALTER TABLE corrective_action ALTER COLUMN agency_id SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE corrective_action DROP COLUMN agency_id`);
  }
}
