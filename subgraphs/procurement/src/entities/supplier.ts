import { Public } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { HighRiskCommodity, SupplierLocation, SupplierSector, TurnoverBand, WorkforceTrait } from "./enums.js";
import { RiskRating, StatementStatus } from "./check-types.js";

@ObjectType({ description: "An organisation that supplies goods or services to a partner agency." })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "companyNumber")')
@Public()
@Entity({ name: "supplier" })
export class Supplier {
  @Field(() => ID, { description: "Stable identifier of the supplier." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Registered name." })
  @Column("text")
  name: string;

  @Field(() => String, { description: "Companies House number, e.g. '01234567'. Unique." })
  @Column("text", { name: "company_number", unique: true })
  companyNumber: string;

  @Field(() => SupplierSector, { description: "What the supplier does." })
  @Column("text")
  sector: SupplierSector;

  @Field(() => TurnoverBand, { description: "Annual turnover band; £36m or more requires a statement." })
  @Column("text", { name: "turnover_band" })
  turnoverBand: TurnoverBand;

  @Field(() => String, { description: "Month and day the supplier's financial year ends, 'MM-DD'." })
  @Column("text", { name: "financial_year_end" })
  financialYearEnd: string;

  @Field(() => String, { nullable: true, description: "The supplier's home page." })
  @Column("text", { nullable: true })
  website: string | null;

  @Field(() => [WorkforceTrait], { description: "Characteristics of its workforce that raise the risk." })
  @Column("text", { name: "workforce_traits", array: true })
  workforceTraits: WorkforceTrait[];

  @Field(() => SupplierLocation, { description: "Where its operations and supply chain are." })
  @Column("text")
  location: SupplierLocation;

  @Field(() => [HighRiskCommodity], { description: "High-risk goods it supplies." })
  @Column("text", { array: true })
  commodities: HighRiskCommodity[];

  /** Snapshot of the statement check, refreshed on every change and daily; statistics group by it. */
  @Column("text", { name: "statement_status" })
  statementStatus: StatementStatus;

  /** Snapshot of the risk rating, refreshed with the statement status. */
  @Column("text", { name: "risk_rating" })
  riskRating: RiskRating;

  /** The day the snapshot was computed for. */
  @Column("date", { name: "assessed_on" })
  assessedOn: string;

  @Field(() => Date, { description: "When the supplier was added." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
