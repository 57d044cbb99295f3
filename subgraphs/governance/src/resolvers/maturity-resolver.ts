import { badUserInput, isUuid, PageArgs, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import {
  Agency,
  MaturityArea,
  MaturityAreaComparison,
  MaturityAssessment,
  MaturityRating,
  Partnership,
} from "../entities/index.js";
import { RecordMaturityAssessmentInput } from "../inputs/plan-inputs.js";
import { PLANNERS } from "./action-plan-resolver.js";
import { MaturityAssessmentConnection } from "./governance-connections.js";

/** How many assessments a comparison reaches back over, by default and at most. */
export const COMPARED = { default: 10, max: 50 };

/** `last` checked: 1 to COMPARED.max. */
export function comparedCount(last: number): number {
  if (!Number.isInteger(last) || last < 1 || last > COMPARED.max)
    throw badUserInput("last", `must be between 1 and ${COMPARED.max}`);
  return last;
}

const LAST = {
  defaultValue: COMPARED.default,
  description: `How many of the latest assessments to compare (1 to ${COMPARED.max}).`,
};

@Resolver(() => MaturityAssessment)
export class MaturityAssessmentResolver {
  @Query(() => MaturityAssessment, {
    nullable: true,
    description: "One maturity self-assessment, or null when there is none with this id.",
  })
  maturityAssessment(
    @Arg("id", () => ID, { description: "The assessment's id." }) id: string,
    @Ctx() ctx: GovernanceContext,
  ) {
    return isUuid(id) ? ctx.loaders.maturityAssessment.load(id) : null;
  }

  @Query(() => MaturityAssessmentConnection, {
    description: "A partnership's or an agency's maturity self-assessments (give exactly one), latest first.",
  })
  maturityAssessments(
    @Arg("partnershipId", () => ID, { nullable: true, description: "The partnership assessed." })
    partnershipId: string | null,
    @Arg("agencyId", () => ID, { nullable: true, description: "The agency assessed, e.g. the council." })
    agencyId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.listAssessments({ partnershipId, agencyId }, page);
  }

  @Query(() => [MaturityAreaComparison], {
    description:
      "Each of the five areas across a partnership's or an agency's self-assessments (give exactly one): the level in each, oldest first, and the change between the last two.",
  })
  maturityComparison(
    @Arg("partnershipId", () => ID, { nullable: true, description: "The partnership assessed." })
    partnershipId: string | null,
    @Arg("agencyId", () => ID, { nullable: true, description: "The agency assessed, e.g. the council." })
    agencyId: string | null,
    @Arg("last", () => Int, LAST) last: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.compare({ partnershipId, agencyId }, comparedCount(last));
  }

  @Mutation(() => MaturityAssessment, {
    description:
      "Records a self-assessment of a partnership or an agency against the council modern slavery maturity matrix (all five areas). Coordinators and partnership administrators.",
  })
  @Roles(...PLANNERS)
  recordMaturityAssessment(
    @Arg("input", () => RecordMaturityAssessmentInput, { description: "The assessment." })
    input: RecordMaturityAssessmentInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.maturity.recordAssessment(input, ctx.clock.today());
  }

  @FieldResolver(() => Partnership, {
    nullable: true,
    description: "The partnership assessed; null when an agency was.",
  })
  partnership(@Root() assessment: MaturityAssessment, @Ctx() ctx: GovernanceContext) {
    return assessment.partnershipId ? ctx.loaders.partnership.load(assessment.partnershipId) : null;
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
