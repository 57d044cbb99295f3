import { demoPartnershipId } from "@partnership/runtime";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** Release 1 held one partnership, the demo's (its id fixed by Partnerships1764200000000). */
const RELEASE_ONE_PARTNERSHIP = demoPartnershipId("SANDWELL");

/**
 * Every maturity assessment belongs to one partnership, an agency's too: `partnership_id` becomes
 * the partnership whose record it is (NOT NULL), and `agency_id` says which agency was assessed (null
 * when the partnership assessed itself). A council assessed in two partnerships has two histories,
 * each seen only inside its partnership. Action plans (with everything under them) and meetings
 * (with their attendance) already name their partnership and are reached only through it.
 */
export class MaturityAssessmentPartnership1764600000000 implements MigrationInterface {
  name = "MaturityAssessmentPartnership1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE maturity_assessment DROP CONSTRAINT maturity_assessment_subject_check`);
    await q.query(`UPDATE maturity_assessment SET partnership_id = $1 WHERE partnership_id IS NULL`, [
      RELEASE_ONE_PARTNERSHIP,
    ]);
    await q.query(`ALTER TABLE maturity_assessment ALTER COLUMN partnership_id SET NOT NULL`);
    await q.query(`DROP INDEX maturity_assessment_agency_idx`);
    await q.query(
      `CREATE INDEX maturity_assessment_agency_idx ON maturity_assessment (partnership_id, agency_id, assessed_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX maturity_assessment_agency_idx`);
    await q.query(`CREATE INDEX maturity_assessment_agency_idx ON maturity_assessment (agency_id, assessed_on)`);
    await q.query(`ALTER TABLE maturity_assessment ALTER COLUMN partnership_id DROP NOT NULL`);
    await q.query(`UPDATE maturity_assessment SET partnership_id = NULL WHERE agency_id IS NOT NULL`);
    await q.query(`ALTER TABLE maturity_assessment
      ADD CONSTRAINT maturity_assessment_subject_check CHECK (num_nonnulls(partnership_id, agency_id) = 1)`);
  }
}
