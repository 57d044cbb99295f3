import { EventType } from "@partnership/runtime";
import type { EntityManager } from "typeorm";

/** How far ahead an agreement's end is announced: time for its parties to renew it before it lapses. */
export const AGREEMENT_EXPIRING_NOTICE_DAYS = 60;

/**
 * Announces, in governance's outbox, every active agreement that ends within the notice period
 * (today included): AGREEMENT_EXPIRING, once per agreement and end date however often it runs
 * (the once key holds the end date, so an agreement extended and coming up again is announced
 * again). The dispatcher calls it each cycle with the clock's today, inside its transaction.
 * One statement whatever the number of agreements; each event is the agreement's partnership's and
 * names the agreement and its parties, never a value. Answers how many events it wrote.
 */
export async function announceExpiringAgreements(manager: EntityManager, today: string): Promise<number> {
  const written: unknown[] = await manager.query(
    `INSERT INTO governance.outbox_event (partnership_id, type, subject_type, subject_id, agency_ids, occurred_at, once_key)
     SELECT a.partnership_id, $1, 'SharingAgreement', a.id,
            ARRAY(SELECT p.agency_id FROM governance.agreement_party p WHERE p.agreement_id = a.id ORDER BY p.agency_id),
            $2::date::timestamp AT TIME ZONE 'UTC',
            'agreement-expiring:' || a.id || ':' || to_char(a.end_date, 'YYYY-MM-DD')
       FROM governance.sharing_agreement a
      WHERE a.state = 'ACTIVE' AND a.end_date >= $2::date AND a.end_date <= $2::date + $3::int
      ORDER BY a.end_date, a.id
     ON CONFLICT (once_key) DO NOTHING
     RETURNING id`,
    [EventType.AGREEMENT_EXPIRING, today, AGREEMENT_EXPIRING_NOTICE_DAYS],
  );
  return written.length;
}
