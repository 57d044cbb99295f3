import type { MigrationInterface, QueryRunner } from "typeorm";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(",");

// The vocabularies as this migration leaves them, written out: a later value comes with a migration of its own.
const SOURCES = [
  "POLICE",
  "COUNCIL_SERVICE",
  "NGO",
  "PUBLIC",
  "BUSINESS",
  "HEALTH",
  "HELPLINE",
  "ANONYMOUS",
  "HOME_OFFICE",
  "SELF_REFERRAL",
];
const NEW_SOURCES = ["HOME_OFFICE", "SELF_REFERRAL"];
const LOCATION_TYPES = [
  "FACTORY",
  "PRIVATE_DWELLING",
  "WASTE_RECYCLING",
  "RESTAURANT",
  "CAR_WASH",
  "TAKEAWAY",
  "PUBLIC_PLACE",
  "SHOP",
  "LETTING_AGENT",
  "HOSPITAL",
  "NIGHT_CLUB",
  "HOTEL",
  "HMO",
  "SUPPORTED_HOUSING",
  "GP_SURGERY",
  "SOCIAL_CLUB",
  "PLACE_OF_WORSHIP",
  "NAIL_BAR",
  "FARM",
  "CANNABIS_FARM",
  "WAREHOUSE",
  "CUCKOOED_OR_TRAP_HOUSE",
  "FOOD_PRODUCTION",
  "HOSPITALITY",
  "OTHER",
  "NOT_KNOWN",
];
const NEW_LOCATION_TYPES = ["CUCKOOED_OR_TRAP_HOUSE", "FOOD_PRODUCTION", "HOSPITALITY"];
const EXPLOITATION_TYPES = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];
const AGE_GROUPS = ["ADULT", "MINOR", "UNKNOWN"];

/**
 * What real partnerships' figures need of the casework: a person's several kinds of exploitation,
 * a referral's own age group (adult, minor, age unknown: three groups, never folded), the
 * directory person who made a referral, and the concern sources and premises partnerships use.
 */
export class CasesCaseworkRules1765100000000 implements MigrationInterface {
  name = "CasesCaseworkRules1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE potential_victim ADD COLUMN exploitation_types text[]`);
    await q.query(`UPDATE potential_victim SET exploitation_types = ARRAY[exploitation_type]`);
    await q.query(`ALTER TABLE potential_victim ALTER COLUMN exploitation_types SET NOT NULL`);
    // The main kind first, and only kinds of the vocabulary (each once: the service folds repeats).
    await q.query(`ALTER TABLE potential_victim ADD CONSTRAINT potential_victim_exploitation_types_check
      CHECK (cardinality(exploitation_types) BETWEEN 1 AND ${EXPLOITATION_TYPES.length}
        AND exploitation_types[1] = exploitation_type
        AND exploitation_types <@ ARRAY[${list(EXPLOITATION_TYPES)}]::text[])`);

    await q.query(`ALTER TABLE nrm_referral ADD COLUMN age_group text`);
    // From the person referred, agreeing with `minor` (true for a minor or an unknown age) where they differ.
    await q.query(`UPDATE nrm_referral r SET age_group = CASE
        WHEN NOT r.minor THEN 'ADULT' WHEN v.age_group = 'MINOR' THEN 'MINOR' ELSE 'UNKNOWN' END
      FROM potential_victim v WHERE v.id = r.victim_id`);
    await q.query(`UPDATE nrm_referral SET age_group = CASE WHEN minor THEN 'UNKNOWN' ELSE 'ADULT' END
      WHERE age_group IS NULL`);
    await q.query(`ALTER TABLE nrm_referral ALTER COLUMN age_group SET NOT NULL`);
    await q.query(`ALTER TABLE nrm_referral ADD CONSTRAINT nrm_referral_age_group_check
      CHECK (age_group IN (${list(AGE_GROUPS)}) AND minor = (age_group <> 'ADULT'))`);
    await q.query(`ALTER TABLE nrm_referral ADD COLUMN referrer_person_id uuid`);
    await q.query(`CREATE INDEX nrm_referral_referrer_person_idx ON nrm_referral (referrer_person_id)`);

    await q.query(`ALTER TABLE concern DROP CONSTRAINT concern_source_check`);
    await q.query(`ALTER TABLE concern ADD CONSTRAINT concern_source_check CHECK (source IN (${list(SOURCES)}))`);
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_type_check`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_type_check CHECK (type IN (${list(LOCATION_TYPES)}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Rows using the new values have no older value that means the same: refuse rather than relabel them.
    const [{ used }]: Array<{ used: boolean }> = await q.query(
      `SELECT EXISTS (SELECT 1 FROM concern WHERE source IN (${list(NEW_SOURCES)}))
           OR EXISTS (SELECT 1 FROM location WHERE type IN (${list(NEW_LOCATION_TYPES)})) AS used`,
    );
    if (used)
      throw new Error(
        `cannot revert ${this.name}: concerns or premises use ${[...NEW_SOURCES, ...NEW_LOCATION_TYPES].join(", ")}`,
      );
    const oldSources = SOURCES.filter((source) => !NEW_SOURCES.includes(source));
    const oldTypes = LOCATION_TYPES.filter((type) => !NEW_LOCATION_TYPES.includes(type));
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_type_check`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_type_check CHECK (type IN (${list(oldTypes)}))`);
    await q.query(`ALTER TABLE concern DROP CONSTRAINT concern_source_check`);
    await q.query(`ALTER TABLE concern ADD CONSTRAINT concern_source_check CHECK (source IN (${list(oldSources)}))`);
    await q.query(`DROP INDEX nrm_referral_referrer_person_idx`);
    await q.query(`ALTER TABLE nrm_referral DROP COLUMN referrer_person_id`);
    await q.query(`ALTER TABLE nrm_referral DROP COLUMN age_group`);
    await q.query(`ALTER TABLE potential_victim DROP COLUMN exploitation_types`);
  }
}
