import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { EventType } from "./enums.js";

/**
 * A partner system's endpoint for some event types of one partnership, on behalf of one member
 * agency. The signing secret is stored to sign each delivery but is never a field: it is answered
 * once, when the webhook is registered (or its secret rotated).
 */
@ObjectType({
  description:
    "A partner system's webhook: an https endpoint that receives, for one member agency, the events of the chosen types in the partnership, signed per Standard Webhooks. Events carry ids and types only; the receiver fetches what changed through GraphQL, where its agency's sharing agreements apply. Partnership administrators only.",
})
@Public()
@Entity({ name: "webhook_subscription" })
@Index("webhook_subscription_partnership_idx", ["partnershipId", "createdAt"])
export class WebhookSubscription {
  @Field(() => ID, { description: "Stable identifier of the webhook." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => String, { description: "Where events are POSTed." })
  @Column("text")
  url: string;

  @Field(() => [EventType], { description: "The event types it receives." })
  @Column("text", { name: "event_types", array: true })
  eventTypes: EventType[];

  /** `whsec_<base64>`: signs every delivery; never a GraphQL field. */
  @Column("text")
  secret: string;

  @Field(() => Boolean, { description: "False once disabled: nothing more is sent to it." })
  @Column("boolean")
  active: boolean;

  @Field(() => String, { description: "The user who registered it." })
  @Column("text", { name: "created_by_user_id" })
  createdByUserId: string;

  @Column("uuid", { name: "created_by_agency_id" })
  createdByAgencyId: string;

  @Field(() => Date, { description: "When it was registered." })
  @Column("timestamptz", { name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was disabled; null while active." })
  @Column("timestamptz", { name: "disabled_at", nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When its signing secret was last replaced; null if never." })
  @Column("timestamptz", { name: "secret_rotated_at", nullable: true })
  secretRotatedAt: Date | null;
}
