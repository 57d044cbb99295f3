import { DataCategory, Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Agency } from "./agency.js";
import { SharingAgreement } from "./sharing-agreement.js";
import { AgencySector } from "./enums.js";

@ObjectType({
  description:
    "What an agreement grants: data categories to one recipient, named either as an agency or as a whole sector.",
})
@Public()
@Entity({ name: "agreement_grant" })
@Check(`(recipient_agency_id IS NULL) <> (recipient_sector IS NULL)`)
export class AgreementGrant {
  @Field(() => ID, { description: "Stable identifier of the grant." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid", { name: "agreement_id" })
  agreementId: string;

  @ManyToOne(() => SharingAgreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: SharingAgreement;

  @Index()
  @Column("uuid", { name: "recipient_agency_id", nullable: true })
  recipientAgencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recipient_agency_id" })
  recipientAgency?: Agency;

  @Field(() => AgencySector, {
    nullable: true,
    description: "The recipient sector, when the grant names a sector rather than an agency.",
  })
  @Column("text", { name: "recipient_sector", nullable: true })
  recipientSector: AgencySector | null;

  @Field(() => [DataCategory], { description: "The data categories granted." })
  @Column("text", { array: true })
  categories: DataCategory[];
}
