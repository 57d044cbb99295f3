import type { DataSource } from "typeorm";
import type { DataCategory } from "../data-category.js";
import type { AuditOutcome } from "./audit-log.js";
import type { RecordRead } from "./subject-access-types.js";

/** A record as the audit log names it. */
export interface AuditedRecord {
  entityType: string;
  entityId: string;
}

interface ReadRow {
  entity_type: string;
  entity_id: string;
  user_id: string;
  agency_id: string;
  at: Date;
  field: string;
  category: DataCategory | null;
  agreement_id: string | null;
  outcome: AuditOutcome;
}

const recordKey = (entityType: string, entityId: string) => `${entityType}\u0000${entityId}`;

/**
 * Every read (and refusal) of these records in this subgraph's audit log within the partnership,
 * oldest first, by record: one statement however many records. Every agency's users' reads: what
 * a data subject is told is who received their data, and the records asked about are already
 * within the officer's scope.
 */
export async function readersOf(
  dataSource: DataSource,
  partnershipId: string,
  records: ReadonlyArray<AuditedRecord>,
): Promise<Map<string, RecordRead[]>> {
  const byRecord = new Map<string, RecordRead[]>();
  const unique = new Map(records.map((r) => [recordKey(r.entityType, r.entityId), r]));
  if (unique.size === 0) return byRecord;
  const rows: ReadRow[] = await dataSource.query(
    // One row per value (audit_event_value); the condition on the rows' own ids is the one their
    // indexes answer (the unnested entity_id has none).
    `SELECT e.entity_type, e.entity_id, e.user_id, e.agency_id, e.at, e.field, e.category, e.agreement_id, e.outcome
       FROM audit_event_value e
       JOIN unnest($2::text[], $3::text[]) AS r(entity_type, entity_id)
         ON e.entity_id = r.entity_id AND e.entity_type = r.entity_type
      WHERE e.partnership_id = $1 AND (e.row_entity_id = ANY ($3::text[]) OR e.row_entity_ids && $3::text[])
      ORDER BY e.id`,
    [partnershipId, [...unique.values()].map((r) => r.entityType), [...unique.values()].map((r) => r.entityId)],
  );
  for (const row of rows) {
    const key = recordKey(row.entity_type, row.entity_id);
    const reads = byRecord.get(key) ?? [];
    reads.push({
      userId: row.user_id,
      agencyId: row.agency_id,
      at: row.at,
      field: row.field,
      category: row.category,
      agreementId: row.agreement_id,
      outcome: row.outcome,
    });
    byRecord.set(key, reads);
  }
  return byRecord;
}

/** The reads of one record from what readersOf found. */
export function readsOf(found: Map<string, RecordRead[]>, record: AuditedRecord): RecordRead[] {
  return found.get(recordKey(record.entityType, record.entityId)) ?? [];
}
