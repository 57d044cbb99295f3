import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { HighRiskCommodity, SupplierLocation, SupplierSector, TurnoverBand, WorkforceTrait } from "./enums.js";
import { RiskRating, StatementStatus } from "./enums.js";

/** The cases subgraph's signals about a supplier's premises, as the gateway brings them for a @requires. */
@ObjectType({
  description: "What the partnership's casework holds about a supplier's premises (locations with its company number).",
})
@Public()
export class IntelligenceSignals {
  @Field(() => Int, { description: "Concerns about the supplier's premises." })
  @Directive("@external")
  concerns: number;

  @Field(() => Int, { description: "Disruption visits to the supplier's premises." })
  @Directive("@external")
  visits: number;

  @Field(() => Int, { description: "Interventions in concerns about the supplier's premises." })
  @Directive("@external")
  interventions: number;

  @Field(() => LocalDate, { nullable: true, description: "The day the latest concern came in; null when none did." })
  @Directive("@external")
  lastConcernOn: string | null;
}

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

  /** Snapshot of the statement check, refreshed on every change and daily (refresh-assessments-cli); statistics group by it. */
  @Column("text", { name: "statement_status" })
  statementStatus: StatementStatus;

  /**
   * Snapshot of the public risk rating (`risk.rating`): from the supplier alone (sector, workforce,
   * location, goods, statement), refreshed with the statement status; no contract value or audit
   * finding moves it. A partnership's rating with its own contracts and open findings (COMMERCIAL)
   * is in supplier_partnership_risk, refreshed at the same time.
   */
  @Column("text", { name: "risk_rating" })
  riskRating: RiskRating;

  /**
   * The day the snapshot was computed for. Older than today, it may no longer hold (the status moves
   * with the calendar): reads assess such a supplier by the pure rules instead, and write nothing.
   */
  @Column("date", { name: "assessed_on" })
  assessedOn: string;

  @Field(() => Date, { description: "When the supplier was added." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** Resolved by the cases subgraph; present only when the gateway brings it for riskIncludingIntelligence. */
  @Field(() => IntelligenceSignals, {
    nullable: true,
    description:
      "How many concerns, disruption visits and interventions are linked to premises with the supplier's company number, and when the latest concern came in. SUPPLIER_RISK.",
  })
  @Directive("@external")
  @Sensitive(DataCategory.SUPPLIER_RISK)
  intelligenceSignals?: IntelligenceSignals | null;
}
