import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Why an action was marked complete with milestones still to reach: an update completing such an
 * action must say so, and the reason stays with the update for the partnership to read later.
 */
export class ActionCompletionReason1766500000010 implements MigrationInterface {
  name = "ActionCompletionReason1766500000010";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action_update ADD COLUMN completion_reason text`);
    await q.query(`ALTER TABLE action_update ADD CONSTRAINT action_update_completion_reason_check
      CHECK (completion_reason IS NULL OR (rag = 'COMPLETE' AND length(trim(completion_reason)) > 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action_update DROP COLUMN completion_reason`);
  }
}
