import { describe, expect, it } from "vitest";
import {
  FindingSeverity,
  type ModernSlaveryStatement,
  StatementArea,
  type Supplier,
  SupplierLocation,
  SupplierSector,
  TurnoverBand,
  WorkforceTrait,
} from "../entities/index.js";
import { publishedBy, supplierFiguresOn, type SuppliersOnDay } from "./supplier-figures.js";

/** A car wash using agency labour: 4 points from what it is, MEDIUM; 6 with no statement on record, HIGH. */
const carWash = {
  id: "car-wash",
  sector: SupplierSector.CAR_WASH,
  turnoverBand: TurnoverBand.FROM_36M_TO_60M,
  financialYearEnd: "03-31",
  workforceTraits: [WorkforceTrait.AGENCY_LABOUR],
  location: SupplierLocation.UK,
  commodities: [],
} as unknown as Supplier;

/** A statement passing every check for the year ending `periodEnd`, published on `publishedOn`. */
const statement = (periodEnd: string, publishedOn: string | null) =>
  ({
    periodEnd,
    publishedOn,
    approvedOn: periodEnd,
    signedBy: "A. Director",
    signerRole: "Managing Director",
    signedByDirector: true,
    linkedFromHomePage: true,
    submittedToRegistry: true,
    areas: Object.values(StatementArea),
  }) as unknown as ModernSlaveryStatement;

const records = (overrides: Partial<SuppliersOnDay> = {}): SuppliersOnDay => ({
  suppliers: [carWash],
  statements: new Map([[carWash.id, [statement("2020-03-31", "2021-01-15"), statement("2019-03-31", "2019-07-15")]]]),
  inputs: new Map(),
  audited: new Set(),
  ...overrides,
});

describe("a supplier's figures as they stood on a day, from its history", () => {
  it("counts a statement only once it was published (or, with no date known, once its year had ended)", () => {
    expect(publishedBy(statement("2019-03-31", "2019-07-15"), "2019-07-14")).toBe(false);
    expect(publishedBy(statement("2019-03-31", "2019-07-15"), "2019-07-15")).toBe(true);
    expect(publishedBy(statement("2019-03-31", null), "2019-03-31")).toBe(false);
    expect(publishedBy(statement("2019-03-31", null), "2019-04-01")).toBe(true);
  });

  it("gives the status and rating of the day, not today's: missing, compliant, overdue, then published late", () => {
    const on = (day: string) => supplierFiguresOn(records(), day, false);
    // Its first statement was not yet published: none on record, so the rating is HIGH, and never audited.
    expect(on("2019-06-30")).toEqual({
      suppliersByStatementStatus: [{ key: "MISSING", count: 1 }],
      suppliersByRiskRating: [{ key: "HIGH", count: 1 }],
      suppliersByStatusAndRisk: [{ statementStatus: "MISSING", riskRating: "HIGH", count: 1 }],
      highRiskWithoutAudit: 1,
    });
    expect(on("2020-03-31").suppliersByStatusAndRisk).toEqual([
      { statementStatus: "COMPLIANT", riskRating: "MEDIUM", count: 1 },
    ]);
    expect(on("2020-03-31").highRiskWithoutAudit).toBe(0);
    // The 2019/20 statement was due by 30 September 2020 and came in January 2021.
    expect(on("2020-12-01").suppliersByStatusAndRisk).toEqual([
      { statementStatus: "OVERDUE", riskRating: "HIGH", count: 1 },
    ]);
    // Once published, late: it fails that one check.
    expect(on("2021-01-15").suppliersByStatusAndRisk).toEqual([
      { statementStatus: "PARTIAL", riskRating: "MEDIUM", count: 1 },
    ]);
  });

  it("a high-risk supplier audited by the day is not counted as never audited", () => {
    expect(
      supplierFiguresOn(records({ audited: new Set([carWash.id]) }), "2019-06-30", false).highRiskWithoutAudit,
    ).toBe(0);
  });

  it("with COMMERCIAL, rates by the partnership's records on the day; without, by the public rating", () => {
    const inputs = new Map([
      [carWash.id, { largestContractValue: 0, openFindings: { [FindingSeverity.CRITICAL]: 1 } }],
    ]);
    expect(supplierFiguresOn(records({ inputs }), "2020-03-31", true).suppliersByRiskRating).toEqual([
      { key: "HIGH", count: 1 },
    ]);
    expect(supplierFiguresOn(records({ inputs }), "2020-03-31", false).suppliersByRiskRating).toEqual([
      { key: "MEDIUM", count: 1 },
    ]);
  });

  it("counts several suppliers, statuses in order", () => {
    const other = { ...carWash, id: "other", turnoverBand: TurnoverBand.UNDER_36M } as Supplier;
    expect(
      supplierFiguresOn(records({ suppliers: [carWash, other] }), "2020-03-31", false).suppliersByStatementStatus,
    ).toEqual([
      { key: "COMPLIANT", count: 1 },
      { key: "NOT_REQUIRED", count: 1 },
    ]);
  });
});
