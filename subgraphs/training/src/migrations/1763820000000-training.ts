import type { MigrationInterface, QueryRunner } from "typeorm";

/** Courses, sessions, delegates and their completions. */
export class Training1763820000000 implements MigrationInterface {
  name = "Training1763820000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE course (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CONSTRAINT course_title_key UNIQUE,
      level text NOT NULL CONSTRAINT course_level_check
        CHECK (level IN ('LEVEL_1_AWARENESS','LEVEL_2_SUPPLY_CHAIN','LEVEL_3_FIRST_RESPONDER','BESPOKE')),
      format text NOT NULL CONSTRAINT course_format_check CHECK (format IN ('CLASSROOM','E_LEARNING','WEBINAR','BRIEFING')),
      provider_agency_id uuid NOT NULL,
      duration_minutes integer NOT NULL CONSTRAINT course_duration_check CHECK (duration_minutes > 0),
      validity_months integer CONSTRAINT course_validity_check CHECK (validity_months > 0),
      audience text NOT NULL)`);

    await q.query(`CREATE TABLE training_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES course (id) ON DELETE RESTRICT,
      starts_at timestamptz NOT NULL,
      venue text,
      online boolean NOT NULL,
      trainer text NOT NULL,
      capacity integer NOT NULL CONSTRAINT training_session_capacity_check CHECK (capacity > 0),
      status text NOT NULL CONSTRAINT training_session_status_check CHECK (status IN ('SCHEDULED','DELIVERED','CANCELLED')))`);
    await q.query(`CREATE INDEX training_session_course_idx ON training_session (course_id)`);
    await q.query(`CREATE INDEX training_session_starts_idx ON training_session (starts_at, id)`);

    await q.query(`CREATE TABLE delegate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      email text NOT NULL CONSTRAINT delegate_email_key UNIQUE CONSTRAINT delegate_email_lower_check CHECK (email = lower(email)),
      agency_id uuid NOT NULL,
      job_title text)`);
    await q.query(`CREATE INDEX delegate_agency_idx ON delegate (agency_id)`);

    await q.query(`CREATE TABLE completion (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES course (id) ON DELETE RESTRICT,
      session_id uuid REFERENCES training_session (id) ON DELETE RESTRICT,
      delegate_id uuid NOT NULL REFERENCES delegate (id) ON DELETE RESTRICT,
      agency_id uuid NOT NULL,
      status text NOT NULL CONSTRAINT completion_status_check CHECK (status IN ('BOOKED','ATTENDED','COMPLETED','NO_SHOW')),
      completed_on date,
      certificate_number text CONSTRAINT completion_certificate_key UNIQUE,
      expires_on date,
      source text NOT NULL CONSTRAINT completion_source_check CHECK (source IN ('SESSION','LMS_IMPORT')),
      CONSTRAINT completion_certificate_check CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL AND certificate_number IS NOT NULL)),
      CONSTRAINT completion_session_delegate_key UNIQUE (session_id, delegate_id))`);
    // One completion of a course per delegate per day: importing the same export twice adds nothing.
    await q.query(`CREATE UNIQUE INDEX completion_course_delegate_day_key ON completion (course_id, delegate_id, completed_on)
                   WHERE completed_on IS NOT NULL`);
    await q.query(`CREATE INDEX completion_delegate_idx ON completion (delegate_id)`);
    await q.query(`CREATE INDEX completion_session_idx ON completion (session_id)`);
    await q.query(`CREATE INDEX completion_completed_idx ON completion (completed_on) WHERE status = 'COMPLETED'`);
    await q.query(`CREATE INDEX completion_expires_idx ON completion (expires_on, id) WHERE status = 'COMPLETED'`);
    await q.query(`CREATE SEQUENCE certificate_number_seq`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["completion", "delegate", "training_session", "course"]) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP SEQUENCE certificate_number_seq`);
  }
}
