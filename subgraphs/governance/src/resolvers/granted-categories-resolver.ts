import { DATA_CATEGORIES, DataCategory } from "@partnership/runtime";
import { Ctx, Query, Resolver } from "type-graphql";
import type { GovernanceContext } from "../context.js";

/** What the caller's agency may read and write, so a form shows a withheld field as withheld before anyone types. */
@Resolver()
export class GrantedCategoriesResolver {
  @Query(() => [DataCategory], {
    description:
      "The data categories an active sharing agreement grants your agency in the partnership this request acts in. Writing a field needs the same category as reading it, so a client shows the fields of other categories as restricted rather than as empty boxes.",
  })
  grantedCategories(@Ctx() ctx: GovernanceContext): DataCategory[] {
    return DATA_CATEGORIES.filter((category) => Boolean(ctx.caller.grants[category]));
  }
}
