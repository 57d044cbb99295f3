import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { OrderKind } from "./enums.js";

/** A slavery and trafficking prevention or risk order. */
@ObjectType({
  description: "A slavery and trafficking prevention order (STPO) or risk order (STRO). OFFENDER_IDENTITY detail.",
})
@Entity({ name: "prevention_order" })
@Index("prevention_order_partnership_granted_on_idx", ["partnershipId", "grantedOn"])
export class PreventionOrder {
  @Field(() => ID, { description: "Stable identifier of the order." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's partnership, which the database fills from the concern: figures are read by partnership and day. */
  @Column({ type: "uuid", name: "partnership_id", insert: false, update: false })
  partnershipId: string;

  @Column("uuid", { name: "offender_id", nullable: true })
  offenderId: string | null;

  @Field(() => OrderKind, { nullable: true, description: "STPO or STRO." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("text")
  kind: OrderKind;

  @Field(() => String, {
    nullable: true,
    description:
      "Who or what the order is on, e.g. a person or a landlord; null once anonymised at the end of its retention.",
  })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("text", { nullable: true })
  subject: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The day the court granted it." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("date", { name: "granted_on" })
  grantedOn: string;

  @Field(() => LocalDate, { nullable: true, description: "The day it expires." })
  @Sensitive(DataCategory.OFFENDER_IDENTITY, { detail: true })
  @Column("date", { name: "expires_on" })
  expiresOn: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
