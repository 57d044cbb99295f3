import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Agency } from "./agency.js";
import { SharingAgreement } from "./sharing-agreement.js";
import { AgreementActingAs, AgreementAction } from "./enums.js";

@ObjectType({
  description: "One step in a sharing agreement's history: who did what, in what capacity, when and why.",
})
@Public()
@Entity({ name: "agreement_event" })
export class AgreementEvent {
  @Field(() => ID, { description: "Stable identifier of the step." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Increasing, from the database: a history is read in the order it was written. */
  @Column({ type: "bigint", insert: false, update: false })
  position: string;

  @Index()
  @Column("uuid", { name: "agreement_id" })
  agreementId: string;

  @ManyToOne(() => SharingAgreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: SharingAgreement;

  @Field(() => AgreementAction, { description: "What happened." })
  @Column("text")
  action: AgreementAction;

  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  /** The sign-in identity of who did it, for the partnership's data protection officers. */
  @Column("text", { name: "user_id" })
  userId: string;

  @Field(() => AgreementActingAs, { description: "In what capacity the agency acted." })
  @Column("text", { name: "acting_as" })
  actingAs: AgreementActingAs;

  @Field(() => String, { nullable: true, description: "Why, when a reason was given (always for a suspension)." })
  @Column("text", { nullable: true })
  reason: string | null;

  @Field(() => Date, { description: "When it happened." })
  @Column("timestamptz")
  at: Date;
}
