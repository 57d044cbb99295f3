import { claimOutbox, markDispatched, type OutboxSchema } from "@partnership/runtime";
import type { DataSource } from "typeorm";

/**
 * Copies up to `limit` undispatched events of one subgraph's outbox to the webhooks that want
 * them, and marks the events dispatched, in one transaction: an event is either fanned out and
 * marked, or neither (a crash in between leaves it for the next cycle, whose copies the unique
 * (subscription, event) key turns into no-ops). A webhook wants an event when it is active, of the
 * event's partnership, subscribed to its type, its agency is a member of the partnership today,
 * and — when the event names agencies — it is for one of them; an event naming no agency (an
 * agreement's) goes to every webhook of the partnership that takes its type. Deliveries are
 * inserted in the outbox's commit order, which `seq` keeps for sending them in order per record.
 * Returns how many events were taken.
 */
export async function fanOut(
  dataSource: DataSource,
  schema: OutboxSchema,
  limit: number,
  now: Date,
  today: string,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const events = await claimOutbox(manager, schema, limit);
    if (events.length === 0) return 0;
    const ids = events.map((event) => event.id);
    await manager.query(
      `INSERT INTO governance.webhook_delivery (subscription_id, event_id, event_type, subject_type, subject_id,
              partnership_id, agency_ids, occurred_at, attempts, status, next_attempt_at, created_at)
       SELECT s.id, e.id, e.type, e.subject_type, e.subject_id, e.partnership_id, e.agency_ids, e.occurred_at,
              0, 'PENDING', $2, $2
         FROM ${schema}.outbox_event e
         JOIN governance.webhook_subscription s
           ON s.partnership_id = e.partnership_id AND s.active AND e.type = ANY (s.event_types)
          AND (cardinality(e.agency_ids) = 0 OR s.agency_id = ANY (e.agency_ids))
        WHERE e.id = ANY ($1::uuid[])
          AND EXISTS (SELECT 1 FROM governance.membership m
                       WHERE m.partnership_id = s.partnership_id AND m.agency_id = s.agency_id
                         AND m.since <= $3 AND (m.until IS NULL OR m.until >= $3))
        ORDER BY e.seq, s.id
       ON CONFLICT (subscription_id, event_id) DO NOTHING`,
      [ids, now, today],
    );
    await markDispatched(manager, schema, ids, now);
    return events.length;
  });
}
