import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The PostgreSQL channel on which governance announces that some agency's grants may have changed.
 * Every gateway replica LISTENs on it and drops its cached grants (gateway/src/auth/grants-listener.ts).
 */
export const GRANTS_CHANGED_CHANNEL = "partnership_grants_changed";

/** The tables a caller profile is read from: an agency's sector and every part of an agreement. */
const TABLES = ["agency", "sharing_agreement", "agreement_party", "agreement_grant"];

/**
 * Announces every change to the tables grants are worked out from, with a NOTIFY sent by a
 * statement trigger: PostgreSQL delivers it when, and only if, the change's transaction commits, so
 * a gateway never drops its cache before the change is readable, nor for a change rolled back.
 */
export class GrantsChangedNotification1764000000000 implements MigrationInterface {
  name = "GrantsChangedNotification1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION notify_grants_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${GRANTS_CHANGED_CHANNEL}', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER ${table}_grants_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_grants_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_grants_changed ON ${table}`);
    await q.query(`DROP FUNCTION notify_grants_changed()`);
  }
}
