import { badUserInput, isUuid, type Page, type PageArgs, paginate } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  Agency,
  MaturityAssessment,
  type MaturityAreaComparison,
  MaturityRating,
  Partnership,
} from "../entities/index.js";
import type { RecordMaturityAssessmentInput } from "../inputs/plan-inputs.js";
import { compareAreas, ratingsProblem } from "./maturity-rules.js";

/** Who an assessment is of: a partnership or one agency, exactly one. */
export interface AssessedSubject {
  partnershipId?: string | null;
  agencyId?: string | null;
}

/** Self-assessments against the council modern slavery maturity matrix, and how they compare. */
export class MaturityService {
  constructor(private readonly dataSource: DataSource) {}

  /** All five areas rated once, of a known partnership or agency; the assessment and its ratings written together. */
  async recordAssessment(input: RecordMaturityAssessmentInput, today: string): Promise<MaturityAssessment> {
    const subject = subjectOf(input, "input.");
    if (
      subject.partnershipId &&
      !(await this.dataSource.getRepository(Partnership).existsBy({ id: subject.partnershipId }))
    )
      throw badUserInput("input.partnershipId", `no partnership has id ${subject.partnershipId}`);
    if (subject.agencyId && !(await this.dataSource.getRepository(Agency).existsBy({ id: subject.agencyId })))
      throw badUserInput("input.agencyId", `no agency has id ${subject.agencyId}`);
    if (input.assessedOn > today) throw badUserInput("input.assessedOn", `${input.assessedOn} is in the future`);
    const problem = ratingsProblem(input.ratings);
    if (problem) throw badUserInput(`input.ratings[${problem.index}].area`, problem.message);
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(
        manager.create(MaturityAssessment, {
          partnershipId: subject.partnershipId ?? null,
          agencyId: subject.agencyId ?? null,
          assessedOn: input.assessedOn,
          assessor: input.assessor,
        }),
      );
      await manager.insert(
        MaturityRating,
        input.ratings.map((r) => ({ assessmentId: assessment.id, area: r.area, level: r.level, evidence: r.evidence })),
      );
      return assessment;
    });
  }

  /** A partnership's or an agency's assessments, latest first, a page at a time. */
  listAssessments(subject: AssessedSubject, page: PageArgs): Promise<Page<MaturityAssessment>> {
    const { partnershipId, agencyId } = subjectOf(subject, "");
    if (!isUuid((partnershipId ?? agencyId)!))
      return Promise.resolve({ nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
    const query = this.dataSource.getRepository(MaturityAssessment).createQueryBuilder("assessment");
    if (partnershipId) query.where("assessment.partnershipId = :partnershipId", { partnershipId });
    else query.where("assessment.agencyId = :agencyId", { agencyId });
    return paginate(query, "assessedOn", page, "DESC");
  }

  /** Each area across the subject's latest `last` assessments, oldest first, with the change between the last two. */
  async compare(subject: AssessedSubject, last: number): Promise<MaturityAreaComparison[]> {
    const { partnershipId, agencyId } = subjectOf(subject, "");
    const id = (partnershipId ?? agencyId)!;
    if (!isUuid(id)) return compareAreas([]);
    return (await maturityComparisons(this.dataSource, [id], last)).get(id)!;
  }
}

/**
 * For many partnerships or agencies (their ids never collide), each area across their latest `last`
 * assessments: the ratings read in one statement, compared by the pure rule.
 */
export async function maturityComparisons(
  dataSource: DataSource,
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
       FROM (SELECT id, assessed_on, coalesce(partnership_id, agency_id) AS subject,
                    row_number() OVER (PARTITION BY coalesce(partnership_id, agency_id)
                                       ORDER BY assessed_on DESC, id DESC) AS recency
               FROM maturity_assessment
              WHERE partnership_id = ANY($1::uuid[]) OR agency_id = ANY($1::uuid[])) s
       JOIN maturity_rating r ON r.assessment_id = s.id
      WHERE s.recency <= $2
      ORDER BY s.subject, s.assessed_on, s.id`,
    [subjectIds, last],
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

/** Exactly one of a partnership and an agency, or BAD_USER_INPUT naming `${prefix}agencyId`. */
function subjectOf(subject: AssessedSubject, prefix: string): AssessedSubject {
  const partnershipId = subject.partnershipId ?? null;
  const agencyId = subject.agencyId ?? null;
  if ((partnershipId === null) === (agencyId === null))
    throw badUserInput(
      `${prefix}${partnershipId === null ? "partnershipId" : "agencyId"}`,
      "give either a partnership or an agency, not both and not neither",
    );
  return { partnershipId, agencyId };
}
