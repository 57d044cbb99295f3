import type { MigrationInterface, QueryRunner } from "typeorm";

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

/** The migrations every subgraph runs after its own, for the audit log it keeps in its schema. */
export const AUDIT_MIGRATIONS = [AuditLog1763900000000, AuditPartnership1764250000000];
