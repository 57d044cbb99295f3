import { describe, expect, it } from "vitest";
import {
  FindingSeverity,
  HighRiskCommodity,
  RiskRating,
  StatementStatus,
  SupplierLocation,
  SupplierSector,
  WorkforceTrait,
} from "../entities/index.js";
import { type RiskInput, rateSupplier } from "./risk-rating.js";

const base: RiskInput = {
  sector: SupplierSector.PROFESSIONAL_SERVICES,
  workforceTraits: [],
  location: SupplierLocation.UK,
  commodities: [],
  largestContractValue: 50_000,
  statementStatus: StatementStatus.COMPLIANT,
  openFindings: {},
};
/** Every factor, public then commercial. */
const factors = (input: Partial<RiskInput>) => {
  const risk = rateSupplier({ ...base, ...input });
  return [...risk.factors, ...risk.commercialFactors!].map(({ factor, points, reason }) => [factor, points, reason]);
};
const NONE = { commercialFactors: [], ratingWithCommercial: RiskRating.LOW, pointsWithCommercial: 0 };

describe("the supplier risk rating, factor by factor", () => {
  it("a UK professional services firm with a compliant statement is LOW with no factors", () => {
    expect(rateSupplier(base)).toEqual({
      rating: RiskRating.LOW,
      points: 0,
      factors: [],
      includesIntelligence: false,
      ...NONE,
    });
  });

  it("high-risk sector", () => {
    expect(factors({ sector: SupplierSector.CAR_WASH })).toEqual([
      ["SECTOR", 3, "works in a high-risk sector (car wash)"],
    ]);
  });

  it("workforce, one point per trait up to three", () => {
    expect(factors({ workforceTraits: [WorkforceTrait.AGENCY_LABOUR, WorkforceTrait.SEASONAL] })).toEqual([
      ["WORKFORCE", 2, "workforce relies on agency labour and seasonal workers"],
    ]);
    expect(factors({ workforceTraits: Object.values(WorkforceTrait) })[0]![1]).toBe(3);
  });

  it("location", () => {
    expect(factors({ location: SupplierLocation.OVERSEAS_HIGHER_RISK })).toEqual([
      ["LOCATION", 2, "operates or sources in countries with weak labour protection"],
    ]);
    expect(factors({ location: SupplierLocation.OVERSEAS_LOWER_RISK })).toEqual([]);
  });

  it("commodity", () => {
    expect(factors({ commodities: [HighRiskCommodity.PPE_GLOVES] })).toEqual([
      ["COMMODITY", 2, "supplies high-risk goods: PPE and gloves"],
    ]);
  });

  it("contract value from £1m", () => {
    expect(factors({ largestContractValue: 999_999.99 })).toEqual([]);
    expect(factors({ largestContractValue: 1_000_000 })).toEqual([
      ["CONTRACT_VALUE", 1, "holds a contract worth £1m or more"],
    ]);
  });

  it("statement status", () => {
    expect(factors({ statementStatus: StatementStatus.MISSING })).toEqual([
      ["STATEMENT", 2, "no modern slavery statement although one is required"],
    ]);
    expect(factors({ statementStatus: StatementStatus.OVERDUE })[0]![1]).toBe(2);
    expect(factors({ statementStatus: StatementStatus.PARTIAL })).toEqual([
      ["STATEMENT", 1, "its modern slavery statement fails some checks"],
    ]);
    expect(factors({ statementStatus: StatementStatus.NOT_REQUIRED })).toEqual([]);
  });

  it("open audit findings: critical outweighs high", () => {
    expect(factors({ openFindings: { [FindingSeverity.HIGH]: 2 } })).toEqual([
      ["AUDIT", 2, "2 open high-severity audit findings"],
    ]);
    expect(factors({ openFindings: { [FindingSeverity.HIGH]: 2, [FindingSeverity.CRITICAL]: 1 } })).toEqual([
      ["AUDIT", 4, "1 open critical audit finding"],
    ]);
    expect(factors({ openFindings: { [FindingSeverity.LOW]: 5 } })).toEqual([]);
  });

  it("rates by total points: a car wash with agency labour and a missing statement is HIGH", () => {
    const risk = rateSupplier({
      ...base,
      sector: SupplierSector.CAR_WASH,
      workforceTraits: [WorkforceTrait.AGENCY_LABOUR],
      statementStatus: StatementStatus.MISSING,
    });
    expect(risk).toMatchObject({ rating: RiskRating.HIGH, points: 6 });
    expect(rateSupplier({ ...base, sector: SupplierSector.CLEANING }).rating).toBe(RiskRating.MEDIUM);
  });

  it("adds the casework's signals about its premises as a factor, with what they are", () => {
    expect(
      rateSupplier({
        ...base,
        intelligence: { concerns: 2, visits: 1, interventions: 5, lastConcernOn: "2019-11-05" },
      }),
    ).toMatchObject({
      includesIntelligence: true,
      points: 3,
      factors: [
        {
          factor: "INTELLIGENCE",
          reason:
            "casework links its premises to 2 concerns of modern slavery, 1 disruption visit and 5 interventions (latest concern received 2019-11-05)",
        },
      ],
    });
  });

  it("says the rating includes intelligence even when there is none, and adds no points for none", () => {
    expect(
      rateSupplier({ ...base, intelligence: { concerns: 0, visits: 0, interventions: 0, lastConcernOn: null } }),
    ).toEqual({ rating: RiskRating.LOW, points: 0, factors: [], includesIntelligence: true, ...NONE });
  });

  it("keeps contract values and audit findings (COMMERCIAL) out of the public rating, points and factors", () => {
    const supplier: Partial<RiskInput> = {
      sector: SupplierSector.CLEANING,
      workforceTraits: [WorkforceTrait.SEASONAL],
    };
    const plain = rateSupplier({ ...base, ...supplier, largestContractValue: 0, openFindings: {} });
    for (const commercial of [
      { largestContractValue: 5_000_000 },
      { openFindings: { [FindingSeverity.CRITICAL]: 2 } },
      { largestContractValue: 1_000_000, openFindings: { [FindingSeverity.HIGH]: 1 } },
    ]) {
      const risk = rateSupplier({ ...base, ...supplier, ...commercial });
      expect({ rating: risk.rating, points: risk.points, factors: risk.factors }).toEqual({
        rating: plain.rating,
        points: plain.points,
        factors: plain.factors,
      });
      expect(risk.commercialFactors!.length).toBeGreaterThan(0);
      expect(risk.pointsWithCommercial).toBe(
        risk.points + risk.commercialFactors!.reduce((sum, factor) => sum + factor.points, 0),
      );
    }
    const both = rateSupplier({ ...base, ...supplier, largestContractValue: 2_000_000, openFindings: { CRITICAL: 1 } });
    expect(both).toMatchObject({
      rating: RiskRating.MEDIUM,
      points: 4,
      ratingWithCommercial: RiskRating.HIGH,
      pointsWithCommercial: 9,
    });
  });
});
