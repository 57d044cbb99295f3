import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The day an action was added to its plan, by the platform's clock: the rule "no progress before
 * the action was added" compares days of the domain, never a write's timestamp with the clock.
 */
export class ActionAddedOn1764100000000 implements MigrationInterface {
  name = "ActionAddedOn1764100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_action ADD COLUMN added_on date`);
    await q.query(`UPDATE plan_action SET added_on = (created_at AT TIME ZONE 'UTC')::date`);
    await q.query(`ALTER TABLE plan_action ALTER COLUMN added_on SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_action DROP COLUMN added_on`);
  }
}
