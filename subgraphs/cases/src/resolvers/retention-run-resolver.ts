import { actingPartnership, Connection, PageArgs, paginate, Role, Roles } from "@partnership/runtime";
import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { RetentionAction, RetentionRun } from "../entities/index.js";

@ObjectType({ description: "A page of retention runs." })
export class RetentionRunConnection extends Connection(RetentionRun) {}

@Resolver(() => RetentionRun)
export class RetentionRunResolver {
  @Query(() => RetentionRunConnection, {
    description:
      "The retention schedule's runs, newest first, a page at a time, each with what it anonymised in the partnership the request acts in (coordinators and auditors).",
  })
  @Roles(Role.COORDINATOR, Role.AUDITOR)
  retentionRuns(@Args() page: PageArgs, @Ctx() ctx: CasesContext) {
    actingPartnership(ctx.caller);
    return paginate(ctx.dataSource.getRepository(RetentionRun).createQueryBuilder("run"), "ranAt", page, "DESC");
  }

  @FieldResolver(() => [RetentionAction], {
    description:
      "What the run anonymised in the partnership the request acts in, by concern and category; empty for a dry run.",
  })
  actions(@Root() run: RetentionRun, @Ctx() ctx: CasesContext) {
    return ctx.dataSource.getRepository(RetentionAction).find({
      where: { runId: run.id, partnershipId: actingPartnership(ctx.caller).id },
      order: { concernId: "ASC", category: "ASC" },
    });
  }
}
