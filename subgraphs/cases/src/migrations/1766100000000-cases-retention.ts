import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Retention and data subjects' rights: legal holds on concerns, the record of each retention run and
 * each erasure, the marks that say what was anonymised (so a run never repeats itself), and the
 * age band a date of birth is generalised to. Anonymised premises keep their area and ward only.
 */
export class CasesRetention1766100000000 implements MigrationInterface {
  name = "CasesRetention1766100000000";

  async up(q: QueryRunner): Promise<void> {
    for (const table of ["concern", "potential_victim", "location", "offender"]) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN anonymised_at timestamptz`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN anonymised_categories text[] NOT NULL DEFAULT '{}'`);
    }
    await q.query(`ALTER TABLE potential_victim ADD COLUMN age_band text`);
    await q.query(`ALTER TABLE offender ALTER COLUMN full_name DROP NOT NULL`);
    await q.query(`ALTER TABLE prevention_order ALTER COLUMN subject DROP NOT NULL`);
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_known_check`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_known_check
      CHECK (type = 'NOT_KNOWN' OR (area_id IS NOT NULL AND ward IS NOT NULL
        AND ((address IS NOT NULL AND postcode IS NOT NULL) OR anonymised_at IS NOT NULL)))`);

    // History stays append-only, except that anonymising may blank the values a change recorded
    // (never who, when or which field): the transaction that anonymises says so with a local setting.
    await q.query(`CREATE OR REPLACE FUNCTION concern_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('cases.anonymising', true) = 'on'
           AND NEW.id = OLD.id AND NEW.concern_id = OLD.concern_id AND NEW.version = OLD.version
           AND NEW.changed_at = OLD.changed_at AND NEW.changed_by_user = OLD.changed_by_user
           AND NEW.changed_by_agency = OLD.changed_by_agency AND NEW.reason IS NOT DISTINCT FROM OLD.reason
           AND jsonb_array_length(NEW.changes) = jsonb_array_length(OLD.changes) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'concern_change is append-only';
      END $$`);

    await q.query(`CREATE TABLE legal_hold (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      kind text NOT NULL CONSTRAINT legal_hold_kind_check CHECK (kind IN ('INVESTIGATION', 'PROSECUTION', 'SAFEGUARDING_REVIEW')),
      reason text NOT NULL CONSTRAINT legal_hold_reason_check CHECK (length(trim(reason)) > 0),
      until date NOT NULL,
      placed_by_user text NOT NULL,
      placed_by_agency uuid NOT NULL,
      placed_at timestamptz NOT NULL,
      released_at timestamptz,
      released_by_user text,
      released_by_agency uuid,
      release_reason text,
      CONSTRAINT legal_hold_release_check CHECK ((released_at IS NULL) = (released_by_user IS NULL)
        AND (released_at IS NULL) = (release_reason IS NULL)))`);
    await q.query(`CREATE INDEX legal_hold_concern_idx ON legal_hold (concern_id)`);

    await q.query(`CREATE TABLE retention_run (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ran_at timestamptz NOT NULL,
      today date NOT NULL,
      dry_run boolean NOT NULL,
      concerns_anonymised int NOT NULL,
      actions int NOT NULL,
      held int NOT NULL)`);
    await q.query(`CREATE TABLE retention_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      run_id uuid NOT NULL REFERENCES retention_run (id) ON DELETE RESTRICT,
      partnership_id uuid NOT NULL,
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      category text NOT NULL,
      agreement_id uuid,
      agreement_reference text,
      term text NOT NULL,
      due_on date NOT NULL,
      rows_changed int NOT NULL,
      columns text[] NOT NULL)`);
    await q.query(`CREATE INDEX retention_action_run_idx ON retention_action (run_id)`);
    await q.query(`CREATE INDEX retention_action_concern_idx ON retention_action (concern_id)`);

    await q.query(`CREATE TABLE erasure_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES potential_victim (id) ON DELETE RESTRICT,
      concern_id uuid NOT NULL REFERENCES concern (id) ON DELETE RESTRICT,
      requested_by_user text NOT NULL,
      requested_by_agency uuid NOT NULL,
      requested_at timestamptz NOT NULL,
      reason text NOT NULL,
      erased text[] NOT NULL,
      kept jsonb NOT NULL)`);
    await q.query(`CREATE INDEX erasure_record_person_idx ON erasure_record (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erasure_record`);
    await q.query(`DROP TABLE retention_action`);
    await q.query(`DROP TABLE retention_run`);
    await q.query(`DROP TABLE legal_hold`);
    await q.query(`CREATE OR REPLACE FUNCTION concern_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'concern_change is append-only'; END $$`);
    await q.query(`ALTER TABLE location DROP CONSTRAINT location_known_check`);
    await q.query(`ALTER TABLE location ADD CONSTRAINT location_known_check
      CHECK (type = 'NOT_KNOWN' OR (address IS NOT NULL AND postcode IS NOT NULL AND area_id IS NOT NULL AND ward IS NOT NULL))`);
    await q.query(`ALTER TABLE prevention_order ALTER COLUMN subject SET NOT NULL`);
    await q.query(`ALTER TABLE offender ALTER COLUMN full_name SET NOT NULL`);
    await q.query(`ALTER TABLE potential_victim DROP COLUMN age_band`);
    for (const table of ["concern", "potential_victim", "location", "offender"]) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN anonymised_categories`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN anonymised_at`);
    }
  }
}
