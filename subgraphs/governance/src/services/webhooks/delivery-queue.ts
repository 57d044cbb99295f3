import type { EventType } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { retryDelayMs } from "./backoff.js";
import type { DeliveredEvent } from "./payload.js";
import type { AttemptOutcome } from "./sender.js";

/** A delivery taken for one attempt, with where it goes and the secret it is signed with. */
export interface ClaimedDelivery extends DeliveredEvent {
  id: string;
  /** Attempts made, this one included. */
  attempts: number;
  url: string;
  secret: string;
}

interface ClaimedRow {
  id: string;
  attempts: number;
  event_id: string;
  event_type: EventType;
  partnership_id: string;
  subject_type: string;
  subject_id: string;
  agency_ids: string[];
  occurred_at: Date;
  url: string;
  secret: string;
}

/**
 * Takes up to `limit` due deliveries for one attempt each. A delivery is due when it is pending,
 * its next attempt time has come, its webhook is active, and no earlier delivery of the same
 * webhook about the same record is still pending (events about one record arrive in order). The
 * rows are locked with SKIP LOCKED while taken, and taken by moving their next attempt past this
 * attempt's time limit (a lease): a second dispatcher skips them, and should this one die mid-
 * attempt, they fall due again once the lease has passed (at-least-once). The attempt is counted here.
 */
export async function claimDue(
  dataSource: DataSource,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const result: unknown = await dataSource.query(
    `WITH due AS (
       SELECT d.id FROM governance.webhook_delivery d
         JOIN governance.webhook_subscription s ON s.id = d.subscription_id AND s.active
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
          AND NOT EXISTS (SELECT 1 FROM governance.webhook_delivery e
                           WHERE e.subscription_id = d.subscription_id AND e.subject_id = d.subject_id
                             AND e.status = 'PENDING' AND e.seq < d.seq)
        ORDER BY d.seq
        LIMIT $2
        FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE governance.webhook_delivery d
        SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $3
       FROM due, governance.webhook_subscription s
      WHERE d.id = due.id AND s.id = d.subscription_id
     RETURNING d.id, d.attempts, d.event_id, d.event_type, d.partnership_id, d.subject_type, d.subject_id,
               d.agency_ids::text[] AS agency_ids, d.occurred_at, s.url, s.secret`,
    [now, limit, new Date(now.getTime() + leaseMs)],
  );
  // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as ClaimedRow[];
  return rows.map((row) => ({
    id: row.id,
    attempts: row.attempts,
    eventId: row.event_id,
    eventType: row.event_type,
    partnershipId: row.partnership_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    agencyIds: row.agency_ids,
    occurredAt: row.occurred_at,
    url: row.url,
    secret: row.secret,
  }));
}

/**
 * Records how an attempt went: DELIVERED on success; otherwise the next attempt after the
 * schedule's wait for this many attempts, or FAILED once the schedule is spent. Only the attempt
 * still holding the delivery records (`attempts` unchanged since it was taken), so an attempt that
 * outlived its lease cannot overwrite a later one's outcome.
 */
export async function recordOutcome(
  dataSource: DataSource,
  delivery: ClaimedDelivery,
  outcome: AttemptOutcome,
  now: Date,
  schedule: readonly number[],
  jitter: number,
): Promise<void> {
  if (outcome.ok) {
    await dataSource.query(
      `UPDATE governance.webhook_delivery
          SET status = 'DELIVERED', delivered_at = $3, next_attempt_at = NULL, last_status = $4, last_error = NULL
        WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [delivery.id, delivery.attempts, now, outcome.status],
    );
    return;
  }
  const delay = retryDelayMs(delivery.attempts, schedule, jitter);
  await dataSource.query(
    `UPDATE governance.webhook_delivery
        SET status = $3, next_attempt_at = $4, last_status = $5, last_error = $6
      WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
    [
      delivery.id,
      delivery.attempts,
      delay === null ? "FAILED" : "PENDING",
      delay === null ? null : new Date(now.getTime() + delay),
      outcome.status,
      outcome.error,
    ],
  );
}
