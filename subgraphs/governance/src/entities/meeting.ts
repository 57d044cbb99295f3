import { LocalDate, Public } from "@partnership/runtime";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Attendance, MeetingKind } from "./enums.js";

@ObjectType({ description: "A meeting of the partnership." })
@Public()
@Entity({ name: "meeting" })
@Index("meeting_partnership_held_on_idx", ["partnershipId", "heldOn"])
export class Meeting {
  @Field(() => ID, { description: "Stable identifier of the meeting." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => LocalDate, { description: "The day it was held." })
  @Column("date", { name: "held_on" })
  heldOn: string;

  @Field(() => MeetingKind, { description: "What it was for." })
  @Column("text")
  kind: MeetingKind;

  @Field(() => String, { description: "Title, e.g. 'SHOP operational group'." })
  @Column("text")
  title: string;
}

@ObjectType({ description: "One agency's attendance at one meeting." })
@Public()
@Entity({ name: "meeting_attendance" })
export class MeetingAttendance {
  @PrimaryColumn("uuid", { name: "meeting_id" })
  meetingId: string;

  @PrimaryColumn("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => Attendance, { description: "Present, apologies or absent." })
  @Column("text")
  attendance: Attendance;
}

@ObjectType({ description: "How often an agency attended the partnership's meetings in a period." })
@Public()
export class AttendanceRate {
  agencyId: string;

  @Field(() => Int, { description: "Meetings it was expected at (present, apologies or absent)." })
  meetings: number;

  @Field(() => Int, { description: "Meetings it was present at." })
  present: number;

  @Field(() => Int, { description: "Meetings it sent apologies to." })
  apologies: number;

  @Field(() => Int, { description: "Meetings it missed without apologies." })
  absent: number;

  @Field(() => Float, { description: "Present ÷ meetings, from 0 to 1, rounded to three places." })
  rate: number;
}
