import { PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Completion, Course, TrainingSession } from "../entities/index.js";
import {
  CancelSessionInput,
  RecordAttendanceInput,
  ScheduleSessionInput,
  SessionFilter,
} from "../inputs/training-inputs.js";
import { TrainingSessionConnection } from "../types/outputs.js";

@Resolver(() => TrainingSession)
export class SessionResolver {
  @Query(() => TrainingSession, {
    nullable: true,
    description:
      "One session of the partnership the request acts in, or null when it has none with this id (another partnership's session is not found).",
  })
  trainingSession(@Arg("id", () => ID, { description: "The session's id." }) id: string, @Ctx() ctx: TrainingContext) {
    return ctx.sessions.find(id, ctx.caller);
  }

  @Query(() => TrainingSessionConnection, {
    description:
      "The training sessions of the partnership the request acts in, newest first (latest start time first).",
  })
  trainingSessions(
    @Arg("filter", () => SessionFilter, { nullable: true, description: "Narrows the list." })
    filter: SessionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.sessions.list(filter, page, ctx.caller);
  }

  @FieldResolver(() => Course, { description: "The course delivered." })
  @Public()
  course(@Root() session: TrainingSession, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.course.load(session.courseId);
  }

  @FieldResolver(() => [Completion], { description: "Who attended and how (bounded by the session's capacity)." })
  @Public()
  attendance(@Root() session: TrainingSession, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.completionsOfSession.load(session.id);
  }

  @Mutation(() => TrainingSession, {
    description:
      "Schedules a session of a course in the partnership the request acts in. Training administrators only.",
  })
  @Roles(Role.TRAINING_ADMIN)
  scheduleSession(
    @Arg("input", () => ScheduleSessionInput, { description: "The session." }) input: ScheduleSessionInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.sessions.schedule(input, ctx.caller);
  }

  @Mutation(() => TrainingSession, {
    description:
      "Records a whole session's attendance in one go: delegates are added or updated, completions earn certificates, and the session becomes DELIVERED. Recording again replaces the earlier record. The session must be the acting partnership's (NOT_FOUND otherwise) and every delegate's agency one of its members (FORBIDDEN naming the attendee otherwise). Training administrators only.",
  })
  @Roles(Role.TRAINING_ADMIN)
  recordAttendance(
    @Arg("input", () => RecordAttendanceInput, { description: "The attendance." }) input: RecordAttendanceInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.attendance.record(input, ctx.caller);
  }

  @Mutation(() => TrainingSession, {
    description:
      "Cancels a scheduled session of the partnership the request acts in, with the reason: the session keeps its record, is shown as CANCELLED and takes no attendance. The session must be the acting partnership's (NOT_FOUND otherwise) and SCHEDULED (BAD_USER_INPUT naming input.sessionId when already cancelled or delivered). Training administrators only.",
  })
  @Roles(Role.TRAINING_ADMIN)
  cancelSession(
    @Arg("input", () => CancelSessionInput, { description: "The session and why it is cancelled." })
    input: CancelSessionInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.sessions.cancel(input, ctx.caller);
  }
}
