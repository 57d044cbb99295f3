import {
  emptyPage,
  badUserInput,
  type Caller,
  isUuid,
  type Page,
  type PageArgs,
  paginate,
  requireMembers,
} from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  Agency,
  compareAreas,
  MaturityAssessment,
  type MaturityAreaComparison,
  MaturityRating,
} from "../entities/index.js";
import type { RecordMaturityAssessmentInput } from "../inputs/plan-inputs.js";
import { maturityComparisons } from "../queries/maturity-comparisons.js";
import { ratingsProblem } from "./maturity-rules.js";
import { partnershipOf } from "./partnership-scope.js";
import { requireOwnAgencyOrPartnership, requirePartnershipWrite } from "./partnership-authority.js";

/** Who assessments are of, inside the partnership whose records they are: that partnership itself, or one agency. */
export interface AssessedSubject {
  /** The partnership whose records are read (the acting one). */
  partnershipId: string;
  /** The agency assessed; null for the partnership's assessments of itself. */
  agencyId: string | null;
}

/**
 * Self-assessments against the council modern slavery maturity matrix, and how they compare. Each
 * belongs to one partnership: an agency assessed in two partnerships has a history in each.
 */
export class MaturityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * All five areas rated once, of the partnership the request acts in or of one of its member
   * agencies; the assessment and its ratings written together.
   */
  async recordAssessment(
    caller: Caller,
    input: RecordMaturityAssessmentInput,
    today: string,
  ): Promise<MaturityAssessment> {
    const { partnershipId: named, agencyId } = exactlyOne(input, "input.");
    const partnershipId = partnershipOf(caller, named, "input.partnershipId");
    if (agencyId) {
      if (!(await this.dataSource.getRepository(Agency).existsBy({ id: agencyId })))
        throw badUserInput("input.agencyId", `no agency has id ${agencyId}`);
      requireMembers(caller, [agencyId], "input.agencyId");
      requireOwnAgencyOrPartnership(caller, agencyId, "input.agencyId");
    } else {
      requirePartnershipWrite(caller, "input.partnershipId", "the partnership's own assessment");
    }
    if (input.assessedOn > today) throw badUserInput("input.assessedOn", `${input.assessedOn} is in the future`);
    const problem = ratingsProblem(input.ratings);
    if (problem) throw badUserInput(`input.ratings[${problem.index}].area`, problem.message);
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(
        manager.create(MaturityAssessment, {
          partnershipId,
          agencyId,
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

  /** The subject's assessments in its partnership, latest first, a page at a time. */
  listAssessments({ partnershipId, agencyId }: AssessedSubject, page: PageArgs): Promise<Page<MaturityAssessment>> {
    if (agencyId !== null && !isUuid(agencyId)) return Promise.resolve(emptyPage<MaturityAssessment>());
    const query = this.dataSource
      .getRepository(MaturityAssessment)
      .createQueryBuilder("assessment")
      .where("assessment.partnershipId = :partnershipId", { partnershipId });
    if (agencyId === null) query.andWhere("assessment.agencyId IS NULL");
    else query.andWhere("assessment.agencyId = :agencyId", { agencyId });
    return paginate(query, "assessedOn", page, "DESC");
  }

  /** Each area across the subject's latest `last` assessments, oldest first, with the change between the last two. */
  async compare({ partnershipId, agencyId }: AssessedSubject, last: number): Promise<MaturityAreaComparison[]> {
    const id = agencyId ?? partnershipId;
    if (!isUuid(id)) return compareAreas([]);
    return (await maturityComparisons(this.dataSource, partnershipId, [id], last)).get(id)!;
  }
}

/**
 * Who a read is of: the acting partnership (a partnership named must be it, FORBIDDEN otherwise), or
 * one agency's assessments recorded in it; naming both is BAD_USER_INPUT.
 */
export function readSubject(
  caller: Caller,
  partnershipId: string | null | undefined,
  agencyId: string | null | undefined,
): AssessedSubject {
  // An argument left out arrives as undefined, one sent as null as null: both mean "not given".
  if (partnershipId != null && agencyId != null)
    throw badUserInput("agencyId", "give either a partnership or an agency, not both");
  return { partnershipId: partnershipOf(caller, partnershipId, "partnershipId"), agencyId: agencyId ?? null };
}

/** Exactly one of a partnership and an agency, or BAD_USER_INPUT naming `${prefix}agencyId` (or `partnershipId`). */
function exactlyOne(
  subject: { partnershipId?: string | null; agencyId?: string | null },
  prefix: string,
): { partnershipId: string | null; agencyId: string | null } {
  const partnershipId = subject.partnershipId ?? null;
  const agencyId = subject.agencyId ?? null;
  if ((partnershipId === null) === (agencyId === null))
    throw badUserInput(
      `${prefix}${partnershipId === null ? "partnershipId" : "agencyId"}`,
      "give either a partnership or an agency, not both and not neither",
    );
  return { partnershipId, agencyId };
}
