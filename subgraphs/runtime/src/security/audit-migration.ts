import type { MigrationInterface, QueryRunner } from "typeorm";
import { chainContentSql, GENESIS_HASH_SQL } from "./audit-chain.js";
import { AuditChainLoops1767400000000 } from "./audit-chain-loops-migration.js";
import { AuditGroupedFields1767300000000 } from "./audit-grouped-fields-migration.js";
import { AuditGroupedValues1767200000000 } from "./audit-grouped-migration.js";
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
 * The log becomes a hash chain (audit-chain.ts): each row carries the previous row's hash and its
 * own, so a row changed or deleted in the database itself is found by `npm run audit:verify`.
 * Rows already written are chained here, in id order; from now on the database chains each row as
 * it is inserted, whoever inserts it:
 * - a statement trigger takes a transaction-scoped advisory lock before the statement draws any
 *   id, so concurrent writers (several replicas of a subgraph) insert one after another and ids
 *   follow the chain;
 * - a row trigger reads the last row's hash (a fresh snapshot, after the lock) and hashes the row
 *   in SQL: the service sends nothing more than before and receives nothing back.
 * Functions name the schema's table explicitly, so any session's search_path chains the same log.
 */
export class AuditChain1765900000000 implements MigrationInterface {
  name = "AuditChain1765900000000";

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }] = (await q.query(`SELECT current_schema() AS schema`)) as Array<{ schema: string }>;
    const [{ encoding }] = (await q.query(`SELECT current_setting('server_encoding') AS encoding`)) as Array<{
      encoding: string;
    }>;
    // The chain hashes text as UTF-8 and counts its bytes in SQL (audit-chain.ts). A SQL_ASCII
    // database (what initdb makes without a locale, as the embedded default does) stores the bytes
    // clients send, and every client of the platform sends UTF-8: its bytes are the UTF-8 ones.
    if (encoding !== "UTF8" && encoding !== "SQL_ASCII")
      throw new Error(`the audit log's hash chain needs a UTF8 (or SQL_ASCII) database; this one is ${encoding}`);
    const s = `"${schema.replaceAll('"', '""')}"`;
    const table = `${s}.audit_event`;
    await q.query(`ALTER TABLE ${table} ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea`);

    // The existing rows, in one pass: a running aggregate folds each row's content into the hash.
    await q.query(`CREATE FUNCTION ${s}.audit_event_chain_step(state bytea, content bytea) RETURNS bytea
      LANGUAGE sql IMMUTABLE AS $$ SELECT sha256(state || content) $$`);
    await q.query(`CREATE AGGREGATE ${s}.audit_event_chain_fold(bytea)
      (SFUNC = ${s}.audit_event_chain_step, STYPE = bytea, INITCOND = ${GENESIS_HASH_SQL.replace("::bytea", "")})`);
    await q.query(`ALTER TABLE ${table} DISABLE TRIGGER audit_event_no_change`);
    await q.query(`UPDATE ${table} e SET hash = c.hash, prev_hash = coalesce(c.prev_hash, ${GENESIS_HASH_SQL})
      FROM (SELECT id, hash, lag(hash) OVER (ORDER BY id) AS prev_hash
              FROM (SELECT e.id, ${s}.audit_event_chain_fold(${chainContentSql("e")}) OVER (ORDER BY e.id) AS hash
                      FROM ${table} e) folded) c
     WHERE e.id = c.id`);
    await q.query(`ALTER TABLE ${table} ENABLE TRIGGER audit_event_no_change`);
    await q.query(`DROP AGGREGATE ${s}.audit_event_chain_fold(bytea)`);
    await q.query(`DROP FUNCTION ${s}.audit_event_chain_step(bytea, bytea)`);
    await q.query(`ALTER TABLE ${table} ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);

    const lockKey = `'${`${schema}.audit_event chain`.replaceAll("'", "''")}'`;
    await q.query(`CREATE FUNCTION ${s}.audit_event_chain_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Under an older snapshot a writer could miss the row committed just before it took the lock.
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'audit_event is written at READ COMMITTED only (its hash chain reads the last row after a lock)';
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext(${lockKey}));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain_lock BEFORE INSERT ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_event_chain_lock()`);
    await q.query(`CREATE FUNCTION ${s}.audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Rows inserted earlier by the same statement are visible here: a batch chains row by row.
        NEW.prev_hash := coalesce((SELECT e.hash FROM ${table} e ORDER BY e.id DESC LIMIT 1), ${GENESIS_HASH_SQL});
        NEW.hash := sha256(NEW.prev_hash || ${chainContentSql("NEW")});
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${s}.audit_event_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP TRIGGER audit_event_chain_lock ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_chain()`);
    await q.query(`DROP FUNCTION audit_event_chain_lock()`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN hash, DROP COLUMN prev_hash`);
  }
}

/**
 * Which client application sent each request (`apollographql-client-name` and `-version`), so an
 * operator or auditor can tell one partner system's reads from another's. Outside the hash chain,
 * whose format is frozen (audit-chain.ts): the name is the client's own description of itself, not
 * evidence; who read what, when and under which agreement stays chained.
 */
export class AuditClient1766300000000 implements MigrationInterface {
  name = "AuditClient1766300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event ADD COLUMN client_name text, ADD COLUMN client_version text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DROP COLUMN client_version, DROP COLUMN client_name`);
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
  AuditChain1765900000000,
  AuditClient1766300000000,
  AuditGroupedValues1767200000000,
  AuditGroupedFields1767300000000,
  AuditChainLoops1767400000000,
];
