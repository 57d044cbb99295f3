import { DataCategory, LocalDate, Public, Sensitive } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { CommercialScope, FindingLevel, RiskRating, StatementStatus } from "./enums.js";

@ObjectType({ description: "One result of the statement check, with its reason in plain words." })
@Public()
export class StatementFinding {
  @Field(() => String, { description: "Stable code of the rule, e.g. 'NOT_BOARD_APPROVED'." })
  code: string;

  @Field(() => FindingLevel, { description: "Whether the law or the guidance asks for it." })
  level: FindingLevel;

  @Field(() => String, { description: "The reason in plain words, e.g. 'not approved by the board'." })
  reason: string;

  @Field(() => Int, { description: "Points this finding takes off the score." })
  penalty: number;
}

@ObjectType({ description: "The statement check of a supplier on a given day: deterministic and explained." })
@Public()
export class StatementCheck {
  @Field(() => Boolean, {
    description: "True when the supplier must publish a statement (turnover £36m or more, or unknown).",
  })
  required: boolean;

  @Field(() => StatementStatus, { description: "The verdict." })
  status: StatementStatus;

  @Field(() => [StatementFinding], { description: "Every finding, each with its reason." })
  findings: StatementFinding[];

  @Field(() => Int, { nullable: true, description: "0 to 100; null when no statement is required." })
  score: number | null;

  @Field(() => LocalDate, { nullable: true, description: "The year end of the statement checked, if any." })
  checkedPeriodEnd: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When the next statement is due (six months after its year end); in the past when overdue.",
  })
  nextDueDate: string | null;

  @Field(() => LocalDate, { description: "The day the check was made for." })
  checkedOn: string;
}

@ObjectType({ description: "One reason behind a supplier's risk rating." })
@Public()
export class RiskFactor {
  @Field(() => String, { description: "Which characteristic, e.g. 'SECTOR', 'WORKFORCE', 'STATEMENT'." })
  factor: string;

  @Field(() => Int, { description: "Risk points it adds." })
  points: number;

  @Field(() => String, { description: "The reason in plain words." })
  reason: string;
}

@ObjectType({
  description:
    "A supplier's risk rating and the reasons behind it. The public part is from the supplier itself and its public statement (and, in riskIncludingIntelligence, the casework's signals); the part from contract values and audit findings is COMMERCIAL and kept in fields of its own, so no public figure moves with a commercial record.",
})
export class SupplierRisk {
  @Field(() => RiskRating, {
    description:
      "The rating from the public factors: the same for every caller, whatever the contracts and audits hold.",
  })
  @Public()
  rating: RiskRating;

  @Field(() => Int, { description: "Risk points of the public factors." })
  @Public()
  points: number;

  @Field(() => [RiskFactor], {
    description:
      "Every public factor that added points (sector, workforce, location, goods, statement; intelligence where included).",
  })
  @Public()
  factors: RiskFactor[];

  @Field(() => Boolean, {
    description:
      "True when the casework's intelligence signals about the supplier's premises are part of the rating: only in riskIncludingIntelligence, for callers whose agreements grant SUPPLIER_RISK.",
  })
  @Public()
  includesIntelligence: boolean;

  @Field(() => [RiskFactor], {
    nullable: true,
    description:
      "The factors from the contract values and open audit findings of the partnership the request acts in (CONTRACT_VALUE, AUDIT): from all of them where COMMERCIAL is granted; otherwise from the caller's own agency's, where it has any (see commercialScope), and refused where it has none.",
  })
  @Sensitive(DataCategory.COMMERCIAL)
  commercialFactors: RiskFactor[] | null;

  @Field(() => RiskRating, {
    nullable: true,
    description:
      "The rating with the commercial factors added to the public ones (from the same records as commercialFactors).",
  })
  @Sensitive(DataCategory.COMMERCIAL)
  ratingWithCommercial: RiskRating | null;

  @Field(() => Int, {
    nullable: true,
    description: "Risk points of the public and the commercial factors together.",
  })
  @Sensitive(DataCategory.COMMERCIAL)
  pointsWithCommercial: number | null;

  @Field(() => CommercialScope, {
    nullable: true,
    description:
      "Whose contracts and findings commercialFactors, ratingWithCommercial and pointsWithCommercial are from; null when the caller may see none (no COMMERCIAL grant, and no contract or open finding of its own agency with the supplier).",
  })
  @Public()
  commercialScope: CommercialScope | null;

  /** The supplier rated: the audit log names the record by it. */
  supplierId: string;

  /**
   * Whose records the commercial part is from: the caller's own agency (its own contracts and
   * findings, which it sees without an agreement) or null for the whole partnership's (COMMERCIAL).
   */
  commercialOwner: string | null;
}
