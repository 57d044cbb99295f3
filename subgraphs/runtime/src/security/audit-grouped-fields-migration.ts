import type { MigrationInterface, QueryRunner } from "typeorm";
import { fieldsChainContentSql, groupedChainContentSql } from "./audit-chain.js";
import { chainFunction, MAX_VALUES_PER_AUDIT_ROW, schemaOf, VALUES_BY_ID } from "./audit-grouped-migration.js";

/**
 * One row per request, record type, category, agreement, outcome and set of records, naming every
 * field the request read of those records in `fields`, instead of one row per field. The police's
 * page of fifty concerns wrote eleven rows, ten of them naming the same fifty records (or the same
 * fifty locations) again: each hashed the ids once more and entered them once more in the GIN
 * index. Fields whose values came from different records (a field null on one record is not
 * recorded for it) keep rows of their own.
 *
 * - A new row of several fields has `field` NULL and `fields` its fields in the order read; a row
 *   of one field keeps `field`, as before. Never both; `fields` only with `entity_ids`.
 * - The chain hashes such a row as format 3 (audit-chain.ts); every other row hashes as before.
 * - `audit_event_value` still reads one row per value: the fields × the ids, field by field. A
 *   value's place in its row is (its field's place − 1) × the row's ids + its id's place, so a row
 *   without fields keeps the ids it had, and the product is bounded as the ids were.
 */
export class AuditGroupedFields1767300000000 implements MigrationInterface {
  name = "AuditGroupedFields1767300000000";

  async up(q: QueryRunner): Promise<void> {
    const s = await schemaOf(q);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN field DROP NOT NULL,
      ADD COLUMN fields text[] CONSTRAINT audit_event_fields_check CHECK (
        (fields IS NULL AND field IS NOT NULL)
        OR (fields IS NOT NULL AND field IS NULL AND entity_ids IS NOT NULL
            AND array_ndims(fields) = 1 AND array_lower(fields, 1) = 1 AND cardinality(fields) >= 2
            AND array_position(fields, NULL) IS NULL
            AND cardinality(fields) * cardinality(entity_ids) <= ${MAX_VALUES_PER_AUDIT_ROW}))`);
    await q.query(chainFunction(s, fieldsChainContentSql("NEW")));
    await q.query(`CREATE OR REPLACE VIEW audit_event_value AS
      SELECT CASE WHEN e.entity_ids IS NULL THEN e.id
                  ELSE e.id * 1000000 + (coalesce(f.n, 1) - 1) * cardinality(e.entity_ids) + v.n END AS id,
             e.id AS row_id, e.at, e.user_id, e.agency_id, e.partnership_id, e.entity_type,
             CASE WHEN e.entity_ids IS NULL THEN e.entity_id ELSE v.entity_id END AS entity_id,
             coalesce(f.field, e.field) AS field, e.category, e.agreement_id, e.operation, e.operation_hash,
             e.request_id, e.outcome, e.reason, e.client_name, e.client_version,
             e.entity_id AS row_entity_id, e.entity_ids AS row_entity_ids
        FROM audit_event e
        LEFT JOIN LATERAL unnest(e.fields) WITH ORDINALITY AS f(field, n) ON TRUE
        LEFT JOIN LATERAL unnest(e.entity_ids) WITH ORDINALITY AS v(entity_id, n) ON TRUE`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = await schemaOf(q);
    // Format 2 cannot record a row of several fields: dropping them would break the chain.
    const [{ grouped }] = (await q.query(
      `SELECT EXISTS (SELECT 1 FROM audit_event WHERE fields IS NOT NULL) AS grouped`,
    )) as Array<{ grouped: boolean }>;
    if (grouped) throw new Error("audit_event holds rows of several fields: the log cannot go back to one per field");
    await q.query(`CREATE OR REPLACE VIEW audit_event_value AS ${VALUES_BY_ID}`);
    await q.query(chainFunction(s, groupedChainContentSql("NEW")));
    await q.query(`ALTER TABLE audit_event DROP COLUMN fields, ALTER COLUMN field SET NOT NULL`);
  }
}
