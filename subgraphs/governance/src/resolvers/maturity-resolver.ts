import { actingPartnership, badUserInput, isUuid, PageArgs, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, MaturityAreaComparison, MaturityAssessment, MaturityRating, Partnership } from "../entities/index.js";
import { MaturityArea } from "../entities/enums.js";
import { RecordMaturityAssessmentInput } from "../inputs/plan-inputs.js";
import { readSubject } from "../services/maturity-service.js";
import { PLANNERS } from "./action-plan-resolver.js";
import { MaturityAssessmentConnection } from "../types/governance-connections.js";

/** How many assessments a comparison reaches back over, by default and at most. */
export const COMPARED = { default: 10, max: 50 };

/** `last` checked: 1 to COMPARED.max. */
export function comparedCount(last: number): number {
  if (!Number.isInteger(last) || last < 1 || last > COMPARED.max)
    throw badUserInput("last", `must be between 1 and ${COMPARED.max}`);
  return last;
}

const PARTNERSHIP_ASSESSED =
  "The partnership assessed: the one the request acts in (the default when neither is given); another is refused with FORBIDDEN.";
const AGENCY_ASSESSED =
  "The agency assessed, e.g. the council: its assessments recorded in the partnership the request acts in.";

const LAST = {
  defaultValue: COMPARED.default,
  description: `How many of the latest assessments to compare (1 to ${COMPARED.max}).`,
};

@Resolver(() => MaturityAssessment)
export class MaturityAssessmentResolver {
  @Query(() => MaturityAssessment, {
    nullable: true,
    description:
      "One maturity self-assessment of the partnership the request acts in, or null when it has none with this id.",
  })
  async maturityAssessment(
    @Arg("id", () => ID, { description: "The assessment's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    const partnershipId = actingPartnership(ctx.caller).id;
    const assessment = isUuid(id) ? await ctx.loaders.maturityAssessment.load(id) : null;
    return assessment?.partnershipId === partnershipId ? assessment : null;
  }

  @Query(() => MaturityAssessmentConnection, {
    description:
      "Maturity self-assessments recorded in the partnership the request acts in, latest first: the partnership's own, or one agency's (give at most one of the two).",
  })
  maturityAssessments(
    @Arg("partnershipId", () => ID, { nullable: true, description: PARTNERSHIP_ASSESSED })
    partnershipId: string | null,
    @Arg("agencyId", () => ID, { nullable: true, description: AGENCY_ASSESSED })
    agencyId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.listAssessments(readSubject(ctx.caller, partnershipId, agencyId), page);
  }

  @Query(() => [MaturityAreaComparison], {
    description:
      "Each of the five areas across the self-assessments recorded in the partnership the request acts in, of the partnership itself or of one agency (give at most one of the two): the level in each, oldest first, and the change between the last two.",
  })
  maturityComparison(
    @Arg("partnershipId", () => ID, { nullable: true, description: PARTNERSHIP_ASSESSED })
    partnershipId: string | null,
    @Arg("agencyId", () => ID, { nullable: true, description: AGENCY_ASSESSED })
    agencyId: string | null,
    @Arg("last", () => Int, LAST) last: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.compare(readSubject(ctx.caller, partnershipId, agencyId), comparedCount(last));
  }

  @Mutation(() => MaturityAssessment, {
    description:
      "Records a self-assessment of the partnership the request acts in, or of one of its member agencies, against the council modern slavery maturity matrix (all five areas). Coordinators and partnership administrators: of the agency assessed for an agency's, of the partnership's chair agency for the partnership's own.",
  })
  @Roles(...PLANNERS)
  recordMaturityAssessment(
    @Arg("input", () => RecordMaturityAssessmentInput, { description: "The assessment." })
    input: RecordMaturityAssessmentInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.recordAssessment(ctx.caller, input, ctx.clock.today());
  }

  @FieldResolver(() => Partnership, {
    nullable: true,
    description: "The partnership assessed; null when an agency was.",
  })
  partnership(@Root() assessment: MaturityAssessment, @Ctx() ctx: GovernanceContext) {
    return assessment.agencyId ? null : ctx.loaders.partnership.load(assessment.partnershipId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency assessed; null when a partnership was." })
  agency(@Root() assessment: MaturityAssessment, @Ctx() ctx: GovernanceContext) {
    return assessment.agencyId ? ctx.loaders.agency.load(assessment.agencyId) : null;
  }

  @FieldResolver(() => [MaturityRating], { description: "Its five ratings, one per area, in the matrix's order." })
  async ratings(@Root() assessment: MaturityAssessment, @Ctx() ctx: GovernanceContext) {
    const order = Object.values(MaturityArea);
    return (await ctx.loaders.ratingsOfAssessment.load(assessment.id)).sort(
      (a, b) => order.indexOf(a.area) - order.indexOf(b.area),
    );
  }
}

@Resolver(() => MaturityRating)
export class MaturityRatingResolver {
  @FieldResolver(() => MaturityAssessment, { description: "The assessment the rating belongs to." })
  assessment(@Root() rating: MaturityRating, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.maturityAssessment.load(rating.assessmentId);
  }
}
