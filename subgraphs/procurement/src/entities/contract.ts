import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Supplier } from "./supplier.js";

const money = { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) };

@ObjectType({ description: "A contract a partner agency holds with a supplier, recorded in one partnership." })
@Entity({ name: "contract" })
@Index(["partnershipId", "reference"], { unique: true })
export class Contract {
  @Field(() => ID, { description: "Stable identifier of the contract." })
  @Public()
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, {
    description: "The agency's contract reference, e.g. 'SMBC-2025-0042'. Unique within the partnership.",
  })
  @Public()
  @Column("text")
  reference: string;

  /** The partnership the contract is recorded in: only its requests see it or count it. */
  @Column("uuid", { name: "partnership_id" })
  partnershipId: string;

  @Index()
  @Column("uuid", { name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  /** The contracting agency (governance's Agency id); its own staff see the contract's value. */
  @Field(() => ID, { description: "The contracting agency's id (an Agency in the governance subgraph)." })
  @Public()
  @Column("uuid", { name: "agency_id" })
  agencyId: string;

  @Field(() => String, { description: "The department that manages the contract, e.g. 'Neighbourhoods'." })
  @Public()
  @Column("text")
  department: string;

  @Field(() => String, { description: "What is bought, e.g. 'Fleet vehicle cleaning'." })
  @Public()
  @Column("text")
  category: string;

  @Field(() => Float, { nullable: true, description: "Total contract value in pounds." })
  @Sensitive(DataCategory.COMMERCIAL)
  @Column("numeric", { precision: 14, scale: 2, transformer: money })
  value: number;

  @Field(() => LocalDate, { description: "First day of the contract." })
  @Public()
  @Column("date", { name: "start_date" })
  startDate: string;

  @Field(() => LocalDate, { description: "Last day of the contract." })
  @Public()
  @Column("date", { name: "end_date" })
  endDate: string;

  @Field(() => Boolean, { description: "True when the contract contains the modern slavery clause." })
  @Public()
  @Column("boolean", { name: "modern_slavery_clause" })
  modernSlaveryClause: boolean;

  @Field(() => Boolean, { description: "True when the supplier has signed up to the supplier code of conduct." })
  @Public()
  @Column("boolean", { name: "code_of_conduct" })
  codeOfConduct: boolean;

  @Field(() => Date, { description: "When the contract was recorded." })
  @Public()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
