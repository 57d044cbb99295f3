import { Public } from "@partnership/runtime";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Agency } from "./agency.js";
import { SharingAgreement } from "./sharing-agreement.js";

/** What happened to an agreement. */
export enum AgreementAction {
  CREATED = "CREATED",
  SIGNED = "SIGNED",
  SUSPENDED = "SUSPENDED",
  REACTIVATED = "REACTIVATED",
}

/** In what capacity an agency changed an agreement. */
export enum AgreementActingAs {
  PARTY = "PARTY",
  PARTNERSHIP_ADMINISTRATOR = "PARTNERSHIP_ADMINISTRATOR",
}

registerEnumType(AgreementAction, {
  name: "AgreementAction",
  description: "A step in a sharing agreement's history.",
  valuesConfig: {
    CREATED: { description: "Drawn up as a draft." },
    SIGNED: { description: "Signed by a party; the last signature makes it ACTIVE." },
    SUSPENDED: { description: "Suspended: it grants nothing until re-activated." },
    REACTIVATED: { description: "Re-activated after a suspension." },
  },
});

registerEnumType(AgreementActingAs, {
  name: "AgreementActingAs",
  description: "In what capacity an agency took a step in an agreement's history.",
  valuesConfig: {
    PARTY: { description: "As a party to the agreement." },
    PARTNERSHIP_ADMINISTRATOR: {
      description: "As the partnership's administrator (its chair agency), not a party: a reason is recorded.",
    },
  },
});

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
