import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A cancelled session keeps its record: when it was cancelled and why. The check holds the two
 * together with the status, so no session is CANCELLED without its reason nor carries one otherwise.
 */
export class SessionCancellation1767000000000 implements MigrationInterface {
  name = "SessionCancellation1767000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_session
      ADD COLUMN cancelled_at timestamptz,
      ADD COLUMN cancellation_reason text`);
    // Sessions cancelled before reasons were kept (none in the demo) are given one that says so.
    await q.query(`UPDATE training_session
      SET cancelled_at = now(), cancellation_reason = 'cancelled before reasons were recorded'
      WHERE status = 'CANCELLED'`);
    await q.query(`ALTER TABLE training_session ADD CONSTRAINT training_session_cancellation_check
      CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training_session
      DROP CONSTRAINT training_session_cancellation_check,
      DROP COLUMN cancellation_reason,
      DROP COLUMN cancelled_at`);
  }
}
