import { demoPartnershipId } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sessions, delegates and completions belong to a partnership: a register or an LMS import is one
 * partnership's record of its people, and its figures count only its own. Release 1 only ever held
 * the Sandwell demo partnership, so every existing row is Sandwell's. Courses stay shared.
 */
export class TrainingPartnership1764400000000 implements MigrationInterface {
  name = "TrainingPartnership1764400000000";

  async up(q: QueryRunner): Promise<void> {
    const sandwell = demoPartnershipId("SANDWELL");
    for (const table of ["training_session", "delegate", "completion"]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN partnership_id uuid`);
      await q.query(`UPDATE ${table} SET partnership_id = $1`, [sandwell]);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN partnership_id SET NOT NULL`);
    }

    await q.query(`DROP INDEX training_session_starts_idx`);
    await q.query(
      `CREATE INDEX training_session_partnership_starts_idx ON training_session (partnership_id, starts_at, id)`,
    );

    // A delegate is one partnership's record of a person: the same email in another partnership is
    // another record, so one partnership's register never rewrites what another holds about them.
    await q.query(`ALTER TABLE delegate DROP CONSTRAINT delegate_email_key`);
    await q.query(`ALTER TABLE delegate ADD CONSTRAINT delegate_partnership_email_key UNIQUE (partnership_id, email)`);

    await q.query(`DROP INDEX completion_completed_idx`);
    await q.query(`DROP INDEX completion_expires_idx`);
    await q.query(`CREATE INDEX completion_partnership_completed_idx ON completion (partnership_id, completed_on)
                   WHERE status = 'COMPLETED'`);
    await q.query(`CREATE INDEX completion_partnership_expires_idx ON completion (partnership_id, expires_on, id)
                   WHERE status = 'COMPLETED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX completion_partnership_expires_idx`);
    await q.query(`DROP INDEX completion_partnership_completed_idx`);
    await q.query(`CREATE INDEX completion_completed_idx ON completion (completed_on) WHERE status = 'COMPLETED'`);
    await q.query(`CREATE INDEX completion_expires_idx ON completion (expires_on, id) WHERE status = 'COMPLETED'`);
    await q.query(`ALTER TABLE delegate DROP CONSTRAINT delegate_partnership_email_key`);
    await q.query(`ALTER TABLE delegate ADD CONSTRAINT delegate_email_key UNIQUE (email)`);
    await q.query(`DROP INDEX training_session_partnership_starts_idx`);
    await q.query(`CREATE INDEX training_session_starts_idx ON training_session (starts_at, id)`);
    for (const table of ["completion", "delegate", "training_session"])
      await q.query(`ALTER TABLE ${table} DROP COLUMN partnership_id`);
  }
}
