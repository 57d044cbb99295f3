import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Partner systems' webhooks: a subscription (one agency's endpoint, in one partnership, for some
 * event types) and one delivery per event it is sent, with its attempts and outcome. A delivery
 * copies only the event's ids and type (what the payload carries), never a record's field, and is
 * unique per subscription and event so a second fan-out of the same event adds nothing. `seq`
 * orders deliveries as their events were committed: the dispatcher sends a subscription's events
 * about one record in that order, and the partnership admin reads them newest first.
 */
export class Webhooks1766400000001 implements MigrationInterface {
  name = "Webhooks1766400000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhook_subscription (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE RESTRICT,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      url text NOT NULL CHECK (length(url) <= 2000 AND url ~ '^https?://'),
      event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
      secret text NOT NULL CHECK (secret LIKE 'whsec\\_%'),
      active boolean NOT NULL DEFAULT true,
      created_by_user_id text NOT NULL,
      created_by_agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL,
      disabled_at timestamptz,
      secret_rotated_at timestamptz,
      CONSTRAINT webhook_subscription_disabled CHECK (active = (disabled_at IS NULL))
    )`);
    await q.query(
      `CREATE INDEX webhook_subscription_partnership_idx ON webhook_subscription (partnership_id, created_at)`,
    );

    await q.query(`CREATE TABLE webhook_delivery (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL UNIQUE,
      subscription_id uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      subject_type text NOT NULL,
      subject_id uuid NOT NULL,
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE RESTRICT,
      agency_ids uuid[] NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
      next_attempt_at timestamptz,
      last_attempt_at timestamptz,
      last_status int,
      last_error text CHECK (length(last_error) <= 500),
      delivered_at timestamptz,
      created_at timestamptz NOT NULL,
      CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id),
      CONSTRAINT webhook_delivery_due CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
      CONSTRAINT webhook_delivery_delivered CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
    )`);
    // What the dispatcher looks for each cycle: the pending ones that are due.
    await q.query(
      `CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    );
    // An earlier undelivered event for the same subscription and record holds a later one back.
    await q.query(
      `CREATE INDEX webhook_delivery_chain_idx ON webhook_delivery (subscription_id, subject_id, seq) WHERE status = 'PENDING'`,
    );
    // The admin's list of one subscription's deliveries, newest first.
    await q.query(`CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_subscription`);
  }
}
