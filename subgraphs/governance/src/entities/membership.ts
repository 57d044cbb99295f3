import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Agency } from "./agency.js";
import { Partnership } from "./partnership.js";
import { MembershipRole } from "./enums.js";

@ObjectType({ description: "An agency's membership of a partnership." })
@Public()
@Entity({ name: "membership" })
@Unique(["partnershipId", "agencyId"])
export class Membership {
  @Field(() => ID, { description: "Stable identifier of the membership." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: "CASCADE" })
  @JoinColumn({ name: "partnership_id" })
  partnership?: Partnership;

  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Field(() => MembershipRole, { description: "The part the agency plays." })
  @Column("text")
  role: MembershipRole;

  @Field(() => LocalDate, { description: "The date the agency joined." })
  @Column("date")
  since: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The last day of its membership, when it has left or is leaving; null while it stays.",
  })
  @Column("date", { nullable: true })
  until: string | null;
}
