import {
  FindingSeverity,
  HIGH_RISK_SECTORS,
  HighRiskCommodity,
  RiskRating,
  type SupplierRisk,
  type RiskFactor,
  SupplierLocation,
  type SupplierSector,
  StatementStatus,
  WorkforceTrait,
} from "../entities/index.js";
import { listInWords } from "./statement-check.js";

/** A contract worth this much or more (in pounds) raises the stakes. */
export const HIGH_VALUE_CONTRACT = 1_000_000;

const TRAIT_WORDS: Record<WorkforceTrait, string> = {
  AGENCY_LABOUR: "agency labour",
  MIGRANT_WORKERS: "migrant workers",
  SEASONAL: "seasonal workers",
  LOW_SKILLED: "low-skilled work",
  SUBCONTRACTED: "subcontracted work",
};

const COMMODITY_WORDS: Record<HighRiskCommodity, string> = {
  TEXTILES_COTTON: "textiles and cotton",
  ELECTRONICS: "electronics",
  PPE_GLOVES: "PPE and gloves",
  SOLAR_PANELS: "solar panels",
  FOOD_PRODUCE: "food produce",
  CONSTRUCTION_MATERIALS: "construction materials",
};

const SECTOR_WORDS = (sector: SupplierSector) => sector.toLowerCase().replace(/_/g, " ");

/**
 * What the cases subgraph knows about a supplier's premises (category SUPPLIER_RISK). Given only
 * where the caller's agreements grant it; without it the rating says it does not include intelligence.
 */
export interface PremisesSignals {
  concerns: number;
  visits: number;
  interventions: number;
  lastConcernOn: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export interface RiskInput {
  sector: SupplierSector;
  workforceTraits: readonly WorkforceTrait[];
  location: SupplierLocation;
  commodities: readonly HighRiskCommodity[];
  /** The largest value among its contracts, in pounds (0 without contracts). */
  largestContractValue: number;
  statementStatus: StatementStatus;
  /** Open audit findings by severity. */
  openFindings: Partial<Record<FindingSeverity, number>>;
  intelligence?: PremisesSignals;
}

/** Points → rating. */
export function ratingFor(points: number): RiskRating {
  if (points >= 6) return RiskRating.HIGH;
  if (points >= 3) return RiskRating.MEDIUM;
  return RiskRating.LOW;
}

/**
 * Factors from COMMERCIAL records (contract values, audit findings): a caller sees them, and any
 * figure they change, only where COMMERCIAL is granted or the records are its own agency's.
 */
export const COMMERCIAL_FACTORS: ReadonlySet<string> = new Set(["CONTRACT_VALUE", "AUDIT"]);

/** The rating as the pure function gives it; the resolver adds whose records the commercial part is from. */
export type RatedRisk = Omit<SupplierRisk, "supplierId" | "commercialOwner" | "commercialScope">;

/**
 * A supplier's risk rating from the high-risk characteristics, its statement and its audits. Pure.
 * The public part (rating, points, factors) is from the supplier itself, its public statement and,
 * where given, the casework's signals; the commercial part (contract values, open audit findings)
 * is kept apart, and the rating with it is a field of its own: no public figure moves with a
 * commercial record, so none can be subtracted from another to recover it.
 */
export function rateSupplier(input: RiskInput): RatedRisk {
  const all: RiskFactor[] = [];
  const add = (factor: string, points: number, reason: string) => all.push({ factor, points, reason });

  if (HIGH_RISK_SECTORS.has(input.sector))
    add("SECTOR", 3, `works in a high-risk sector (${SECTOR_WORDS(input.sector)})`);
  const traits = [...new Set(input.workforceTraits)];
  if (traits.length > 0)
    add(
      "WORKFORCE",
      Math.min(3, traits.length),
      `workforce relies on ${listInWords(traits.map((t) => TRAIT_WORDS[t]))}`,
    );
  if (input.location === SupplierLocation.OVERSEAS_HIGHER_RISK)
    add("LOCATION", 2, "operates or sources in countries with weak labour protection");
  const commodities = [...new Set(input.commodities)];
  if (commodities.length > 0)
    add(
      "COMMODITY",
      Math.min(3, 2 * commodities.length),
      `supplies high-risk goods: ${listInWords(commodities.map((c) => COMMODITY_WORDS[c]))}`,
    );
  if (input.largestContractValue >= HIGH_VALUE_CONTRACT) add("CONTRACT_VALUE", 1, "holds a contract worth £1m or more");
  if (input.statementStatus === StatementStatus.MISSING)
    add("STATEMENT", 2, "no modern slavery statement although one is required");
  if (input.statementStatus === StatementStatus.OVERDUE) add("STATEMENT", 2, "its modern slavery statement is overdue");
  if (input.statementStatus === StatementStatus.PARTIAL)
    add("STATEMENT", 1, "its modern slavery statement fails some checks");
  const critical = input.openFindings.CRITICAL ?? 0;
  const high = input.openFindings.HIGH ?? 0;
  if (critical > 0) add("AUDIT", 4, `${critical} open critical audit finding${critical === 1 ? "" : "s"}`);
  else if (high > 0) add("AUDIT", 2, `${high} open high-severity audit finding${high === 1 ? "" : "s"}`);
  const signals = input.intelligence;
  if (signals && signals.concerns + signals.visits > 0)
    add(
      "INTELLIGENCE",
      3,
      `casework links its premises to ${plural(signals.concerns, "concern")} of modern slavery, ${plural(signals.visits, "disruption visit")} and ${plural(signals.interventions, "intervention")}` +
        (signals.lastConcernOn ? ` (latest concern received ${signals.lastConcernOn})` : ""),
    );

  const factors = all.filter((f) => !COMMERCIAL_FACTORS.has(f.factor));
  const commercialFactors = all.filter((f) => COMMERCIAL_FACTORS.has(f.factor));
  const points = factors.reduce((sum, f) => sum + f.points, 0);
  const pointsWithCommercial = points + commercialFactors.reduce((sum, f) => sum + f.points, 0);
  return {
    rating: ratingFor(points),
    points,
    factors,
    includesIntelligence: input.intelligence !== undefined,
    commercialFactors,
    ratingWithCommercial: ratingFor(pointsWithCommercial),
    pointsWithCommercial,
  };
}
