import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Retention terms as part of each sharing agreement: per data category it grants, how long records
 * are kept and from which event. Agreements drawn up before terms were stated take the platform's
 * default schedule (the one createSharingAgreement applies when terms are left out, see
 * services/retention-rules.ts), copied here as it stood when this migration was written: a
 * migration must not change meaning when that code later does.
 */
export class AgreementRetention1765200000000 implements MigrationInterface {
  name = "AgreementRetention1765200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agreement_retention (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      agreement_id uuid NOT NULL REFERENCES sharing_agreement (id) ON DELETE CASCADE,
      category text NOT NULL,
      years int NOT NULL,
      months int NOT NULL DEFAULT 0,
      after_event text NOT NULL CHECK (after_event IN
        ('RECORD_CREATED', 'CONCERN_CLOSED', 'EMPLOYMENT_ENDED', 'CONTRACT_ENDED', 'AGREEMENT_ENDED')),
      CONSTRAINT agreement_retention_period CHECK (years BETWEEN 0 AND 100 AND months BETWEEN 0 AND 11),
      CONSTRAINT agreement_retention_one_term UNIQUE (agreement_id, category)
    )`);
    await q.query(`INSERT INTO agreement_retention (agreement_id, category, years, months, after_event)
      SELECT DISTINCT g.agreement_id, c.category, d.years, 0, d.after_event
        FROM agreement_grant g
       CROSS JOIN LATERAL unnest(g.categories) AS c (category)
        JOIN (VALUES
          ('CASE_SUMMARY', 6, 'CONCERN_CLOSED'),
          ('LOCATION_ADDRESS', 6, 'CONCERN_CLOSED'),
          ('VICTIM_IDENTITY', 6, 'CONCERN_CLOSED'),
          ('VICTIM_DEMOGRAPHICS', 6, 'CONCERN_CLOSED'),
          ('SAFEGUARDING', 6, 'CONCERN_CLOSED'),
          ('HEALTH', 8, 'CONCERN_CLOSED'),
          ('POLICE_INTELLIGENCE', 6, 'CONCERN_CLOSED'),
          ('OFFENDER_IDENTITY', 6, 'CONCERN_CLOSED'),
          ('ENFORCEMENT', 6, 'CONCERN_CLOSED'),
          ('SUPPLIER_RISK', 3, 'RECORD_CREATED'),
          ('COMMERCIAL', 6, 'CONTRACT_ENDED'),
          ('PERSONNEL', 1, 'EMPLOYMENT_ENDED'),
          ('STATISTICS', 10, 'RECORD_CREATED')
        ) AS d (category, years, after_event) ON d.category = c.category`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agreement_retention`);
  }
}
