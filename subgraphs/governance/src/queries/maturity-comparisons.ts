import type { DataSource } from "typeorm";
import { compareAreas, type MaturityAreaComparison, MaturityRating } from "../entities/index.js";

/**
 * For many agencies, or the partnership itself (their ids never collide), each area across their
 * latest `last` assessments recorded in one partnership: the ratings read in one statement, compared
 * by the pure rule.
 */
export async function maturityComparisons(
  dataSource: DataSource,
  partnershipId: string,
  subjectIds: readonly string[],
  last: number,
): Promise<Map<string, MaturityAreaComparison[]>> {
  const rows: Array<{
    subject: string;
    assessment_id: string;
    area: MaturityRating["area"];
    level: MaturityRating["level"];
    evidence: string;
  }> = await dataSource.query(
    `SELECT s.subject, r.assessment_id, r.area, r.level, r.evidence
       FROM (SELECT id, assessed_on, coalesce(agency_id, partnership_id) AS subject,
                    row_number() OVER (PARTITION BY coalesce(agency_id, partnership_id)
                                       ORDER BY assessed_on DESC, id DESC) AS recency
               FROM maturity_assessment
              WHERE partnership_id = $3
                AND (agency_id = ANY($1::uuid[]) OR (agency_id IS NULL AND partnership_id = ANY($1::uuid[])))) s
       JOIN maturity_rating r ON r.assessment_id = s.id
      WHERE s.recency <= $2
      ORDER BY s.subject, s.assessed_on, s.id`,
    [subjectIds, last, partnershipId],
  );
  return new Map(
    subjectIds.map((id) => [
      id,
      compareAreas(
        rows
          .filter((row) => row.subject === id)
          .map((row) =>
            Object.assign(new MaturityRating(), {
              assessmentId: row.assessment_id,
              area: row.area,
              level: row.level,
              evidence: row.evidence,
            }),
          ),
      ),
    ]),
  );
}
