import { LocalDate, NotBlank } from "@partnership/runtime";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";
import { Attendance, MaturityArea, MaturityLevel, MeetingKind, Rag, Theme } from "../entities/enums.js";

@InputType({ description: "A new action plan for a partnership." })
export class CreateActionPlanInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The partnership: the one the request acts in (another is refused with FORBIDDEN); that one when empty.",
  })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;

  @Field(() => String, { description: "Title, e.g. 'Modern Slavery Action Plan 2023–2026'." })
  @NotBlank()
  @Length(3, 200)
  title: string;

  @Field(() => LocalDate, { description: "First day it covers." })
  startsOn: string;

  @Field(() => LocalDate, { description: "Last day it covers; after the first." })
  endsOn: string;
}

@InputType({ description: "The definition of a key performance indicator." })
export class KpiInput {
  @Field(() => String, { description: "What is measured, e.g. 'Professionals trained'." })
  @NotBlank()
  @Length(3, 300)
  name: string;

  @Field(() => String, { nullable: true, description: "How it is measured and reported." })
  @NotBlank()
  @IsOptional()
  @Length(3, 2000)
  description?: string | null;

  @Field(() => Float, { nullable: true, description: "The figure aimed at, in `unit` (0 or more)." })
  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  target?: number | null;

  @Field(() => String, { nullable: true, description: "What the target counts, e.g. 'professionals a year' or '%'." })
  @NotBlank()
  @IsOptional()
  @Length(1, 60)
  unit?: string | null;
}

@InputType({ description: "A new KPI of a plan, or of one of its objectives." })
export class AddKpiInput extends KpiInput {
  @Field(() => ID, { description: "The plan." })
  @IsUUID()
  planId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The objective of that plan it measures; the whole plan when empty.",
  })
  @IsOptional()
  @IsUUID()
  objectiveId?: string | null;
}

@InputType({ description: "A new objective of an action plan, with its KPIs." })
export class AddObjectiveInput {
  @Field(() => ID, { description: "The plan." })
  @IsUUID()
  planId: string;

  @Field(() => Theme, { description: "Which of the four Ps it serves." })
  theme: Theme;

  @Field(() => String, { description: "What it aims at." })
  @NotBlank()
  @Length(3, 500)
  title: string;

  @Field(() => [KpiInput], { defaultValue: [], description: "Its key performance indicators and monitoring." })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  kpis: KpiInput[];
}

@InputType({ description: "A milestone of an action." })
export class MilestoneInput {
  @Field(() => String, { description: "What is to be reached." })
  @NotBlank()
  @Length(3, 500)
  title: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When it is due; within the plan's period. Undated when empty.",
  })
  @IsOptional()
  dueOn?: string | null;
}

@InputType({ description: "A new action of an objective." })
export class AddActionInput {
  @Field(() => ID, { description: "The objective." })
  @IsUUID()
  objectiveId: string;

  @Field(() => String, { description: "What is to be done." })
  @NotBlank()
  @Length(3, 1000)
  title: string;

  @Field(() => LocalDate, { description: "When it is to be delivered; within the plan's period." })
  deliveryDate: string;

  @Field(() => [MilestoneInput], { defaultValue: [], description: "Its milestones, in order." })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  milestones: MilestoneInput[];

  @Field(() => [ID], { description: "The agencies leading it (at least one), from the directory." })
  @ArrayMinSize(1, { message: "must name at least one lead agency" })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: "names an agency twice" })
  @IsUUID("all", { each: true, message: "must be agency ids" })
  leadAgencyIds: string[];

  @Field(() => [ID], { defaultValue: [], description: "The lead officers, people of the directory." })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: "names a person twice" })
  @IsUUID("all", { each: true, message: "must be person ids" })
  leadOfficerIds: string[];
}

@InputType({ description: "A new milestone of an action, placed after its others." })
export class AddMilestoneInput extends MilestoneInput {
  @Field(() => ID, { description: "The action." })
  @IsUUID()
  actionId: string;
}

@InputType({ description: "A milestone reached." })
export class CompleteMilestoneInput {
  @Field(() => ID, { description: "The milestone." })
  @IsUUID()
  milestoneId: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The day it was reached; today when empty. Not in the future, not before the plan starts.",
  })
  @IsOptional()
  doneOn?: string | null;
}

@InputType({ description: "A progress update on an action." })
export class RecordProgressInput {
  @Field(() => ID, { description: "The action." })
  @IsUUID()
  actionId: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "The day the progress is reported; today when empty. Not in the future, not before the plan starts or the action was added.",
  })
  @IsOptional()
  reportedOn?: string | null;

  @Field(() => Rag, { description: "The RAG status it gives the action (RED, AMBER, GREEN or COMPLETE)." })
  rag: Rag;

  @Field(() => String, {
    nullable: true,
    description: "What happened. Required: every RAG update says why (BAD_USER_INPUT naming `input.note` without one).",
  })
  @NotBlank()
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the action is complete although some of its milestones are not reached. Required when `rag` is COMPLETE and a milestone is outstanding (BAD_USER_INPUT naming `input.completionReason` without one); refused on any other update.",
  })
  @NotBlank()
  @IsOptional()
  @MaxLength(2000)
  completionReason?: string | null;

  @Field(() => ID, { nullable: true, description: "The directory person the update is from, e.g. a lead officer." })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  reporterId?: string | null;
}

@InputType({ description: "One agency's attendance." })
export class AttendanceInput {
  @Field(() => ID, { description: "The agency: a member of the partnership the request acts in." })
  @IsUUID()
  agencyId: string;

  @Field(() => Attendance, { description: "Present, apologies or absent." })
  attendance: Attendance;
}

@InputType({ description: "A meeting of the partnership with its attendance." })
export class RecordMeetingInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The partnership that met: the one the request acts in (another is refused with FORBIDDEN); that one when empty.",
  })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;

  @Field(() => LocalDate, { description: "The day it was held; not in the future." })
  heldOn: string;

  @Field(() => MeetingKind, { description: "What it was for." })
  kind: MeetingKind;

  @Field(() => String, { description: "Title." })
  @NotBlank()
  @Length(3, 200)
  title: string;

  @Field(() => [AttendanceInput], { description: "Each expected agency's attendance." })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  attendance: AttendanceInput[];
}

@InputType({ description: "The level reached in one area, with its evidence." })
export class MaturityRatingInput {
  @Field(() => MaturityArea, { description: "The area." })
  area: MaturityArea;

  @Field(() => MaturityLevel, { description: "The level reached." })
  level: MaturityLevel;

  @Field(() => String, { description: "The evidence for it." })
  @NotBlank()
  @Length(3, 2000)
  evidence: string;
}

@InputType({
  description:
    "A self-assessment against the maturity matrix, of a partnership or of one agency (exactly one): one rating for each of the five areas.",
})
export class RecordMaturityAssessmentInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The partnership assessed, the one the request acts in (another is refused with FORBIDDEN); empty when an agency is.",
  })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The agency assessed (e.g. the council), a member of the partnership the request acts in, whose record the assessment becomes; empty when a partnership is.",
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => LocalDate, { description: "The day it was agreed; not in the future." })
  assessedOn: string;

  @Field(() => String, { description: "Who assessed." })
  @NotBlank()
  @Length(3, 200)
  assessor: string;

  @Field(() => [MaturityRatingInput], { description: "One rating per area, all five areas." })
  @ArrayMinSize(5, { message: "must rate all five areas" })
  @ArrayMaxSize(5, { message: "must rate each of the five areas once" })
  @ValidateNested({ each: true })
  ratings: MaturityRatingInput[];
}
