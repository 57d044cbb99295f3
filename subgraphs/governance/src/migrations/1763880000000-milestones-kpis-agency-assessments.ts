import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Milestones and KPIs become records of their own (a milestone has a due date and a day it was
 * reached; a KPI definition a name, description, target and unit, for a plan or one objective),
 * moved out of the text arrays they were kept in; a progress update records the directory person it
 * is from and the recording agency; a maturity assessment may be of one agency (the council) rather
 * than the partnership.
 */
export class MilestonesKpisAgencyAssessments1763880000000 implements MigrationInterface {
  name = "MilestonesKpisAgencyAssessments1763880000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE plan_milestone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      action_id uuid NOT NULL REFERENCES plan_action (id) ON DELETE CASCADE,
      position int NOT NULL CONSTRAINT plan_milestone_position_check CHECK (position > 0),
      title text NOT NULL CONSTRAINT plan_milestone_title_check CHECK (length(trim(title)) > 0),
      due_on date,
      done_on date,
      CONSTRAINT plan_milestone_position_key UNIQUE (action_id, position))`);
    await q.query(`INSERT INTO plan_milestone (action_id, position, title)
      SELECT a.id, m.position, m.title FROM plan_action a, unnest(a.milestones) WITH ORDINALITY AS m (title, position)`);
    await q.query(`ALTER TABLE plan_action DROP COLUMN milestones`);

    await q.query(`CREATE TABLE plan_kpi (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
      objective_id uuid REFERENCES plan_objective (id) ON DELETE CASCADE,
      position int NOT NULL CONSTRAINT plan_kpi_position_check CHECK (position > 0),
      name text NOT NULL CONSTRAINT plan_kpi_name_check CHECK (length(trim(name)) > 0),
      description text,
      target numeric,
      unit text)`);
    await q.query(`CREATE INDEX plan_kpi_plan_idx ON plan_kpi (plan_id, objective_id, position)`);
    await q.query(`CREATE INDEX plan_kpi_objective_idx ON plan_kpi (objective_id)`);
    await q.query(`INSERT INTO plan_kpi (plan_id, objective_id, position, name)
      SELECT o.plan_id, o.id, k.position, k.name FROM plan_objective o, unnest(o.kpis) WITH ORDINALITY AS k (name, position)`);
    await q.query(`ALTER TABLE plan_objective DROP COLUMN kpis`);

    await q.query(`ALTER TABLE action_update
      ADD COLUMN reporter_id uuid REFERENCES person (id) ON DELETE RESTRICT,
      ADD COLUMN reporter_agency_id uuid REFERENCES agency (id) ON DELETE RESTRICT`);

    await q.query(`ALTER TABLE maturity_assessment
      ALTER COLUMN partnership_id DROP NOT NULL,
      ADD COLUMN agency_id uuid REFERENCES agency (id) ON DELETE RESTRICT,
      ADD CONSTRAINT maturity_assessment_subject_check CHECK (num_nonnulls(partnership_id, agency_id) = 1)`);
    await q.query(`CREATE INDEX maturity_assessment_agency_idx ON maturity_assessment (agency_id, assessed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM maturity_assessment WHERE agency_id IS NOT NULL`);
    await q.query(`ALTER TABLE maturity_assessment
      DROP CONSTRAINT maturity_assessment_subject_check,
      DROP COLUMN agency_id,
      ALTER COLUMN partnership_id SET NOT NULL`);
    await q.query(`ALTER TABLE action_update DROP COLUMN reporter_id, DROP COLUMN reporter_agency_id`);

    await q.query(`ALTER TABLE plan_objective ADD COLUMN kpis text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE plan_objective o SET kpis = k.names FROM (
      SELECT objective_id, array_agg(name ORDER BY position, id) AS names FROM plan_kpi
       WHERE objective_id IS NOT NULL GROUP BY objective_id) k WHERE k.objective_id = o.id`);
    await q.query(`DROP TABLE plan_kpi`);

    await q.query(`ALTER TABLE plan_action ADD COLUMN milestones text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE plan_action a SET milestones = m.titles FROM (
      SELECT action_id, array_agg(title ORDER BY position) AS titles FROM plan_milestone GROUP BY action_id) m
      WHERE m.action_id = a.id`);
    await q.query(`DROP TABLE plan_milestone`);
  }
}
