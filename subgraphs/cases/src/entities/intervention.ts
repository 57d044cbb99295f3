import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { InterventionType } from "./enums.js";

/** One agency using one of its powers. */
@ObjectType({
  description: "What one agency did with its own powers, usually during a visit. ENFORCEMENT detail of the concern.",
})
@Entity({ name: "intervention" })
@Index("intervention_partnership_carried_out_on_idx", ["partnershipId", "carriedOutOn"])
export class Intervention {
  @Field(() => ID, { description: "Stable identifier of the intervention." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's partnership, which the database fills from the concern: figures are read by partnership and day. */
  @Column({ type: "uuid", name: "partnership_id", insert: false, update: false })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "visit_id", nullable: true })
  visitId: string | null;

  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => InterventionType, { nullable: true, description: "What kind of intervention." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  @Column("text")
  type: InterventionType;

  @Field(() => LocalDate, { nullable: true, description: "The day it was carried out." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  @Column("date", { name: "carried_out_on" })
  carriedOutOn: string;

  @Field(() => String, { nullable: true, description: "What came of it." })
  @Sensitive(DataCategory.ENFORCEMENT, { detail: true })
  @Column("text", { nullable: true })
  outcome: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
