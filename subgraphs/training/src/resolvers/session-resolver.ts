import { actingPartnership, badUserInput, isUuid, PageArgs, paginate, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context.js";
import { Completion, Course, SessionStatus, TrainingSession } from "../entities/index.js";
import {
  CancelSessionInput,
  RecordAttendanceInput,
  ScheduleSessionInput,
  SessionFilter,
} from "../inputs/training-inputs.js";
import { cancelSession } from "../services/session-cancellation.js";
import { TrainingSessionConnection } from "./types.js";

@Resolver(() => TrainingSession)
export class SessionResolver {
  @Query(() => TrainingSession, {
    nullable: true,
    description:
      "One session of the partnership the request acts in, or null when it has none with this id (another partnership's session is not found).",
  })
  trainingSession(@Arg("id", () => ID, { description: "The session's id." }) id: string, @Ctx() ctx: TrainingContext) {
    const partnershipId = actingPartnership(ctx.caller).id;
    return isUuid(id) ? ctx.dataSource.getRepository(TrainingSession).findOneBy({ id, partnershipId }) : null;
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
    const query = ctx.dataSource
      .getRepository(TrainingSession)
      .createQueryBuilder("s")
      .where("s.partnershipId = :partnershipId", { partnershipId: actingPartnership(ctx.caller).id });
    const f = filter ?? {};
    if (f.courseId) query.andWhere("s.courseId = :courseId", { courseId: f.courseId });
    if (f.status) query.andWhere("s.status = :status", { status: f.status });
    if (f.from) query.andWhere("s.startsAt >= :from", { from: f.from });
    if (f.to) query.andWhere("s.startsAt < (:to::date + 1)", { to: f.to });
    return paginate(query, "startsAt", page, "DESC");
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
  async scheduleSession(
    @Arg("input", () => ScheduleSessionInput, { description: "The session." }) input: ScheduleSessionInput,
    @Ctx() ctx: TrainingContext,
  ) {
    const partnershipId = actingPartnership(ctx.caller).id;
    if (!(await ctx.dataSource.getRepository(Course).existsBy({ id: input.courseId }))) {
      throw badUserInput("input.courseId", `no course has the id ${input.courseId}`);
    }
    const repository = ctx.dataSource.getRepository(TrainingSession);
    return repository.save(
      repository.create({
        ...input,
        partnershipId,
        venue: input.venue ?? null,
        online: !input.venue,
        status: SessionStatus.SCHEDULED,
        cancelledAt: null,
        cancellationReason: null,
      }),
    );
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
    return cancelSession(ctx.dataSource, ctx.clock, input, ctx.caller);
  }
}
