import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The answers of mutations sent with an `Idempotency-Key`, per caller (user, agency, partnership)
 * and key, in each subgraph's own schema: a repeat gets the stored answer instead of a second run.
 * `partnership_id` is '' for platform-level work, so the key stays a plain primary key.
 */
export class IdempotencyKeys1764900000001 implements MigrationInterface {
  name = "IdempotencyKeys1764900000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE idempotency_key (
      user_id text NOT NULL,
      agency_id text NOT NULL,
      partnership_id text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      state text NOT NULL CONSTRAINT idempotency_key_state_check CHECK (state IN ('RUNNING', 'COMPLETED')),
      response jsonb,
      audit jsonb,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, agency_id, partnership_id, key),
      CONSTRAINT idempotency_key_response_check CHECK ((state = 'COMPLETED') = (response IS NOT NULL)))`);
    await q.query(`CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
