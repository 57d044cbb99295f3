import type { EntityManager, QueryRunner } from "typeorm";
import type { EventType } from "./event-types.js";

/**
 * The transactional outbox: a subgraph writes an event in the same transaction as the change it
 * announces, so an event exists exactly when its change committed. The webhook dispatcher is the
 * outbox's one reader: it copies each event to the subscriptions that want it and marks it
 * dispatched. Events carry ids only (the record, its partnership, the agencies concerned), never a
 * field value.
 */
export interface OutboxEvent {
  /** The event's id: the `webhook-id` every delivery and retry of it carries. */
  id: string;
  /** Commit order within one subgraph's outbox (a bigint, as text). */
  seq: string;
  partnershipId: string;
  type: EventType;
  /** The GraphQL type of the record the event is about (e.g. "Concern", "SharingAgreement"). */
  subjectType: string;
  subjectId: string;
  /** The agencies the event concerns (e.g. the agency a concern was assigned to); may be empty. */
  agencyIds: string[];
  occurredAt: Date;
}

/** What a service writes; the id, order and time of writing are the outbox's. */
export interface NewEvent {
  partnershipId: string;
  type: EventType;
  subjectType: string;
  subjectId: string;
  agencyIds?: readonly string[];
  /** When the change happened, from the request's clock. */
  occurredAt: Date;
  /**
   * For events announced by a scan rather than a write (an agreement expiring, a certificate due):
   * the same key is written once, however often the scan runs.
   */
  onceKey?: string;
}

/** The subgraph schemas with an outbox, in the order the dispatcher reads them. */
export const OUTBOX_SCHEMAS = ["cases", "governance", "training"] as const;
export type OutboxSchema = (typeof OUTBOX_SCHEMAS)[number];

/** Writes events inside the caller's transaction (`manager` must be the transaction's). */
export async function recordEvents(manager: EntityManager, schema: OutboxSchema, events: readonly NewEvent[]) {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event, index) => {
    const at = index * 7;
    values.push(
      event.partnershipId,
      event.type,
      event.subjectType,
      event.subjectId,
      [...(event.agencyIds ?? [])],
      event.occurredAt,
      event.onceKey ?? null,
    );
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}::uuid[], $${at + 6}, $${at + 7})`;
  });
  await manager.query(
    `INSERT INTO ${schema}.outbox_event (partnership_id, type, subject_type, subject_id, agency_ids, occurred_at, once_key)
     VALUES ${rows.join(", ")} ON CONFLICT (once_key) DO NOTHING`,
    values,
  );
}

/** Writes one event inside the caller's transaction. */
export function recordEvent(manager: EntityManager, schema: OutboxSchema, event: NewEvent) {
  return recordEvents(manager, schema, [event]);
}

interface OutboxRow {
  id: string;
  seq: string;
  partnership_id: string;
  type: EventType;
  subject_type: string;
  subject_id: string;
  agency_ids: string[];
  occurred_at: Date;
}

/**
 * Takes up to `limit` undispatched events of one outbox in commit order, locked for this
 * transaction (a second dispatcher skips them), for the dispatcher to fan out and then mark.
 */
export async function claimOutbox(manager: EntityManager, schema: OutboxSchema, limit: number): Promise<OutboxEvent[]> {
  const rows: OutboxRow[] = await manager.query(
    `SELECT id, seq::text AS seq, partnership_id, type, subject_type, subject_id, agency_ids::text[] AS agency_ids, occurred_at
       FROM ${schema}.outbox_event WHERE dispatched_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    partnershipId: row.partnership_id,
    type: row.type,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    agencyIds: row.agency_ids,
    occurredAt: row.occurred_at,
  }));
}

/** Marks claimed events dispatched, in the same transaction that fanned them out. */
export async function markDispatched(manager: EntityManager, schema: OutboxSchema, ids: readonly string[], at: Date) {
  if (ids.length === 0) return;
  await manager.query(`UPDATE ${schema}.outbox_event SET dispatched_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
}

/** The outbox table, for each subgraph's migration (run with that subgraph's schema on the search path). */
export async function createOutboxTable(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE outbox_event (
    seq bigserial PRIMARY KEY,
    id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    partnership_id uuid NOT NULL,
    type text NOT NULL,
    subject_type text NOT NULL,
    subject_id uuid NOT NULL,
    agency_ids uuid[] NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL,
    once_key text UNIQUE,
    dispatched_at timestamptz
  )`);
  await q.query(`CREATE INDEX outbox_event_undispatched_idx ON outbox_event (seq) WHERE dispatched_at IS NULL`);
}

export async function dropOutboxTable(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE outbox_event`);
}
