import {
  actingPartnership,
  DataCategory,
  forbidden,
  isUuid,
  LocalDate,
  Public,
  Role,
  Roles,
} from "@partnership/runtime";
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Readable } from "node:stream";
import type { ProcurementContext } from "../context.js";
import { Partnership, RiskRating, StatementStatus } from "../entities/index.js";
import { importRegistryCsv, registryImports } from "../services/registry-import.js";
import { procurementStatisticsAsAt } from "../services/statistics-as-at.js";
import { procurementStatistics } from "../services/statistics-service.js";

const AS_OF = {
  nullable: true,
  description:
    "The day the figures are as at (its end): each supplier's statement status and rating as they stood then, the contracts started, audits done and corrective actions outstanding by then. Today when empty or still to come.",
} as const;

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

@Resolver()
export class StatisticsResolver {
  @Query(() => ProcurementStatistics, {
    description:
      "The procurement figures of the partnership the request acts in: its suppliers by statement status and risk, its contracts without the clause, its high-risk suppliers without an audit, its overdue actions.",
  })
  procurementStatistics(
    @Arg("partnershipId", () => ID, {
      nullable: true,
      description:
        "The partnership; when given it must be the one the request acts in (another partnership's figures are FORBIDDEN). Defaults to it.",
    })
    partnershipId: string | null,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null | undefined,
    @Ctx() ctx: ProcurementContext,
  ) {
    return statisticsOf(partnershipId ?? actingPartnership(ctx.caller).id, asOf, ctx);
  }

  @Mutation(() => RegistryImportReport, {
    description:
      "Imports the government registry's statement-summary CSV: matches our suppliers by company number, adds or updates their statements and reports what matched, changed and was rejected. Streamed; all or nothing. One import per user at a time, this or a streamed upload to the gateway's POST /procurement/registry-import (RATE_LIMITED otherwise), rolled back if the request is abandoned. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  importRegistryStatements(
    @Arg("csv", () => String, { description: "The CSV text, header row first." }) csv: string,
    @Ctx() ctx: ProcurementContext,
  ) {
    return registryImports(ctx.dataSource).run(ctx.caller, () =>
      importRegistryCsv(ctx.dataSource, Readable.from([csv]), ctx.clock.today(), ctx.signal),
    );
  }
}

/** The partnership's procurement figures: the procurement part of the annual report in one query. */
@Resolver(() => Partnership)
export class PartnershipProcurementResolver {
  @FieldResolver(() => ProcurementStatistics, {
    nullable: true,
    description:
      "The partnership's procurement figures as at the end of a day, today unless asked (statement status moves with the calendar, so a report for a period asks for its last day). Only for the partnership the request acts in: another partnership's are FORBIDDEN.",
  })
  @Public()
  procurementStatistics(
    @Root() partnership: Partnership,
    @Arg("asOf", () => LocalDate, AS_OF) asOf: string | null | undefined,
    @Ctx() ctx: ProcurementContext,
  ) {
    return statisticsOf(partnership.id, asOf, ctx);
  }
}

/**
 * A partnership's figures, for a request acting in that partnership only (a network's aggregates are
 * another feature). Today's are counted from the stored snapshot; an earlier day's from the history.
 */
async function statisticsOf(partnershipId: string, asOf: string | null | undefined, ctx: ProcurementContext) {
  const acting = actingPartnership(ctx.caller);
  if (!isUuid(partnershipId) || partnershipId !== acting.id)
    throw forbidden("procurement figures are given only for the partnership the request acts in");
  const today = ctx.clock.today();
  const commercial = Boolean(ctx.caller.grants[DataCategory.COMMERCIAL]);
  if (!asOf || asOf >= today)
    return { ...(await procurementStatistics(ctx.dataSource, acting.id, today, commercial)), asOf: today };
  return { ...(await procurementStatisticsAsAt(ctx.dataSource, acting.id, asOf, commercial)), asOf };
}
