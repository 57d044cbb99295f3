import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, MaturityAreaComparison } from "../entities/index.js";
import { COMPARED, comparedCount } from "./maturity-resolver.js";

/** An agency's own maturity self-assessments (a council against the council maturity matrix), in the acting partnership. */
@Resolver(() => Agency)
export class AgencyMaturityResolver {
  @FieldResolver(() => [MaturityAreaComparison], {
    nullable: true,
    description:
      "Each area of the maturity matrix across its self-assessments recorded in the partnership the request acts in, oldest first, with the latest change. Null, with the error, when `last` is refused or the request acts in no partnership.",
  })
  maturityComparison(
    @Root() agency: Agency,
    @Arg("last", () => Int, {
      defaultValue: COMPARED.default,
      description: `How many of the latest assessments to compare (1 to ${COMPARED.max}).`,
    })
    last: number,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.loaders.maturityComparison.load({ id: agency.id, argument: comparedCount(last) });
  }
}
