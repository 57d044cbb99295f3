import { DataCategory, Public } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { SharingAgreement } from "./sharing-agreement.js";
import { RetentionEvent } from "./enums.js";

/** The longest retention term an agreement may state, in whole years. */
export const MAX_RETENTION_YEARS = 100;

/**
 * How long records of one data category shared under an agreement are kept, and from which event:
 * part of what the parties sign. Retention terms are what a data protection officer publishes, so
 * they are public to every partner, as the rest of the agreement is.
 */
@ObjectType({
  description:
    "How long an agreement's records of one data category are kept, and from which event (e.g. victim identity: 6 years after the concern closes). Part of what the parties sign.",
})
@Public()
@Entity({ name: "agreement_retention" })
@Unique(["agreementId", "category"])
@Check(`years BETWEEN 0 AND 100 AND months BETWEEN 0 AND 11`)
export class RetentionTerm {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "agreement_id" })
  agreementId: string;

  @ManyToOne(() => SharingAgreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: SharingAgreement;

  @Field(() => DataCategory, { description: "The data category the term applies to." })
  @Column("text")
  category: DataCategory;

  @Field(() => Int, { description: "Whole years the records are kept after the event." })
  @Column("int")
  years: number;

  @Field(() => Int, { description: "Months kept on top of the years (0 to 11)." })
  @Column("int")
  months: number;

  @Field(() => RetentionEvent, { description: "The event the period runs from." })
  @Column("text", { name: "after_event" })
  after: RetentionEvent;
}
