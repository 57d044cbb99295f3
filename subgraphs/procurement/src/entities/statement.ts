import { LocalDate, Public } from "@partnership/runtime";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { StatementArea, StatementSource } from "./enums.js";
import { Supplier } from "./supplier.js";

@ObjectType({
  description: "A supplier's modern slavery statement for one financial year (section 54, Modern Slavery Act 2015).",
})
@Public()
@Entity({ name: "modern_slavery_statement" })
@Index(["supplierId", "periodEnd"], { unique: true })
export class ModernSlaveryStatement {
  @Field(() => ID, { description: "Stable identifier of the statement." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => LocalDate, { description: "First day of the financial year the statement covers." })
  @Column("date", { name: "period_start" })
  periodStart: string;

  @Field(() => LocalDate, { description: "Last day of the financial year the statement covers (the year end)." })
  @Column("date", { name: "period_end" })
  periodEnd: string;

  @Field(() => String, { description: "Where the statement is published." })
  @Column("text")
  url: string;

  @Field(() => LocalDate, { nullable: true, description: "When it was published; null when not known." })
  @Column("date", { name: "published_on", nullable: true })
  publishedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: "When the board approved it; null when it was not." })
  @Column("date", { name: "approved_on", nullable: true })
  approvedOn: string | null;

  @Field(() => String, { nullable: true, description: "Who signed it; null when unsigned." })
  @Column("text", { name: "signed_by", nullable: true })
  signedBy: string | null;

  @Field(() => String, { nullable: true, description: "The signer's role, e.g. 'Managing Director'." })
  @Column("text", { name: "signer_role", nullable: true })
  signerRole: string | null;

  @Field(() => Boolean, { description: "True when the signer is a director (or equivalent)." })
  @Column("boolean", { name: "signed_by_director" })
  signedByDirector: boolean;

  @Field(() => Boolean, { description: "True when a prominent link on the home page leads to it." })
  @Column("boolean", { name: "linked_from_home_page" })
  linkedFromHomePage: boolean;

  @Field(() => Boolean, { description: "True when it was submitted to the government's statement registry." })
  @Column("boolean", { name: "submitted_to_registry" })
  submittedToRegistry: boolean;

  @Field(() => [StatementArea], { description: "Which of the six recommended areas it covers." })
  @Column("text", { array: true })
  areas: StatementArea[];

  @Field(() => StatementSource, { description: "Where this record came from." })
  @Column("text")
  source: StatementSource;

  @Field(() => Int, { nullable: true, description: "The registry's StatementYear, when imported." })
  @Column("int", { name: "registry_year", nullable: true })
  registryYear: number | null;

  @Field(() => Date, { description: "When the record last changed." })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
