import type { MigrationInterface, QueryRunner } from "typeorm";
import { AreaKind, LocationType, SANDWELL_AREA_NAMES, Town } from "../entities/enums.js";

const values = (e: Record<string, string>) =>
  Object.values(e)
    .map((v) => `'${v}'`)
    .join(",");

/**
 * Areas are data: each partnership defines its own, and premises refer to one instead of naming
 * one of Sandwell's towns. Release 1's towns become Sandwell's areas (only those its premises
 * used; the demo seed adds the rest). A premises may be "not known": no address, postcode, area or ward.
 */
export class CasesAreas1764300000001 implements MigrationInterface {
  name = "CasesAreas1764300000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE area (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL,
      name text NOT NULL CONSTRAINT area_name_check CHECK (length(btrim(name)) BETWEEN 2 AND 100),
      kind text NOT NULL CONSTRAINT area_kind_check CHECK (kind IN (${values(AreaKind)})),
      ons_code text CONSTRAINT area_ons_code_check CHECK (ons_code ~ '^[EWSN][0-9]{8}$'),
      parent_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT area_partnership_key UNIQUE (partnership_id, id),
      CONSTRAINT area_parent_fkey FOREIGN KEY (partnership_id, parent_id) REFERENCES area (partnership_id, id),
      CONSTRAINT area_parent_check CHECK (parent_id IS NULL OR kind = 'WARD'))`);
    // Unique per partnership whatever the case, so "Smethwick" and "smethwick" are one area.
    await q.query(`CREATE UNIQUE INDEX area_name_key ON area (partnership_id, lower(name))`);
    // One bucket for everywhere outside, so "outside" counts once in the figures.
    await q.query(`CREATE UNIQUE INDEX area_outside_key ON area (partnership_id) WHERE kind = '${AreaKind.OUTSIDE}'`);

    const towns = Object.values(Town);
    await q.query(
      `INSERT INTO area (partnership_id, name, kind)
       SELECT DISTINCT l.partnership_id, (ARRAY[${towns.map((_, i) => `$${i + 1}`).join(",")}])[array_position(ARRAY[${values(Town)}], l.town)],
              CASE WHEN l.town = '${Town.OUTSIDE_SANDWELL}' THEN '${AreaKind.OUTSIDE}' ELSE '${AreaKind.TOWN}' END
       FROM location l`,
      towns.map((town) => SANDWELL_AREA_NAMES[town]),
    );
    await q.query(`ALTER TABLE location ADD COLUMN area_id uuid`);
    await q.query(
      `UPDATE location l SET area_id = a.id FROM area a
        WHERE a.partnership_id = l.partnership_id
          AND a.name = (ARRAY[${towns.map((_, i) => `$${i + 1}`).join(",")}])[array_position(ARRAY[${values(Town)}], l.town)]`,
      towns.map((town) => SANDWELL_AREA_NAMES[town]),
    );
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_area_fkey
      FOREIGN KEY (partnership_id, area_id) REFERENCES area (partnership_id, id) ON DELETE RESTRICT`);
    await q.query(`CREATE INDEX location_area_idx ON location (area_id)`);
    await q.query(`ALTER TABLE location DROP COLUMN town`);

    for (const column of ["ward", "address", "postcode"])
      await q.query(`ALTER TABLE location ALTER COLUMN ${column} DROP NOT NULL`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_known_check
      CHECK (type = '${LocationType.NOT_KNOWN}' OR (address IS NOT NULL AND postcode IS NOT NULL AND area_id IS NOT NULL AND ward IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_known_check`);
    await q.query(`ALTER TABLE location ADD COLUMN town text`);
    const towns = Object.values(Town);
    await q.query(
      `UPDATE location l SET town = (ARRAY[${values(Town)}])[array_position(ARRAY[${towns.map((_, i) => `$${i + 1}`).join(",")}], a.name)]
         FROM area a WHERE a.id = l.area_id`,
      towns.map((town) => SANDWELL_AREA_NAMES[town]),
    );
    await q.query(`UPDATE location SET town = '${Town.OUTSIDE_SANDWELL}' WHERE town IS NULL`);
    await q.query(`UPDATE location SET ward = coalesce(ward, 'Not known'), address = coalesce(address, 'Not known'),
      postcode = coalesce(postcode, 'Not known')`);
    for (const column of ["town", "ward", "address", "postcode"])
      await q.query(`ALTER TABLE location ALTER COLUMN ${column} SET NOT NULL`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_town_check CHECK (town IN (${values(Town)}))`);
    await q.query(`ALTER TABLE location DROP COLUMN area_id`);
    await q.query(`DROP TABLE area`);
  }
}
