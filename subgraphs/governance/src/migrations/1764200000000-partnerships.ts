import { demoPartnershipId } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Release 1 held one partnership, the demo's; it takes the id every other subgraph backfills with. */
const RELEASE_ONE_PARTNERSHIP = demoPartnershipId("SANDWELL");

/** The tables that name a partnership, whose rows move with release 1's partnership to its fixed id. */
const REFERRING = ["membership", "action_plan", "meeting", "maturity_assessment"];

/**
 * The partnership becomes the boundary: it has a short name and a reference prefix; an agency's
 * membership has an end; roles are held in a partnership by an agency's users (all of them, or one
 * named by their sign-in identity); every sharing agreement belongs to one partnership. The caller
 * profile is read from these tables too, so changes to them are announced to the gateways.
 */
export class Partnerships1764200000000 implements MigrationInterface {
  name = "Partnerships1764200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partnership ADD COLUMN short_name text, ADD COLUMN reference_prefix text`);
    const existing: Array<{ id: string }> = await q.query(`SELECT id FROM partnership`);
    if (existing.length > 1) throw new Error("release 1 held one partnership; this database holds several");
    if (existing.length === 1) {
      const [{ id }] = existing as [{ id: string }];
      for (const table of REFERRING) {
        await q.query(`ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${table}_partnership_id_fkey`);
        await q.query(`UPDATE ${table} SET partnership_id = $1 WHERE partnership_id = $2`, [
          RELEASE_ONE_PARTNERSHIP,
          id,
        ]);
      }
      await q.query(
        `UPDATE partnership SET id = $1, short_name = 'SANDWELL', reference_prefix = 'SHOP' WHERE id = $2`,
        [RELEASE_ONE_PARTNERSHIP, id],
      );
      for (const table of REFERRING) {
        await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_partnership_id_fkey
          FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE`);
      }
    }
    await q.query(`ALTER TABLE partnership
      ALTER COLUMN short_name SET NOT NULL,
      ALTER COLUMN reference_prefix SET NOT NULL,
      ADD CONSTRAINT partnership_short_name_key UNIQUE (short_name),
      ADD CONSTRAINT partnership_reference_prefix_key UNIQUE (reference_prefix),
      ADD CONSTRAINT partnership_short_name_check CHECK (short_name ~ '^[A-Z][A-Z0-9-]{1,19}$'),
      ADD CONSTRAINT partnership_reference_prefix_check CHECK (reference_prefix ~ '^[A-Z]{2,8}$')`);

    await q.query(`ALTER TABLE membership ADD COLUMN until date,
      ADD CONSTRAINT membership_until_check CHECK (until IS NULL OR until >= since)`);
    await q.query(`CREATE INDEX membership_agency_idx ON membership (agency_id)`);

    await q.query(`CREATE TABLE partnership_role (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid REFERENCES partnership (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      user_id text,
      role text NOT NULL,
      granted_on date NOT NULL,
      CONSTRAINT partnership_role_platform_check CHECK ((partnership_id IS NULL) = (role = 'PLATFORM_ADMIN')),
      CONSTRAINT partnership_role_platform_user_check CHECK (role <> 'PLATFORM_ADMIN' OR user_id IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX partnership_role_key
      ON partnership_role (coalesce(partnership_id, '00000000-0000-0000-0000-000000000000'), agency_id, coalesce(user_id, ''), role)`);
    await q.query(`CREATE INDEX partnership_role_caller_idx ON partnership_role (agency_id, user_id)`);
    // Release 1's users held their roles in its one partnership: every user of every member agency keeps them.
    await q.query(
      `INSERT INTO partnership_role (partnership_id, agency_id, user_id, role, granted_on)
       SELECT m.partnership_id, m.agency_id, NULL, r.role, m.since
         FROM membership m
        CROSS JOIN unnest(ARRAY['COORDINATOR','CASEWORKER','TRAINING_ADMIN','PROCUREMENT_OFFICER','PARTNERSHIP_ADMIN','AUDITOR','READ_ONLY']) AS r(role)`,
    );

    await q.query(
      `ALTER TABLE sharing_agreement ADD COLUMN partnership_id uuid REFERENCES partnership (id) ON DELETE RESTRICT`,
    );
    await q.query(`UPDATE sharing_agreement SET partnership_id = $1`, [RELEASE_ONE_PARTNERSHIP]);
    await q.query(`ALTER TABLE sharing_agreement ALTER COLUMN partnership_id SET NOT NULL`);
    await q.query(`CREATE INDEX sharing_agreement_partnership_idx ON sharing_agreement (partnership_id, reference)`);

    for (const table of ["partnership", "membership", "partnership_role"]) {
      await q.query(`CREATE TRIGGER ${table}_grants_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_grants_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["partnership", "membership", "partnership_role"])
      await q.query(`DROP TRIGGER ${table}_grants_changed ON ${table}`);
    await q.query(`ALTER TABLE sharing_agreement DROP COLUMN partnership_id`);
    await q.query(`DROP TABLE partnership_role`);
    await q.query(`DROP INDEX membership_agency_idx`);
    await q.query(`ALTER TABLE membership DROP COLUMN until`);
    await q.query(`ALTER TABLE partnership DROP COLUMN short_name, DROP COLUMN reference_prefix`);
  }
}
