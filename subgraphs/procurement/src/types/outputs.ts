import { Connection, LocalDate, Public } from "@partnership/runtime";
import { Field, Int, ObjectType } from "type-graphql";
import { Audit, Contract, CorrectiveAction, RiskRating, StatementStatus, Supplier } from "../entities/index.js";

@ObjectType({ description: "A page of suppliers." })
export class SupplierConnection extends Connection(Supplier) {}

@ObjectType({ description: "A page of contracts." })
export class ContractConnection extends Connection(Contract) {}

@ObjectType({ description: "A page of audits." })
export class AuditConnection extends Connection(Audit) {}

@ObjectType({ description: "A page of corrective actions." })
export class CorrectiveActionConnection extends Connection(CorrectiveAction) {}

@ObjectType({ description: "How many suppliers have one statement status." })
@Public()
export class StatementStatusCount {
  @Field(() => StatementStatus, { description: "The status." })
  key: StatementStatus;

  @Field(() => Int, { description: "How many suppliers." })
  count: number;
}

@ObjectType({ description: "How many suppliers have one risk rating." })
@Public()
export class RiskRatingCount {
  @Field(() => RiskRating, { description: "The rating." })
  key: RiskRating;

  @Field(() => Int, { description: "How many suppliers." })
  count: number;
}

@ObjectType({ description: "How many suppliers have one statement status and one risk rating." })
@Public()
export class StatusRiskCount {
  @Field(() => StatementStatus, { description: "The statement status." })
  statementStatus: StatementStatus;

  @Field(() => RiskRating, { description: "The risk rating." })
  riskRating: RiskRating;

  @Field(() => Int, { description: "How many suppliers." })
  count: number;
}

@ObjectType({
  description:
    "One partnership's procurement figures as at the end of a day (today unless asked for an earlier one). The partnership's suppliers are the suppliers it holds at least one contract with; no other partnership's contracts, audits or findings count.",
})
@Public()
export class ProcurementStatistics {
  @Field(() => [StatementStatusCount], {
    description:
      "The partnership's suppliers (those it holds a contract with) by statement status; the status itself is about the supplier's public statement, the same in every partnership.",
  })
  suppliersByStatementStatus: StatementStatusCount[];

  @Field(() => [RiskRatingCount], {
    description:
      "The partnership's suppliers (those it holds a contract with) by risk rating: for a caller holding COMMERCIAL, rated with the partnership's own contracts and open audit findings (ratingWithCommercial); for any other, by the public rating (see riskIncludesCommercial).",
  })
  suppliersByRiskRating: RiskRatingCount[];

  @Field(() => [StatusRiskCount], {
    description:
      "The partnership's suppliers (those it holds a contract with) by statement status and risk rating together (the rating as in suppliersByRiskRating).",
  })
  suppliersByStatusAndRisk: StatusRiskCount[];

  @Field(() => Int, { description: "The partnership's contracts without the modern slavery clause." })
  contractsWithoutClause: number;

  @Field(() => Int, {
    description: "The partnership's contracts whose supplier has not signed up to the code of conduct.",
  })
  contractsWithoutCodeOfConduct: number;

  @Field(() => Int, {
    description:
      "The partnership's suppliers rated HIGH risk (the rating as in suppliersByRiskRating) that the partnership has never audited.",
  })
  highRiskWithoutAudit: number;

  @Field(() => Int, {
    description: "Corrective actions of the partnership's audits past their due date and not done.",
  })
  overdueCorrectiveActions: number;

  @Field(() => Boolean, {
    description:
      "True when the risk figures count each supplier by its rating with the partnership's contract values and open audit findings: only for a caller whose agreements grant COMMERCIAL, as those records move them. False: by the public rating.",
  })
  riskIncludesCommercial: boolean;

  @Field(() => LocalDate, {
    description:
      "The day the figures are as at: the day asked for, or today when none was asked or the day asked is still to come.",
  })
  asOf: string;
}

@ObjectType({ description: "A registry row matched to one of our suppliers, and what the import did with it." })
@Public()
export class RegistryImportChange {
  @Field(() => Int, { description: "Line of the file where the row starts." })
  line: number;

  @Field(() => String, { description: "The company number, normalised." })
  companyNumber: string;

  @Field(() => String, { description: "Our supplier's name." })
  supplierName: string;

  @Field(() => String, { description: "The statement's year end (YYYY-MM-DD)." })
  periodEnd: string;

  @Field(() => String, { description: "CREATED, UPDATED or UNCHANGED." })
  action: string;

  @Field(() => [String], { description: "The fields that changed, when UPDATED." })
  changedFields: string[];
}

@ObjectType({ description: "A registry row whose company number is not one of our suppliers." })
@Public()
export class RegistryImportUnmatched {
  @Field(() => Int, { description: "Line of the file where the row starts." })
  line: number;

  @Field(() => String, { description: "The company number, normalised." })
  companyNumber: string;

  @Field(() => String, { nullable: true, description: "The organisation name in the registry." })
  organisationName: string | null;
}

@ObjectType({ description: "A registry row that was rejected, and why." })
@Public()
export class RegistryImportRejection {
  @Field(() => Int, { description: "Line of the file where the row starts." })
  line: number;

  @Field(() => String, { nullable: true, description: "The company number as given, if any." })
  companyNumber: string | null;

  @Field(() => String, { description: "Why, in plain words." })
  reason: string;
}

@ObjectType({
  description:
    "What an import of the registry's CSV did. Lists hold at most 100 rows each; the counts cover every row.",
})
@Public()
export class RegistryImportReport {
  @Field(() => Int, { description: "Data rows read (the header excluded)." })
  rowsRead: number;

  @Field(() => Int, { description: "Rows matched to one of our suppliers by company number." })
  matched: number;

  @Field(() => Int, { description: "Statements added." })
  created: number;

  @Field(() => Int, { description: "Statements (or supplier turnover bands) changed." })
  updated: number;

  @Field(() => Int, { description: "Matched rows that changed nothing." })
  unchanged: number;

  @Field(() => Int, { description: "Valid rows whose company number is not one of our suppliers." })
  unmatched: number;

  @Field(() => Int, { description: "Rows rejected." })
  rejected: number;

  @Field(() => [RegistryImportChange], { description: "The matched rows (first 100)." })
  changes: RegistryImportChange[];

  @Field(() => [RegistryImportUnmatched], { description: "The unmatched rows (first 100)." })
  unmatchedRows: RegistryImportUnmatched[];

  @Field(() => [RegistryImportRejection], { description: "The rejected rows with their reasons (first 100)." })
  rejections: RegistryImportRejection[];
}

@ObjectType({
  description: "A count of a network's, withheld when it is from 1 to 4 (no one sees a network's records).",
})
@Public()
export class NetworkFigure {
  @Field(() => Int, { nullable: true, description: "The figure; null when suppressed." })
  count: number | null;

  @Field(() => Boolean, { description: "True when the figure was from 1 to 4 and is withheld." })
  suppressed: boolean;
}

@ObjectType({
  description: "A network's procurement figures today: sums across its partnerships, small counts withheld.",
})
@Public()
export class NetworkProcurementStatistics {
  @Field(() => NetworkFigure, { description: "The partnerships' contracts." })
  contracts: NetworkFigure;

  @Field(() => NetworkFigure, { description: "Their contracts without a modern slavery clause." })
  contractsWithoutClause: NetworkFigure;

  @Field(() => NetworkFigure, { description: "Their audits' corrective actions past their due date and not done." })
  overdueCorrectiveActions: NetworkFigure;
}
