import { createOutboxTable, dropOutboxTable } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The outbox of training's events: a first responder's certificate falling due for refresh.
 * Each event is written in the same transaction as the change it announces (the transactional
 * outbox), so an event exists exactly when its change committed; the webhook dispatcher reads it.
 * It holds ids, the event type and times only, never a field value.
 */
export class TrainingOutbox1766400000000 implements MigrationInterface {
  name = "TrainingOutbox1766400000000";

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropOutboxTable(q);
  }
}
