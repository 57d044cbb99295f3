import type {
  ActionStatus,
  AssessmentOutcome,
  AuditKind,
  FindingSeverity,
  HighRiskCommodity,
  StatementArea,
  SupplierLocation,
  SupplierSector,
  TurnoverBand,
  WorkforceTrait,
} from "../../gql/graphql";

// The values of the procurement schema's enums, in the order the forms offer them.

export const SECTORS: SupplierSector[] = [
  "CAR_WASH",
  "WASTE_RECYCLING",
  "FOOD_PROCESSING",
  "CLEANING",
  "CONSTRUCTION",
  "AGRICULTURE",
  "HOSPITALITY",
  "SOCIAL_CARE",
  "TEXTILES",
  "LOGISTICS",
  "FACILITIES_MANAGEMENT",
  "PROFESSIONAL_SERVICES",
  "IT_SERVICES",
  "OTHER",
];
export const TURNOVER_BANDS: TurnoverBand[] = [
  "UNDER_36M",
  "FROM_36M_TO_60M",
  "FROM_60M_TO_100M",
  "FROM_100M_TO_500M",
  "OVER_500M",
  "UNKNOWN",
];
export const WORKFORCE_TRAITS: WorkforceTrait[] = [
  "AGENCY_LABOUR",
  "MIGRANT_WORKERS",
  "SEASONAL",
  "LOW_SKILLED",
  "SUBCONTRACTED",
];
export const LOCATIONS: SupplierLocation[] = ["UK", "OVERSEAS_LOWER_RISK", "OVERSEAS_HIGHER_RISK"];
export const LOCATION_WORDS: Record<SupplierLocation, string> = {
  UK: "In the UK",
  OVERSEAS_LOWER_RISK: "Partly overseas, strong labour protection",
  OVERSEAS_HIGHER_RISK: "Partly overseas, weak labour protection",
};
export const COMMODITIES: HighRiskCommodity[] = [
  "TEXTILES_COTTON",
  "ELECTRONICS",
  "PPE_GLOVES",
  "SOLAR_PANELS",
  "FOOD_PRODUCE",
  "CONSTRUCTION_MATERIALS",
];
export const AREAS: StatementArea[] = [
  "STRUCTURE_AND_SUPPLY_CHAINS",
  "POLICIES",
  "DUE_DILIGENCE",
  "RISK_ASSESSMENT",
  "KPIS",
  "TRAINING",
];
export const AREA_WORDS: Record<StatementArea, string> = {
  STRUCTURE_AND_SUPPLY_CHAINS: "Organisation structure and supply chains",
  POLICIES: "Policies",
  DUE_DILIGENCE: "Due diligence",
  RISK_ASSESSMENT: "Risk assessment",
  KPIS: "Key performance indicators",
  TRAINING: "Training",
};
export const OUTCOMES: AssessmentOutcome[] = ["SATISFACTORY", "NEEDS_IMPROVEMENT", "UNSATISFACTORY"];
export const AUDIT_KINDS: AuditKind[] = ["SITE_VISIT", "DOCUMENT_REVIEW", "WORKER_INTERVIEWS"];
export const SEVERITIES: FindingSeverity[] = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];
export const ACTION_STATUSES: ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE"];
