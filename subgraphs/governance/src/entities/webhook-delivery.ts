import { Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { EventType, WebhookDeliveryStatus } from "./enums.js";

/** One event sent (or to be sent) to one webhook: the event's ids and type, and its attempts. */
@ObjectType({
  description:
    "One event's delivery to a webhook, with its attempts: every attempt carries the same webhook-id (the event id).",
})
@Public()
@Entity({ name: "webhook_delivery" })
@Index("webhook_delivery_once", ["subscriptionId", "eventId"], { unique: true })
export class WebhookDelivery {
  @Field(() => ID, { description: "Stable identifier of the delivery." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Commit order of the events (a bigint, as text): deliveries about one record are sent in it. */
  @Column({ type: "bigint", insert: false, update: false })
  seq: string;

  @Column("uuid", { name: "subscription_id" })
  subscriptionId: string;

  @Field(() => ID, { description: "The event's id: the webhook-id header of every attempt, and data.eventId." })
  @Column("uuid", { name: "event_id" })
  eventId: string;

  @Field(() => EventType, { description: "The event's type." })
  @Column("text", { name: "event_type" })
  eventType: EventType;

  @Field(() => String, { description: "The GraphQL type of the record the event is about, e.g. Concern." })
  @Column("text", { name: "subject_type" })
  subjectType: string;

  @Field(() => ID, { description: "The id of the record the event is about." })
  @Column("uuid", { name: "subject_id" })
  subjectId: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => [ID], { description: "The agencies the event concerns (empty for a partnership-wide event)." })
  @Column("uuid", { name: "agency_ids", array: true })
  agencyIds: string[];

  @Field(() => Date, { description: "When the change happened." })
  @Column("timestamptz", { name: "occurred_at" })
  occurredAt: Date;

  @Field(() => Int, { description: "How many attempts were made so far." })
  @Column("int")
  attempts: number;

  @Field(() => WebhookDeliveryStatus, { description: "Pending, delivered or failed." })
  @Column("text")
  status: WebhookDeliveryStatus;

  @Field(() => Date, { nullable: true, description: "When the next attempt is due; null once delivered or failed." })
  @Column("timestamptz", { name: "next_attempt_at", nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was last attempted; null before the first attempt." })
  @Column("timestamptz", { name: "last_attempt_at", nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status the endpoint answered the last attempt with; null when it did not answer.",
  })
  @Column("int", { name: "last_status", nullable: true })
  lastStatus: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the last attempt failed (status, timeout, connection refused), at most 500 characters.",
  })
  @Column("text", { name: "last_error", nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: "When an attempt succeeded; null until then." })
  @Column("timestamptz", { name: "delivered_at", nullable: true })
  deliveredAt: Date | null;

  @Field(() => Date, { description: "When the event was queued for this webhook." })
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;
}
