import { IsOptional, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { RiskRating, StatementStatus, SupplierSector } from "../entities/index.js";

@InputType({ description: "Narrows the list of suppliers." })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: "Only suppliers whose name contains this text." })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => SupplierSector, { nullable: true, description: "Only suppliers in this sector." })
  sector?: SupplierSector | null;

  @Field(() => StatementStatus, {
    nullable: true,
    description: "Only suppliers whose statement check says this today.",
  })
  statementStatus?: StatementStatus | null;

  @Field(() => RiskRating, {
    nullable: true,
    description:
      "Only suppliers whose public rating (`risk.rating`) is this today; contract values and audit findings never decide which suppliers a filter returns.",
  })
  riskRating?: RiskRating | null;

  @Field(() => Boolean, { nullable: true, description: "Only suppliers in high-risk sectors." })
  highRiskSectorOnly?: boolean | null;
}

@InputType({ description: "Narrows the list of contracts." })
export class ContractFilter {
  @Field(() => ID, { nullable: true, description: "Only this supplier's contracts." })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only contracts without the modern slavery clause." })
  withoutModernSlaveryClause?: boolean | null;
}
