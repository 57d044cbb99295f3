import { LocalDate, NotBlank, PageArgs } from "@partnership/runtime";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { AttendanceStatus, CourseFormat, CourseLevel, SessionStatus } from "../entities/index.js";

@InputType({ description: "A new course." })
export class CreateCourseInput {
  @Field(() => String, { description: "Title; must be unused." })
  @NotBlank()
  @Length(3, 200)
  title: string;

  @Field(() => CourseLevel, { description: "The level it gives." })
  level: CourseLevel;

  @Field(() => CourseFormat, { description: "How it is delivered." })
  format: CourseFormat;

  @Field(() => ID, { description: "The agency that provides it." })
  @IsUUID("all", { message: "must be an agency id" })
  providerAgencyId: string;

  @Field(() => Int, { description: "Length in minutes (1 to 2400)." })
  @IsInt()
  @Min(1)
  @Max(2400)
  durationMinutes: number;

  @Field(() => Int, {
    nullable: true,
    description: "Months a certificate stays valid (1 to 120); leave empty when it does not expire.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  validityMonths?: number | null;

  @Field(() => String, { description: "Who it is for." })
  @NotBlank()
  @Length(3, 500)
  audience: string;
}

@InputType({ description: "A new session of a course." })
export class ScheduleSessionInput {
  @Field(() => ID, { description: "The course." })
  @IsUUID("all", { message: "must be a course id" })
  courseId: string;

  @Field(() => Date, { description: "When it starts." })
  startsAt: Date;

  @Field(() => String, { nullable: true, description: "Where; leave empty for an online session." })
  @NotBlank()
  @IsOptional()
  @Length(2, 300)
  venue?: string | null;

  @Field(() => String, { description: "Who delivers it." })
  @NotBlank()
  @Length(2, 200)
  trainer: string;

  @Field(() => Int, { description: "How many delegates it can take (1 to 500)." })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;
}

@InputType({ description: "One delegate's attendance at a session." })
export class AttendeeInput {
  @Field(() => String, { description: "Full name." })
  @NotBlank()
  @Length(2, 200)
  name: string;

  @Field(() => String, { description: "Work email; identifies the delegate across sessions and imports." })
  @NotBlank()
  @IsEmail({}, { message: "must be an email address" })
  @MaxLength(320)
  email: string;

  @Field(() => ID, { description: "The delegate's agency." })
  @IsUUID("all", { message: "must be an agency id" })
  agencyId: string;

  @Field(() => String, { nullable: true, description: "Job title." })
  @NotBlank()
  @IsOptional()
  @Length(2, 200)
  jobTitle?: string | null;

  @Field(() => AttendanceStatus, { description: "ATTENDED, COMPLETED (earns a certificate) or NO_SHOW." })
  status: AttendanceStatus;
}

@InputType({ description: "A whole session's attendance, recorded in one go." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: "The session." })
  @IsUUID("all", { message: "must be a session id" })
  sessionId: string;

  @Field(() => [AttendeeInput], { description: "Everyone booked on the session and how they took part (1 to 500)." })
  @ArrayMinSize(1, { message: "must list at least one delegate" })
  @ArrayMaxSize(500)
  @ValidateNested()
  attendees: AttendeeInput[];
}

@InputType({ description: "An e-learning (LMS) export of completions of one course." })
export class ImportCompletionsInput {
  @Field(() => ID, { description: "The course the export is for." })
  @IsUUID("all", { message: "must be a course id" })
  courseId: string;

  @Field(() => String, {
    description:
      "The CSV text, with a header row naming the columns email, name, agency_id, job_title (may be empty) and completed_on (YYYY-MM-DD or an ISO date-time).",
  })
  @NotBlank()
  @MaxLength(10_000_000)
  csv: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Import the good rows even when some are rejected. By default one rejected row means nothing is imported.",
  })
  acceptValidRowsOnly: boolean;
}

@InputType({ description: "Narrows the list of sessions." })
export class SessionFilter {
  @Field(() => ID, { nullable: true, description: "Only sessions of this course." })
  @IsOptional()
  @IsUUID("all", { message: "must be a course id" })
  courseId?: string | null;

  @Field(() => SessionStatus, { nullable: true, description: "Only sessions in this status." })
  status?: SessionStatus | null;

  @Field(() => LocalDate, { nullable: true, description: "Only sessions starting on or after this day." })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Only sessions starting on or before this day." })
  to?: string | null;
}

@InputType({ description: "A session to cancel, and why." })
export class CancelSessionInput {
  @Field(() => ID, { description: "The session; it must be SCHEDULED." })
  @IsUUID("all", { message: "must be a session id" })
  sessionId: string;

  @Field(() => String, {
    description: "Why it will not take place, for the record and for those booked (3 to 1000 characters).",
  })
  @NotBlank()
  @Length(3, 1000)
  reason: string;
}

@ArgsType()
export class RefreshListArgs extends PageArgs {
  @Field(() => Int, {
    defaultValue: 60,
    description: "Certificates whose last valid day falls within this many days (0 to 730).",
  })
  @Min(0)
  @Max(730)
  withinDays: number;

  @Field(() => LocalDate, { nullable: true, description: "Count from this day; today when empty." })
  asOf?: string | null;
}

@ArgsType()
export class FirstResponderArgs extends PageArgs {
  @Field(() => Int, {
    defaultValue: 90,
    description:
      "Also list people whose latest certificate expired within this many days before today (0 to 730), marked expired, so a lapse is seen and refreshed.",
  })
  @Min(0)
  @Max(730)
  expiredWithinDays: number;
}
