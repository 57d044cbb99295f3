import type { MigrationInterface, QueryRunner } from "typeorm";
import { Attendance, MaturityArea, MaturityLevel, MeetingKind, Rag, Theme } from "../entities/enums.js";

const values = (e: Record<string, string>) =>
  Object.values(e)
    .map((v) => `'${v}'`)
    .join(",");

/** Action plans (objectives, actions, progress updates), meetings with attendance, maturity self-assessments. */
export class PlansMeetingsMaturity1763840000000 implements MigrationInterface {
  name = "PlansMeetingsMaturity1763840000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE action_plan (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      title text NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      CONSTRAINT action_plan_dates_check CHECK (ends_on > starts_on))`);
    await q.query(`CREATE INDEX action_plan_partnership_idx ON action_plan (partnership_id, starts_on)`);
    await q.query(`CREATE TABLE plan_objective (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
      number int NOT NULL,
      theme text NOT NULL CONSTRAINT plan_objective_theme_check CHECK (theme IN (${values(Theme)})),
      title text NOT NULL,
      kpis text[] NOT NULL DEFAULT '{}',
      CONSTRAINT plan_objective_number_key UNIQUE (plan_id, number))`);
    await q.query(`CREATE TABLE plan_action (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      objective_id uuid NOT NULL REFERENCES plan_objective (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
      title text NOT NULL,
      delivery_date date NOT NULL,
      milestones text[] NOT NULL DEFAULT '{}',
      lead_agency_ids uuid[] NOT NULL,
      lead_officer_ids uuid[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX plan_action_objective_idx ON plan_action (objective_id)`);
    await q.query(`CREATE INDEX plan_action_plan_idx ON plan_action (plan_id, delivery_date)`);
    await q.query(`CREATE TABLE action_update (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
      reported_on date NOT NULL,
      rag text NOT NULL CONSTRAINT action_update_rag_check CHECK (rag IN (${values(Rag)})),
      note text NOT NULL CONSTRAINT action_update_note_check CHECK (length(trim(note)) > 0),
      reported_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE INDEX action_update_latest_idx ON action_update (action_id, reported_on DESC, created_at DESC)`,
    );

    await q.query(`CREATE TABLE meeting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      held_on date NOT NULL,
      kind text NOT NULL CONSTRAINT meeting_kind_check CHECK (kind IN (${values(MeetingKind)})),
      title text NOT NULL)`);
    await q.query(`CREATE INDEX meeting_partnership_held_on_idx ON meeting (partnership_id, held_on)`);
    await q.query(`CREATE TABLE meeting_attendance (
      meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
      attendance text NOT NULL CONSTRAINT meeting_attendance_check CHECK (attendance IN (${values(Attendance)})),
      PRIMARY KEY (meeting_id, agency_id))`);

    await q.query(`CREATE TABLE maturity_assessment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      partnership_id uuid NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
      assessed_on date NOT NULL,
      assessor text NOT NULL)`);
    await q.query(
      `CREATE INDEX maturity_assessment_partnership_idx ON maturity_assessment (partnership_id, assessed_on)`,
    );
    await q.query(`CREATE TABLE maturity_rating (
      assessment_id uuid NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
      area text NOT NULL CONSTRAINT maturity_rating_area_check CHECK (area IN (${values(MaturityArea)})),
      level text NOT NULL CONSTRAINT maturity_rating_level_check CHECK (level IN (${values(MaturityLevel)})),
      evidence text NOT NULL,
      PRIMARY KEY (assessment_id, area))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "maturity_rating",
      "maturity_assessment",
      "meeting_attendance",
      "meeting",
      "action_update",
      "plan_action",
      "plan_objective",
      "action_plan",
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
