import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** The anonymous MS1 report a public authority makes when an adult declines the NRM. */
@ObjectType({
  description:
    "A duty-to-notify report (MS1) made to the Home Office when an adult potential victim declines a referral into the NRM. SAFEGUARDING detail.",
})
@Entity({ name: "duty_to_notify" })
@Index("duty_to_notify_partnership_reported_on_idx", ["partnershipId", "reportedOn"])
export class DutyToNotify {
  @Field(() => ID, { description: "Stable identifier of the report." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index({ unique: true })
  @Column("uuid", { name: "victim_id" })
  victimId: string;

  @Index()
  @Column("uuid", { name: "concern_id" })
  concernId: string;

  /** The concern's partnership, which the database fills from the concern: figures are read by partnership and day. */
  @Column({ type: "uuid", name: "partnership_id", insert: false, update: false })
  partnershipId: string;

  @Field(() => LocalDate, { nullable: true, description: "The day the report was made." })
  @Sensitive(DataCategory.SAFEGUARDING, { detail: true })
  @Column("date", { name: "reported_on" })
  reportedOn: string;

  @Column("uuid", { name: "reporting_agency_id" })
  reportingAgencyId: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
