import { LocalDate } from "@partnership/runtime";
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsUUID, Length, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Attendance, MaturityArea, MaturityLevel, MeetingKind, Rag, Theme } from "../entities/index.js";

@InputType({ description: "A new action plan for a partnership." })
export class CreateActionPlanInput {
  @Field(() => ID, { description: "The partnership." })
  @IsUUID()
  partnershipId: string;

  @Field(() => String, { description: "Title, e.g. 'Modern Slavery Action Plan 2023–2026'." })
  @Length(3, 200)
  title: string;

  @Field(() => LocalDate, { description: "First day it covers." })
  startsOn: string;

  @Field(() => LocalDate, { description: "Last day it covers; after the first." })
  endsOn: string;
}

@InputType({ description: "A new objective of an action plan." })
export class AddObjectiveInput {
  @Field(() => ID, { description: "The plan." })
  @IsUUID()
  planId: string;

  @Field(() => Theme, { description: "Which of the four Ps it serves." })
  theme: Theme;

  @Field(() => String, { description: "What it aims at." })
  @Length(3, 500)
  title: string;

  @Field(() => [String], { defaultValue: [], description: "Its key performance indicators and monitoring." })
  @ArrayMaxSize(20)
  @Length(3, 500, { each: true })
  kpis: string[];
}

@InputType({ description: "A new action of an objective." })
export class AddActionInput {
  @Field(() => ID, { description: "The objective." })
  @IsUUID()
  objectiveId: string;

  @Field(() => String, { description: "What is to be done." })
  @Length(3, 1000)
  title: string;

  @Field(() => LocalDate, { description: "When it is to be delivered; within the plan's period." })
  deliveryDate: string;

  @Field(() => [String], { defaultValue: [], description: "Its milestones, in order." })
  @ArrayMaxSize(20)
  @Length(3, 500, { each: true })
  milestones: string[];

  @Field(() => [ID], { description: "The agencies leading it (at least one)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID("all", { each: true })
  leadAgencyIds: string[];

  @Field(() => [ID], { defaultValue: [], description: "The lead officers (directory people)." })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID("all", { each: true })
  leadOfficerIds: string[];
}

@InputType({ description: "A progress update on an action." })
export class RecordProgressInput {
  @Field(() => ID, { description: "The action." })
  @IsUUID()
  actionId: string;

  @Field(() => LocalDate, { nullable: true, description: "The day the progress is reported; today when empty." })
  @IsOptional()
  reportedOn?: string | null;

  @Field(() => Rag, { description: "The RAG status it gives the action (RED, AMBER, GREEN or COMPLETE)." })
  rag: Rag;

  @Field(() => String, { description: "What happened; every RAG update needs one." })
  note: string;
}

@InputType({ description: "One agency's attendance." })
export class AttendanceInput {
  @Field(() => ID, { description: "The agency." })
  @IsUUID()
  agencyId: string;

  @Field(() => Attendance, { description: "Present, apologies or absent." })
  attendance: Attendance;
}

@InputType({ description: "A meeting of the partnership with its attendance." })
export class RecordMeetingInput {
  @Field(() => ID, { description: "The partnership." })
  @IsUUID()
  partnershipId: string;

  @Field(() => LocalDate, { description: "The day it was held; not in the future." })
  heldOn: string;

  @Field(() => MeetingKind, { description: "What it was for." })
  kind: MeetingKind;

  @Field(() => String, { description: "Title." })
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
  @Length(3, 2000)
  evidence: string;
}

@InputType({ description: "A self-assessment against the maturity matrix: one rating for each of the five areas." })
export class RecordMaturityAssessmentInput {
  @Field(() => ID, { description: "The partnership." })
  @IsUUID()
  partnershipId: string;

  @Field(() => LocalDate, { description: "The day it was agreed; not in the future." })
  assessedOn: string;

  @Field(() => String, { description: "Who assessed." })
  @Length(3, 200)
  assessor: string;

  @Field(() => [MaturityRatingInput], { description: "One rating per area, all five areas." })
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  ratings: MaturityRatingInput[];
}
