import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Agency } from "./agency.js";
import { SharingAgreement } from "./sharing-agreement.js";

@ObjectType({ description: "An agency that is a party to a sharing agreement, and its signature." })
@Public()
@Entity({ name: "agreement_party" })
@Unique(["agreementId", "agencyId"])
export class AgreementParty {
  @Field(() => ID, { description: "Stable identifier of the party entry." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "agreement_id" })
  agreementId: string;

  @ManyToOne(() => SharingAgreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: SharingAgreement;

  @Index()
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Field(() => Date, { nullable: true, description: "When the party signed; null while unsigned." })
  @Column("timestamptz", { name: "signed_at", nullable: true })
  signedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Name and role of who signed for the party." })
  @Column("text", { name: "signed_by", nullable: true })
  signedBy: string | null;
}
