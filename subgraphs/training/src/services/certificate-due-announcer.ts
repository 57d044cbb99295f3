import { EventType } from "@partnership/runtime";
import type { EntityManager } from "typeorm";

/** How far ahead a first responder's refresh is announced: time to book them on a course. */
export const CERTIFICATE_DUE_NOTICE_DAYS = 60;

/**
 * Announces, in training's outbox, every first responder whose qualification falls due for refresh
 * within the notice period (today included): CERTIFICATE_DUE, once per qualification and due date
 * however often it runs. "Due for refresh" is what `Person.firstResponderRefreshDueOn` answers: the
 * last valid day of the person's latest Level 3 first responder certificate in the partnership,
 * never when one of them does not expire; so a person who has already refreshed is not announced
 * for their older certificate. The subject is that latest certificate (a `Completion`, on the
 * refresh list), the agency the person's own (their delegate row's).
 *
 * The dispatcher calls it each cycle with the clock's today, inside its transaction. One statement
 * whatever the number of certificates; each event is the record's partnership's and carries ids
 * only. Answers how many events it wrote.
 */
export async function announceDueCertificates(manager: EntityManager, today: string): Promise<number> {
  const written: unknown[] = await manager.query(
    `INSERT INTO training.outbox_event (partnership_id, type, subject_type, subject_id, agency_ids, occurred_at, once_key)
     SELECT latest.partnership_id, $1, 'Completion', latest.id, ARRAY[d.agency_id],
            $2::date::timestamp AT TIME ZONE 'UTC',
            'certificate-due:' || latest.id || ':' || to_char(latest.expires_on, 'YYYY-MM-DD')
       FROM (SELECT DISTINCT ON (c.delegate_id) c.id, c.delegate_id, c.partnership_id, c.expires_on
               FROM training.completion c JOIN training.course co ON co.id = c.course_id
              WHERE co.level = 'LEVEL_3_FIRST_RESPONDER' AND c.status = 'COMPLETED' AND c.completed_on IS NOT NULL
              ORDER BY c.delegate_id, c.expires_on DESC NULLS FIRST, c.id) latest
       JOIN training.delegate d ON d.id = latest.delegate_id
      WHERE latest.expires_on >= $2::date AND latest.expires_on <= $2::date + $3::int
      ORDER BY latest.expires_on, latest.id
     ON CONFLICT (once_key) DO NOTHING
     RETURNING id`,
    [EventType.CERTIFICATE_DUE, today, CERTIFICATE_DUE_NOTICE_DAYS],
  );
  return written.length;
}
