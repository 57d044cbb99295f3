import { Roles } from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { GovernanceContext } from "../context.js";
import { Agency, AttendanceRate, Meeting, MeetingAttendance, Partnership } from "../entities/index.js";
import { RecordMeetingInput } from "../inputs/plan-inputs.js";
import { PLANNERS } from "./action-plan-resolver.js";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Mutation(() => Meeting, {
    description:
      "Records a meeting of the partnership the request acts in and each expected member agency's attendance. Coordinators and partnership administrators of the partnership's chair agency (who speak for the partnership).",
  })
  @Roles(...PLANNERS)
  recordMeeting(
    @Arg("input", () => RecordMeetingInput, { description: "The meeting." }) input: RecordMeetingInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return ctx.meetings.recordMeeting(ctx.caller, input, ctx.clock.today());
  }

  @FieldResolver(() => Partnership, { nullable: true, description: "The partnership that met." })
  partnership(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.partnership.load(meeting.partnershipId);
  }

  @FieldResolver(() => [MeetingAttendance], { description: "Each expected agency's attendance." })
  attendance(@Root() meeting: Meeting, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.attendanceOfMeeting.load(meeting.id);
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => Agency, { description: "The agency." })
  agency(@Root() attendance: MeetingAttendance, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(attendance.agencyId);
  }
}

@Resolver(() => AttendanceRate)
export class AttendanceRateResolver {
  @FieldResolver(() => Agency, { description: "The agency." })
  agency(@Root() rate: AttendanceRate, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.agency.load(rate.agencyId);
  }
}
