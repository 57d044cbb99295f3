import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Course } from "./course.js";
import { Delegate } from "./delegate.js";
import { AttendanceStatus, CompletionSource } from "./enums.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({
  description:
    "A delegate's attendance or completion of a course, and the certificate it earned. The delegate's details are PERSONNEL.",
})
@Entity({ name: "completion" })
export class Completion {
  @Field(() => ID, { description: "Stable identifier of the record." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /**
   * The partnership the record belongs to: its session's, or the partnership that imported it from
   * an LMS export. Copied onto every row so figures filter without a join.
   */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "course_id" })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "course_id" })
  course?: Course;

  @Index()
  @Column("uuid", { name: "session_id", nullable: true })
  sessionId: string | null;

  @ManyToOne(() => TrainingSession, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "session_id" })
  session?: TrainingSession;

  @Index()
  @Column("uuid", { name: "delegate_id" })
  delegateId: string;

  @ManyToOne(() => Delegate, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "delegate_id" })
  delegate?: Delegate;

  /** The delegate's agency at the time; copied so statistics need no join and records have an owner. */
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => AttendanceStatus, { description: "Attended, completed, or did not show." })
  @Public()
  @Column("text")
  status: AttendanceStatus;

  @Field(() => LocalDate, { nullable: true, description: "When the course was completed." })
  @Public()
  @Column("date", { name: "completed_on", nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: "The certificate's number, for a completion." })
  @Sensitive(DataCategory.PERSONNEL)
  @Column("text", { name: "certificate_number", nullable: true, unique: true })
  certificateNumber: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The last day the certificate is valid; null when it does not expire. A refresh is due by then.",
  })
  @Public()
  @Column("date", { name: "expires_on", nullable: true })
  expiresOn: string | null;

  @Field(() => CompletionSource, { description: "How the record arrived." })
  @Public()
  @Column("text")
  source: CompletionSource;
}
