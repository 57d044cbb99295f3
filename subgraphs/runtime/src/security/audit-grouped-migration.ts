import type { MigrationInterface, QueryRunner } from "typeorm";
import { chainContentSql, GENESIS_HASH_SQL, groupedChainContentSql } from "./audit-chain.js";

/**
 * The most values one row records. It bounds the work of one trigger call and of one unnest, and
 * keeps a value's place in its row within the six decimal digits `audit_event_value.id` gives it.
 */
export const MAX_VALUES_PER_AUDIT_ROW = 999_999;

/**
 * `audit_event_value` as this migration makes it, one row per value of a row's `entity_ids`; the
 * view AuditGroupedFields goes back to when undone. Frozen with the migrations that use it.
 */
export const VALUES_BY_ID = `
      SELECT CASE WHEN e.entity_ids IS NULL THEN e.id ELSE e.id * 1000000 + v.n END AS id,
             e.id AS row_id, e.at, e.user_id, e.agency_id, e.partnership_id, e.entity_type,
             CASE WHEN e.entity_ids IS NULL THEN e.entity_id ELSE v.entity_id END AS entity_id,
             e.field, e.category, e.agreement_id, e.operation, e.operation_hash, e.request_id, e.outcome, e.reason,
             e.client_name, e.client_version,
             -- The row's own columns, so a lookup by record can be put to the row's indexes.
             e.entity_id AS row_entity_id, e.entity_ids AS row_entity_ids
        FROM audit_event e
        LEFT JOIN LATERAL unnest(e.entity_ids) WITH ORDINALITY AS v(entity_id, n) ON TRUE`;

/**
 * One row per request, record type, field, category, agreement and outcome (and reason), with the
 * records' ids in `entity_ids`, instead of one row per value. A police page of concerns wrote some
 * three hundred rows, each hashed by its own trigger call and entered in four B-trees: PostgreSQL
 * spent most of a request's time on its audit rows. Rows written before keep `entity_id`; a new
 * row names its records in `entity_ids` only (a refused root field as `{NULL}`), never both.
 *
 * - Lookups by record (an auditor's entityId/entityIds, subject access) search a GIN index of the
 *   arrays (`&&`), next to the B-tree on entity_id that still serves the old rows.
 * - The chain hashes a grouped row's ids as format 2 (audit-chain.ts); rows without ids keep
 *   format 1, so every stored hash still verifies.
 * - `audit_event_value` reads the log one row per value, as it was, for everything that reads it:
 *   ids unnested in their order (WITH ORDINALITY). A value keeps an id that increases with time:
 *   an old row's own id, or its row's id × 1,000,000 + its place in the row (1 to 999,999). Every
 *   grouped row comes after every old row, so its values' ids exceed theirs; no old id can equal
 *   a new one. bigint holds row ids up to 9.2 × 10^12 so encoded.
 */
export class AuditGroupedValues1767200000000 implements MigrationInterface {
  name = "AuditGroupedValues1767200000000";

  async up(q: QueryRunner): Promise<void> {
    const s = await schemaOf(q);
    await q.query(`ALTER TABLE audit_event ADD COLUMN entity_ids text[]
      CONSTRAINT audit_event_entity_ids_check CHECK (entity_ids IS NULL OR (entity_id IS NULL
        AND array_ndims(entity_ids) = 1 AND array_lower(entity_ids, 1) = 1
        AND cardinality(entity_ids) BETWEEN 1 AND ${MAX_VALUES_PER_AUDIT_ROW}))`);
    await q.query(`CREATE INDEX audit_event_entity_ids_idx ON audit_event USING gin (entity_ids)`);
    await q.query(chainFunction(s, groupedChainContentSql("NEW")));
    await q.query(`CREATE VIEW audit_event_value AS ${VALUES_BY_ID}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = await schemaOf(q);
    // Format 1 cannot record a row of several values: dropping their ids would break the chain.
    const [{ grouped }] = (await q.query(
      `SELECT EXISTS (SELECT 1 FROM audit_event WHERE entity_ids IS NOT NULL) AS grouped`,
    )) as Array<{ grouped: boolean }>;
    if (grouped) throw new Error("audit_event holds rows of several values: the log cannot go back to one per value");
    await q.query(`DROP VIEW audit_event_value`);
    await q.query(chainFunction(s, chainContentSql("NEW")));
    await q.query(`DROP INDEX audit_event_entity_ids_idx`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN entity_ids`);
  }
}

export async function schemaOf(q: QueryRunner): Promise<string> {
  const [{ schema }] = (await q.query(`SELECT current_schema() AS schema`)) as Array<{ schema: string }>;
  return `"${schema.replaceAll('"', '""')}"`;
}

/** The chain trigger's function (AuditChain migration) hashing `content`; its table named by schema. */
export function chainFunction(s: string, content: string): string {
  return `CREATE OR REPLACE FUNCTION ${s}.audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Rows inserted earlier by the same statement are visible here: a batch chains row by row.
        NEW.prev_hash := coalesce((SELECT e.hash FROM ${s}.audit_event e ORDER BY e.id DESC LIMIT 1), ${GENESIS_HASH_SQL});
        NEW.hash := sha256(NEW.prev_hash || ${content});
        RETURN NEW;
      END $$`;
}
