import { Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Course } from "./course.js";
import { SessionStatus } from "./enums.js";

@ObjectType("TrainingSession", { description: "One delivery of a course: when, where, by whom, for how many." })
@Public()
@Entity({ name: "training_session" })
@Index("training_session_partnership_starts_idx", ["partnershipId", "startsAt", "id"])
export class TrainingSession {
  @Field(() => ID, { description: "Stable identifier of the session." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The partnership whose session this is; its register and figures are that partnership's alone. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "course_id" })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "course_id" })
  course?: Course;

  @Field(() => Date, { description: "When it starts." })
  @Column("timestamptz", { name: "starts_at" })
  startsAt: Date;

  @Field(() => String, { nullable: true, description: "Where it is held; null when online." })
  @Column("text", { nullable: true })
  venue: string | null;

  @Field(() => Boolean, { description: "Whether it is held online." })
  @Column("boolean")
  online: boolean;

  @Field(() => String, { description: "Who delivers it." })
  @Column("text")
  trainer: string;

  @Field(() => Int, { description: "How many delegates it can take." })
  @Column("integer")
  capacity: number;

  @Field(() => SessionStatus, { description: "Where the session is." })
  @Column("text")
  status: SessionStatus;

  @Field(() => Date, { nullable: true, description: "When the session was cancelled; null unless it is CANCELLED." })
  @Column("timestamptz", { name: "cancelled_at", nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the session was cancelled, as the training administrator gave it; null unless it is CANCELLED.",
  })
  @Column("text", { name: "cancellation_reason", nullable: true })
  cancellationReason: string | null;
}
