import { type ModernSlaveryStatement, RiskRating, type StatementStatus, type Supplier } from "../entities/index.js";
import { NO_PARTNERSHIP_INPUTS, type PartnershipInputs } from "../queries/assessment-inputs.js";
import { assessSupplier } from "./supplier-assessment.js";

/** What of a statement tells whether it was on record on a day. */
type DatedStatement = Pick<ModernSlaveryStatement, "periodEnd" | "publishedOn">;

/**
 * Was the statement on record on `day`? Published by then; one with no publication date known is
 * taken as published once its year had ended (no statement is published before its year ends).
 */
export function publishedBy(statement: DatedStatement, day: string): boolean {
  return statement.publishedOn ? statement.publishedOn <= day : statement.periodEnd < day;
}

/** The partnership's suppliers counted by statement status and risk rating, and the high-risk ones never audited. */
export interface SupplierFigures {
  suppliersByStatementStatus: Array<{ key: StatementStatus; count: number }>;
  suppliersByRiskRating: Array<{ key: RiskRating; count: number }>;
  suppliersByStatusAndRisk: Array<{ statementStatus: StatementStatus; riskRating: RiskRating; count: number }>;
  highRiskWithoutAudit: number;
}

/** What the figures as at a day are computed from: each record as it stood on that day. */
export interface SuppliersOnDay {
  /** The suppliers the partnership held a contract with by the day. */
  suppliers: readonly Supplier[];
  /** Each supplier's statements, all of them: those not yet on record on the day are left out here. */
  statements: ReadonlyMap<string, readonly ModernSlaveryStatement[]>;
  /** The partnership's contract values and open findings on the day, by supplier; read only with COMMERCIAL. */
  inputs: ReadonlyMap<string, PartnershipInputs>;
  /** Suppliers the partnership had audited by the day. */
  audited: ReadonlySet<string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function countBy<K extends string>(keys: K[]): Array<{ key: K; count: number }> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => byText(a, b)).map(([key, count]) => ({ key, count }));
}

/**
 * Each supplier's statement status and rating as they stood on `day`, by the same pure rules that
 * assess it today, counted as the snapshot statistics count today's: with `commercial`, the
 * partnership's rating with its own records where they add to it, else the public rating.
 */
export function supplierFiguresOn(records: SuppliersOnDay, day: string, commercial: boolean): SupplierFigures {
  const assessed = records.suppliers.map((supplier) => {
    const statements = (records.statements.get(supplier.id) ?? []).filter((s) => publishedBy(s, day));
    const inputs = commercial ? records.inputs.get(supplier.id) : undefined;
    const { check, risk } = assessSupplier(supplier, { statements, ...(inputs ?? NO_PARTNERSHIP_INPUTS) }, day);
    return {
      id: supplier.id,
      status: check.status,
      rating: inputs ? risk.ratingWithCommercial! : risk.rating,
    };
  });
  const pairs = countBy(assessed.map((a) => `${a.status} ${a.rating}`));
  return {
    suppliersByStatementStatus: countBy(assessed.map((a) => a.status)),
    suppliersByRiskRating: countBy(assessed.map((a) => a.rating)),
    suppliersByStatusAndRisk: pairs.map(({ key, count }) => {
      const [statementStatus, riskRating] = key.split(" ") as [StatementStatus, RiskRating];
      return { statementStatus, riskRating, count };
    }),
    highRiskWithoutAudit: assessed.filter((a) => a.rating === RiskRating.HIGH && !records.audited.has(a.id)).length,
  };
}
