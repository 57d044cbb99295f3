import { createOutboxTable, dropOutboxTable } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The outbox of governance's events: an agreement signed, suspended, or ending soon.
 * Each event is written in the same transaction as the change it announces (the transactional
 * outbox), so an event exists exactly when its change committed; the webhook dispatcher reads it.
 * It holds ids, the event type and times only, never a field value.
 */
export class GovernanceOutbox1766400000002 implements MigrationInterface {
  name = "GovernanceOutbox1766400000002";

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTable(q);
  }
}
