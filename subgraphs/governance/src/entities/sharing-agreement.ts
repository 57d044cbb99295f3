import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { AgreementState } from "./enums.js";

@ObjectType({
  description:
    "An information-sharing agreement between partner agencies: its purpose and lawful basis, its parties and their signatures, and which data categories it grants to whom.",
})
@Public()
@Entity({ name: "sharing_agreement" })
export class SharingAgreement {
  @Field(() => ID, { description: "Stable identifier of the agreement." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "The partnership's reference, e.g. 'ISA-2024-003'. Unique." })
  @Column("text", { unique: true })
  reference: string;

  @Field(() => String, { description: "Title of the agreement." })
  @Column("text")
  title: string;

  @Field(() => String, { description: "Why the information is shared." })
  @Column("text")
  purpose: string;

  @Field(() => String, {
    description:
      "The lawful basis for sharing, e.g. 'UK GDPR Art. 6(1)(e) public task; Art. 9(2)(g); DPA 2018 Sch. 1 para 10'.",
  })
  @Column("text", { name: "lawful_basis" })
  lawfulBasis: string;

  /** The partnership whose records and member agencies its grants apply to, and only those. */
  @Index()
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Field(() => LocalDate, { description: "First day the agreement may be in force." })
  @Column("date", { name: "start_date" })
  startDate: string;

  @Field(() => LocalDate, { description: "Last day the agreement is in force; after it the agreement is EXPIRED." })
  @Column("date", { name: "end_date" })
  endDate: string;

  @Field(() => LocalDate, { nullable: true, description: "When the parties review the agreement." })
  @Column("date", { name: "review_date", nullable: true })
  reviewDate: string | null;

  @Column("text")
  state: AgreementState;

  @Field(() => String, { nullable: true, description: "Why the agreement was suspended, while it is." })
  @Column("text", { name: "suspended_reason", nullable: true })
  suspendedReason: string | null;

  @Field(() => Int, {
    description: "Increases with every change; send it back with a change to detect concurrent edits.",
  })
  @VersionColumn()
  version: number;

  @Field(() => Date, { description: "When the agreement was drawn up." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { description: "When the agreement last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
