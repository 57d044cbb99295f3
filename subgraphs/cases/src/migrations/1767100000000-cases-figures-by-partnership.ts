import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables whose rows a concern's figures count, with the day that places each row in a period. */
export const COUNTED_TABLES = [
  { table: "potential_victim", day: "screened_on" },
  { table: "disruption_visit", day: "visited_on" },
  { table: "intervention", day: "carried_out_on" },
  { table: "nrm_referral", day: "referred_on" },
  { table: "duty_to_notify", day: "reported_on" },
  { table: "prevention_order", day: "granted_on" },
] as const;

/**
 * A year of one partnership's figures, read by partnership and day. Until now a breakdown of
 * people screened found the period's rows of every partnership on the platform by day, and joined
 * them to all of this partnership's concerns (its whole history) to keep its own: the time grew
 * with the platform and with the years, not with the year asked for. Each counted row now carries
 * its concern's partnership, indexed with its day.
 *
 * The database fills the column from the concern, on every insert and on any change of concern,
 * so no write path can set it wrong or forget it; a concern never changes partnership.
 */
export class CasesFiguresByPartnership1767100000000 implements MigrationInterface {
  name = "CasesFiguresByPartnership1767100000000";

  async up(q: QueryRunner): Promise<void> {
    // With this schema's search path, whichever search path the writing connection has.
    await q.query(`CREATE FUNCTION partnership_of_concern() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $$
      BEGIN
        NEW.partnership_id := (SELECT partnership_id FROM concern WHERE id = NEW.concern_id);
        RETURN NEW;
      END $$`);
    for (const { table, day } of COUNTED_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN partnership_id uuid`);
      await q.query(`UPDATE ${table} x SET partnership_id = c.partnership_id FROM concern c WHERE c.id = x.concern_id`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN partnership_id SET NOT NULL`);
      await q.query(`CREATE TRIGGER ${table}_partnership BEFORE INSERT OR UPDATE OF concern_id, partnership_id
        ON ${table} FOR EACH ROW EXECUTE FUNCTION partnership_of_concern()`);
      await q.query(`DROP INDEX ${table}_${day}_idx`);
      await q.query(`CREATE INDEX ${table}_partnership_${day}_idx ON ${table} (partnership_id, ${day})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, day } of COUNTED_TABLES) {
      await q.query(`DROP INDEX ${table}_partnership_${day}_idx`);
      await q.query(`CREATE INDEX ${table}_${day}_idx ON ${table} (${day})`);
      await q.query(`DROP TRIGGER ${table}_partnership ON ${table}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN partnership_id`);
    }
    await q.query(`DROP FUNCTION partnership_of_concern()`);
  }
}
