import type { MigrationInterface, QueryRunner } from "typeorm";
import { IdempotencyKeys1764900000001 } from "./idempotency-migration.js";

/** The append-only audit log every subgraph keeps in its own schema. */
export class AuditLog1763900000000 implements MigrationInterface {
  name = "AuditLog1763900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL,
      user_id text NOT NULL,
      agency_id text NOT NULL,
      entity_type text NOT NULL,
      entity_id text,
      field text NOT NULL,
      category text NOT NULL,
      agreement_id text,
      operation text,
      request_id text NOT NULL)`);
    // Rows arrive in time order, so a BRIN index serves time ranges at almost no write cost; the
    // log is written far more often than read, so only the auditors' usual questions get a B-tree.
    await q.query(`CREATE INDEX audit_event_at_idx ON audit_event USING brin (at)`);
    await q.query(`CREATE INDEX audit_event_user_idx ON audit_event (user_id, id)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, id)`);
    // Append-only, whoever connects: no update, delete or truncate path exists.
    await q.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP; END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}

/**
 * Each audit event names the partnership the read was made in (the partnership whose records
 * were read, since a request reads only its own partnership's): an auditor sees their
 * partnership's events. Null for reads made outside any partnership.
 */
export class AuditPartnership1764250000000 implements MigrationInterface {
  name = "AuditPartnership1764250000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN partnership_id text`);
    await q.query(`CREATE INDEX audit_event_partnership_idx ON audit_event (partnership_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN partnership_id`);
  }
}

/**
 * What the trail needs to answer "who saw what, and who was refused": the operation's document
 * hash (the name is whatever the client chose to send), whether the value was returned or refused
 * and why. A refused root field (a query or mutation the caller's roles do not open) names no data
 * category, so the category becomes optional. Auditors of one agency read their own agency's rows
 * of a partnership: an index serves exactly that.
 */
export class AuditOutcome1764900000000 implements MigrationInterface {
  name = "AuditOutcome1764900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN operation_hash text`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN outcome text NOT NULL DEFAULT 'RETURNED'
      CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('RETURNED', 'DENIED'))`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN reason text
      CONSTRAINT audit_event_reason_check CHECK ((outcome = 'DENIED') = (reason IS NOT NULL))`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN category DROP NOT NULL`);
    await q.query(`CREATE INDEX audit_event_partnership_agency_idx ON audit_event (partnership_id, agency_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_partnership_agency_idx`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN reason`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN outcome`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN operation_hash`);
  }
}

/**
 * The runtime's own tables every subgraph keeps in its schema after its own migrations: the audit
 * log, and the stored answers of mutations sent with an Idempotency-Key (idempotency.ts).
 */
export const AUDIT_MIGRATIONS = [
  AuditLog1763900000000,
  AuditPartnership1764250000000,
  AuditOutcome1764900000000,
  IdempotencyKeys1764900000001,
];
