import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { SubjectRequestKind, SubjectRequestStatus } from "./enums.js";

/**
 * The conditions a request's subject is found by, as `subjectAccess(search:)` takes them. Kept as
 * four columns (not one JSON value) so the database itself refuses a request with none.
 */
@ObjectType({
  description: "How the data subject of a request is found across the services: every condition given must hold.",
})
@Public()
export class SubjectRequestSearch {
  @Field(() => String, { nullable: true, description: "Part of the subject's name or alias (case-insensitive)." })
  name: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The subject's date of birth." })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: "The subject's email address." })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A record's reference the subject is in, e.g. a concern reference 'SHOP-2020-0040'.",
  })
  reference: string | null;
}

@ObjectType({
  description:
    "A data subject's request (access, rectification or erasure) made to a member agency, with its due date: one calendar month from receipt (UK GDPR Art. 12(3)), extended by up to two further months with a reason. Read and written by data protection officers only.",
})
@Public()
@Entity({ name: "subject_request" })
@Index("subject_request_partnership_due_on_idx", ["partnershipId", "dueOn"])
export class SubjectRequest {
  @Field(() => ID, { description: "Stable identifier of the request." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => SubjectRequestKind, { description: "What the subject asked for." })
  @Column("text")
  kind: SubjectRequestKind;

  @Field(() => String, {
    description: "Who the subject is, in a few words, e.g. 'Former resident of 12 Hill St, asked by letter'.",
  })
  @Column("text")
  subject: string;

  @Column("text", { name: "search_name", nullable: true })
  searchName: string | null;

  @Column("date", { name: "search_date_of_birth", nullable: true })
  searchDateOfBirth: string | null;

  @Column("text", { name: "search_email", nullable: true })
  searchEmail: string | null;

  @Column("text", { name: "search_reference", nullable: true })
  searchReference: string | null;

  @Field(() => LocalDate, { description: "The day the request was received (the month runs from it)." })
  @Column("date", { name: "received_on" })
  receivedOn: string;

  @Field(() => LocalDate, {
    description:
      "The day the answer is due: one calendar month after receipt, plus any extension; the last day of the month when that month has no such day (received 31 January, due 28 or 29 February).",
  })
  @Column("date", { name: "due_on" })
  dueOn: string;

  @Field(() => Int, { description: "Further months the answer was extended by (0 to 2, Art. 12(3))." })
  @Column("int", { name: "extension_months", default: 0 })
  extensionMonths: number;

  @Field(() => String, { nullable: true, description: "Why it was extended (complexity, number of requests)." })
  @Column("text", { name: "extension_reason", nullable: true })
  extensionReason: string | null;

  @Field(() => SubjectRequestStatus, { description: "Open, completed or refused." })
  @Column("text")
  status: SubjectRequestStatus;

  @Field(() => LocalDate, { nullable: true, description: "The day it was answered or refused." })
  @Column("date", { name: "completed_on", nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: "How it was answered, or why it was refused." })
  @Column("text", { nullable: true })
  outcome: string | null;

  @Column("uuid", { name: "made_to_agency_id" })
  madeToAgencyId: string;

  @Field(() => String, { description: "The user who recorded the request." })
  @Column("text", { name: "recorded_by_user_id" })
  recordedByUserId: string;

  @Column("uuid", { name: "recorded_by_agency_id" })
  recordedByAgencyId: string;

  @Field(() => Date, { description: "When the request was recorded." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
