import type { MigrationInterface, QueryRunner } from "typeorm";
import { chainColumnsSql, fieldsChainContentSql, GENESIS_HASH_SQL } from "./audit-chain.js";
import { chainFunction, schemaOf } from "./audit-grouped-migration.js";

/**
 * Appends `mark`, the array's count, `:` and each element as a chained column is written: format
 * 2's ids, format 3's fields.
 */
function folded(column: "entity_ids" | "fields", mark: string): string {
  return `IF NEW.${column} IS NOT NULL THEN
          content := content || '${mark}' || cardinality(NEW.${column}) || ':';
          FOREACH item IN ARRAY NEW.${column} LOOP
            content := content || coalesce(octet_length(item) || ':' || item, '-');
          END LOOP;
        END IF;`;
}

/**
 * The chain trigger's function, hashing the same bytes for every format (audit-chain.ts), with
 * the ids and the fields folded in PL/pgSQL loops instead of a sub-select each (`string_agg` over
 * `unnest … WITH ORDINALITY`, sorted). A sub-select made the trigger's whole expression one the
 * executor plans and starts for every row; without them PL/pgSQL evaluates each assignment as a
 * simple expression. On the police's concern list (three rows a request, 50 ids in two of them)
 * the INSERT took about 0.6 ms before and 0.45 ms after (docs/benchmarks.md). FOREACH visits
 * an array's elements in the order unnest numbers them, so the content is the same.
 */
export class AuditChainLoops1767400000000 implements MigrationInterface {
  name = "AuditChainLoops1767400000000";

  async up(q: QueryRunner): Promise<void> {
    const s = await schemaOf(q);
    await q.query(`CREATE OR REPLACE FUNCTION ${s}.audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        content text;
        item text;
      BEGIN
        -- Rows inserted earlier by the same statement are visible here: a batch chains row by row.
        NEW.prev_hash := coalesce((SELECT e.hash FROM ${s}.audit_event e ORDER BY e.id DESC LIMIT 1), ${GENESIS_HASH_SQL});
        content := ${chainColumnsSql("NEW")};
        ${folded("entity_ids", "*")}
        ${folded("fields", "#")}
        NEW.hash := sha256(NEW.prev_hash || convert_to(content, 'UTF8'));
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(chainFunction(await schemaOf(q), fieldsChainContentSql("NEW")));
  }
}
