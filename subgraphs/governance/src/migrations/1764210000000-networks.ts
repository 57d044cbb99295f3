import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Networks of partnerships (a regional anti-slavery network): their members see the network's
 * aggregate figures, never a record. Membership is read into the caller profile, so its changes
 * are announced to the gateways like the partnership's own.
 */
export class Networks1764210000000 implements MigrationInterface {
  name = "Networks1764210000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE network (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CONSTRAINT network_name_key UNIQUE,
      short_name text NOT NULL CONSTRAINT network_short_name_key UNIQUE
        CONSTRAINT network_short_name_check CHECK (short_name ~ '^[A-Z][A-Z0-9-]{1,19}$'))`);
    await q.query(`CREATE TABLE network_member (
      network_id uuid NOT NULL REFERENCES network (id) ON DELETE CASCADE,
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      PRIMARY KEY (network_id, partnership_id))`);
    await q.query(`CREATE INDEX network_member_partnership_idx ON network_member (partnership_id)`);
    await q.query(`CREATE TRIGGER network_member_grants_changed
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_member
      FOR EACH STATEMENT EXECUTE FUNCTION notify_grants_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE network_member`);
    await q.query(`DROP TABLE network`);
  }
}
