import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Partners visiting premises together, each with its own powers. */
@ObjectType({
  description:
    "A multi-agency disruption visit: partners visit premises together, screen the people there and each use their own powers. Detail of the concern.",
})
@Entity({ name: "disruption_visit" })
@Index("disruption_visit_partnership_visited_on_idx", ["partnershipId", "visitedOn"])
export class DisruptionVisit {
  @Field(() => ID, { description: "Stable identifier of the visit." })
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
  @Column("uuid", { name: "location_id" })
  locationId: string;

  @Field(() => LocalDate, { nullable: true, description: "The day of the visit." })
  @Sensitive(DataCategory.CASE_SUMMARY, { detail: true })
  @Column("date", { name: "visited_on" })
  visitedOn: string;

  @Column("uuid", { name: "agency_ids", array: true })
  agencyIds: string[];

  @Field(() => String, { nullable: true, description: "What was found, as the visiting officers recorded it." })
  @Sensitive(DataCategory.POLICE_INTELLIGENCE, { detail: true })
  @Column("text", { nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
