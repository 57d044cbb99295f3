import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An agreement's history: who created, signed, suspended and re-activated it, in what capacity
 * (a party, or the partnership's administrator) and why. A suspension or re-activation by the
 * administrator of an agreement it is no party to is recorded with its reason here.
 */
export class AgreementHistory1764700000000 implements MigrationInterface {
  name = "AgreementHistory1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agreement_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The order the history was written in; ids are uuids like every other record's.
      position bigserial NOT NULL,
      agreement_id uuid NOT NULL REFERENCES sharing_agreement (id) ON DELETE CASCADE,
      action text NOT NULL,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      user_id text NOT NULL,
      acting_as text NOT NULL,
      reason text,
      at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX agreement_event_agreement_idx ON agreement_event (agreement_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agreement_event`);
  }
}
