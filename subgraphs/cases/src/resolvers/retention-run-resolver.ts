import { PageArgs, Role, Roles } from "@partnership/runtime";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { RetentionAction, RetentionRun } from "../entities/index.js";
import { RetentionRunConnection } from "../types/outputs.js";

@Resolver(() => RetentionRun)
export class RetentionRunResolver {
  @Query(() => RetentionRunConnection, {
    description:
      "The retention schedule's runs, newest first, a page at a time, each with what it anonymised in the partnership the request acts in (coordinators and auditors).",
  })
  @Roles(Role.COORDINATOR, Role.AUDITOR)
  retentionRuns(@Args() page: PageArgs, @Ctx() ctx: CasesContext) {
    return ctx.retentionRuns.list(ctx.caller, page);
  }

  @FieldResolver(() => [RetentionAction], {
    description:
      "What the run anonymised in the partnership the request acts in, by concern and category; empty for a dry run.",
  })
  actions(@Root() run: RetentionRun, @Ctx() ctx: CasesContext) {
    return ctx.retentionRuns.actions(ctx.caller, run.id);
  }
}
