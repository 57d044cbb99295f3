import { DataCategory, Public, Role, Roles, Sensitive } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Agency, Completion, Course } from "../entities/index.js";
import { ImportCompletionsInput, RefreshListArgs } from "../inputs/training-inputs.js";
import { CompletionConnection, ImportReport } from "../types/outputs.js";

@Resolver(() => Completion)
export class CompletionResolver {
  @FieldResolver(() => Course, { description: "The course." })
  @Public()
  course(@Root() completion: Completion, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.course.load(completion.courseId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency the delegate worked for; empty when the directory no longer resolves it.",
  })
  @Public()
  agency(@Root() completion: Completion): Agency {
    return { id: completion.agencyId };
  }

  @FieldResolver(() => String, { nullable: true, description: "The delegate's name." })
  @Sensitive(DataCategory.PERSONNEL)
  async delegateName(@Root() completion: Completion, @Ctx() ctx: TrainingContext) {
    return (await ctx.loaders.delegate.load(completion.delegateId))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The delegate's work email." })
  @Sensitive(DataCategory.PERSONNEL)
  async delegateEmail(@Root() completion: Completion, @Ctx() ctx: TrainingContext) {
    return (await ctx.loaders.delegate.load(completion.delegateId))?.email ?? null;
  }

  @Query(() => CompletionConnection, {
    description:
      "The refresh list of the partnership the request acts in: completed certificates whose last valid day falls in the coming days, soonest first.",
  })
  certificatesDueForRefresh(@Args(() => RefreshListArgs) args: RefreshListArgs, @Ctx() ctx: TrainingContext) {
    return ctx.certificates.dueForRefresh(args.withinDays, args.asOf, args, ctx.caller);
  }

  @Mutation(() => ImportReport, {
    description:
      "Imports an e-learning (LMS) export of completions into the partnership the request acts in and answers for every row. A malformed file is refused whole; a file with any rejected row (including one whose agency is not a member of the partnership) imports nothing unless acceptValidRowsOnly. Completions the partnership already recorded are reported as duplicates and not counted again. A row whose email names another agency's delegate, or another name for a delegate of an agency not the caller's, is rejected: an import never changes another agency's people. One import per user at a time and a few per service (RATE_LIMITED otherwise); an import whose request is abandoned commits nothing. Training administrators only.",
  })
  @Roles(Role.TRAINING_ADMIN)
  importCompletions(
    @Arg("input", () => ImportCompletionsInput, { description: "The export." }) input: ImportCompletionsInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.lmsImport.import(input, ctx.caller, ctx.signal);
  }
}
