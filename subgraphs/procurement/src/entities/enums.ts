import { registerEnumType } from "type-graphql";

/** What a supplier does; the high-risk sectors are those the partnership's disruption visits keep finding exploitation in. */
export enum SupplierSector {
  CAR_WASH = "CAR_WASH",
  WASTE_RECYCLING = "WASTE_RECYCLING",
  FOOD_PROCESSING = "FOOD_PROCESSING",
  CLEANING = "CLEANING",
  CONSTRUCTION = "CONSTRUCTION",
  AGRICULTURE = "AGRICULTURE",
  HOSPITALITY = "HOSPITALITY",
  SOCIAL_CARE = "SOCIAL_CARE",
  TEXTILES = "TEXTILES",
  LOGISTICS = "LOGISTICS",
  FACILITIES_MANAGEMENT = "FACILITIES_MANAGEMENT",
  PROFESSIONAL_SERVICES = "PROFESSIONAL_SERVICES",
  IT_SERVICES = "IT_SERVICES",
  OTHER = "OTHER",
}

/** Sectors the partnership treats as high risk for labour exploitation. */
export const HIGH_RISK_SECTORS: ReadonlySet<SupplierSector> = new Set([
  SupplierSector.CAR_WASH,
  SupplierSector.WASTE_RECYCLING,
  SupplierSector.FOOD_PROCESSING,
  SupplierSector.CLEANING,
  SupplierSector.CONSTRUCTION,
  SupplierSector.AGRICULTURE,
  SupplierSector.HOSPITALITY,
  SupplierSector.SOCIAL_CARE,
  SupplierSector.TEXTILES,
]);

registerEnumType(SupplierSector, {
  name: "SupplierSector",
  description:
    "What a supplier does. Car washes, waste recycling, food processing, cleaning, construction, agriculture, hospitality, social care and textiles are high-risk sectors.",
  valuesConfig: {
    CAR_WASH: { description: "Hand car washes and valeting (high risk)." },
    WASTE_RECYCLING: { description: "Waste collection, sorting and recycling (high risk)." },
    FOOD_PROCESSING: { description: "Food processing and packing (high risk)." },
    CLEANING: { description: "Cleaning services (high risk)." },
    CONSTRUCTION: { description: "Construction and building trades (high risk)." },
    AGRICULTURE: { description: "Agriculture, horticulture and fishing (high risk)." },
    HOSPITALITY: { description: "Hotels, catering and restaurants (high risk)." },
    SOCIAL_CARE: { description: "Residential and domiciliary care (high risk)." },
    TEXTILES: { description: "Textiles, garments and uniforms (high risk)." },
    LOGISTICS: { description: "Transport, warehousing and delivery." },
    FACILITIES_MANAGEMENT: { description: "Facilities management." },
    PROFESSIONAL_SERVICES: { description: "Professional services: legal, consulting, finance." },
    IT_SERVICES: { description: "IT goods and services." },
    OTHER: { description: "Anything else." },
  },
});

/** Annual turnover in the bands the government registry uses; £36m is the section 54 threshold. */
export enum TurnoverBand {
  UNDER_36M = "UNDER_36M",
  FROM_36M_TO_60M = "FROM_36M_TO_60M",
  FROM_60M_TO_100M = "FROM_60M_TO_100M",
  FROM_100M_TO_500M = "FROM_100M_TO_500M",
  OVER_500M = "OVER_500M",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(TurnoverBand, {
  name: "TurnoverBand",
  description: "Annual turnover band, as the government registry records it. £36m or more requires a statement.",
  valuesConfig: {
    UNDER_36M: { description: "Under £36 million: no statement required." },
    FROM_36M_TO_60M: { description: "£36 million to £60 million." },
    FROM_60M_TO_100M: { description: "£60 million to £100 million." },
    FROM_100M_TO_500M: { description: "£100 million to £500 million." },
    OVER_500M: { description: "Over £500 million." },
    UNKNOWN: { description: "Not known; treated as requiring a statement until known." },
  },
});

/** Characteristics of a supplier's workforce that raise the risk of exploitation. */
export enum WorkforceTrait {
  AGENCY_LABOUR = "AGENCY_LABOUR",
  MIGRANT_WORKERS = "MIGRANT_WORKERS",
  SEASONAL = "SEASONAL",
  LOW_SKILLED = "LOW_SKILLED",
  SUBCONTRACTED = "SUBCONTRACTED",
}

registerEnumType(WorkforceTrait, {
  name: "WorkforceTrait",
  description: "A characteristic of a supplier's workforce that raises the risk of exploitation.",
  valuesConfig: {
    AGENCY_LABOUR: { description: "Relies on agency or temporary labour." },
    MIGRANT_WORKERS: { description: "Employs many recently arrived migrant workers." },
    SEASONAL: { description: "Relies on seasonal workers." },
    LOW_SKILLED: { description: "Mostly low-skilled, low-paid work." },
    SUBCONTRACTED: { description: "Work is subcontracted down several tiers." },
  },
});

/** Where a supplier's operations and supply chain are. */
export enum SupplierLocation {
  UK = "UK",
  OVERSEAS_LOWER_RISK = "OVERSEAS_LOWER_RISK",
  OVERSEAS_HIGHER_RISK = "OVERSEAS_HIGHER_RISK",
}

registerEnumType(SupplierLocation, {
  name: "SupplierLocation",
  description: "Where a supplier's operations and supply chain are, as the procurement officer assessed it.",
  valuesConfig: {
    UK: { description: "In the UK." },
    OVERSEAS_LOWER_RISK: { description: "Partly overseas, in countries with strong labour protection." },
    OVERSEAS_HIGHER_RISK: {
      description: "Partly overseas, in countries with weak labour protection or known forced labour.",
    },
  },
});

/** Goods whose supply chains are known for forced labour. */
export enum HighRiskCommodity {
  TEXTILES_COTTON = "TEXTILES_COTTON",
  ELECTRONICS = "ELECTRONICS",
  PPE_GLOVES = "PPE_GLOVES",
  SOLAR_PANELS = "SOLAR_PANELS",
  FOOD_PRODUCE = "FOOD_PRODUCE",
  CONSTRUCTION_MATERIALS = "CONSTRUCTION_MATERIALS",
}

registerEnumType(HighRiskCommodity, {
  name: "HighRiskCommodity",
  description: "Goods whose supply chains are known for forced labour.",
  valuesConfig: {
    TEXTILES_COTTON: { description: "Cotton, garments and uniforms." },
    ELECTRONICS: { description: "Electronics and their minerals." },
    PPE_GLOVES: { description: "Personal protective equipment, rubber gloves." },
    SOLAR_PANELS: { description: "Solar panels and polysilicon." },
    FOOD_PRODUCE: { description: "Fresh produce, seafood, cocoa, coffee." },
    CONSTRUCTION_MATERIALS: { description: "Bricks, stone, timber." },
  },
});

/** The six areas the government recommends a statement covers. */
export enum StatementArea {
  STRUCTURE_AND_SUPPLY_CHAINS = "STRUCTURE_AND_SUPPLY_CHAINS",
  POLICIES = "POLICIES",
  DUE_DILIGENCE = "DUE_DILIGENCE",
  RISK_ASSESSMENT = "RISK_ASSESSMENT",
  KPIS = "KPIS",
  TRAINING = "TRAINING",
}

/** Plain words for each area, in the order the guidance lists them. */
export const STATEMENT_AREA_LABELS: Record<StatementArea, string> = {
  STRUCTURE_AND_SUPPLY_CHAINS: "organisation structure and supply chains",
  POLICIES: "policies",
  DUE_DILIGENCE: "due diligence",
  RISK_ASSESSMENT: "risk assessment",
  KPIS: "KPIs",
  TRAINING: "training",
};

registerEnumType(StatementArea, {
  name: "StatementArea",
  description: "One of the six areas the government recommends a modern slavery statement covers.",
  valuesConfig: {
    STRUCTURE_AND_SUPPLY_CHAINS: { description: "The organisation's structure, business and supply chains." },
    POLICIES: { description: "Its policies on slavery and human trafficking." },
    DUE_DILIGENCE: { description: "Its due diligence processes in its business and supply chains." },
    RISK_ASSESSMENT: { description: "Where the risks are, and the steps taken to assess and manage them." },
    KPIS: { description: "Its effectiveness, measured against key performance indicators." },
    TRAINING: { description: "The training about slavery and human trafficking available to its staff." },
  },
});

/** Where a statement record came from. */
export enum StatementSource {
  MANUAL = "MANUAL",
  REGISTRY = "REGISTRY",
}

registerEnumType(StatementSource, {
  name: "StatementSource",
  description: "Where a statement record came from.",
  valuesConfig: {
    MANUAL: { description: "Recorded by a procurement officer." },
    REGISTRY: { description: "Imported from the government's modern slavery statement registry." },
  },
});

export enum AuditKind {
  SITE_VISIT = "SITE_VISIT",
  DOCUMENT_REVIEW = "DOCUMENT_REVIEW",
  WORKER_INTERVIEWS = "WORKER_INTERVIEWS",
}

registerEnumType(AuditKind, {
  name: "AuditKind",
  description: "How a supplier was audited.",
  valuesConfig: {
    SITE_VISIT: { description: "A visit to the supplier's premises." },
    DOCUMENT_REVIEW: { description: "A review of payroll, contracts, right-to-work and policy documents." },
    WORKER_INTERVIEWS: { description: "Confidential interviews with workers." },
  },
});

export enum FindingSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}

registerEnumType(FindingSeverity, {
  name: "FindingSeverity",
  description: "How serious an audit finding is.",
  valuesConfig: {
    LOW: { description: "A minor gap in paperwork or process." },
    MEDIUM: { description: "A gap that could let exploitation go unnoticed." },
    HIGH: { description: "An indicator of exploitation, e.g. withheld wages or documents." },
    CRITICAL: { description: "Evidence of forced labour: refer to the partnership at once." },
  },
});

export enum ActionStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
}

registerEnumType(ActionStatus, {
  name: "ActionStatus",
  description: "Where a corrective action is.",
  valuesConfig: {
    OPEN: { description: "Agreed, not started." },
    IN_PROGRESS: { description: "Under way." },
    DONE: { description: "Completed and verified." },
  },
});

export enum AssessmentOutcome {
  SATISFACTORY = "SATISFACTORY",
  NEEDS_IMPROVEMENT = "NEEDS_IMPROVEMENT",
  UNSATISFACTORY = "UNSATISFACTORY",
}

registerEnumType(AssessmentOutcome, {
  name: "AssessmentOutcome",
  description: "The outcome of a due-diligence questionnaire.",
  valuesConfig: {
    SATISFACTORY: { description: "Answers show adequate controls." },
    NEEDS_IMPROVEMENT: { description: "Gaps to close, no indicators of exploitation." },
    UNSATISFACTORY: { description: "Serious gaps or indicators of exploitation." },
  },
});

export enum StatementStatus {
  COMPLIANT = "COMPLIANT",
  PARTIAL = "PARTIAL",
  MISSING = "MISSING",
  OVERDUE = "OVERDUE",
  NOT_REQUIRED = "NOT_REQUIRED",
}

registerEnumType(StatementStatus, {
  name: "StatementStatus",
  description: "The answer to 'is this supplier's modern slavery statement OK?'.",
  valuesConfig: {
    COMPLIANT: { description: "Required, published for the latest year due, and meets every check." },
    PARTIAL: { description: "Published for the latest year due, but some checks fail: see the findings." },
    MISSING: { description: "Required, and no statement is on record at all." },
    OVERDUE: { description: "Earlier statements exist, but the one for the latest year due is past its due date." },
    NOT_REQUIRED: { description: "Turnover under £36m: no statement is required." },
  },
});

export enum FindingLevel {
  STATUTORY = "STATUTORY",
  RECOMMENDED = "RECOMMENDED",
  INFORMATION = "INFORMATION",
}

registerEnumType(FindingLevel, {
  name: "FindingLevel",
  description: "Whether a finding is about the law itself or about the government's recommendations.",
  valuesConfig: {
    STATUTORY: { description: "Section 54 requires it." },
    RECOMMENDED: { description: "The government's statutory guidance recommends it." },
    INFORMATION: { description: "For information; no fault." },
  },
});

export enum RiskRating {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}

registerEnumType(RiskRating, {
  name: "RiskRating",
  description: "How likely modern slavery is in a supplier's operations or supply chain.",
  valuesConfig: {
    LOW: { description: "Under 3 risk points." },
    MEDIUM: { description: "3 to 5 risk points." },
    HIGH: { description: "6 risk points or more: audit the supplier." },
  },
});

export enum CommercialScope {
  PARTNERSHIP = "PARTNERSHIP",
  OWN_AGENCY = "OWN_AGENCY",
}

registerEnumType(CommercialScope, {
  name: "CommercialScope",
  description: "Whose contracts and audit findings the commercial part of a supplier's risk rating is from.",
  valuesConfig: {
    PARTNERSHIP: { description: "All of the partnership's: the caller's agreements grant COMMERCIAL." },
    OWN_AGENCY: {
      description:
        "The caller's own agency's only: it holds no COMMERCIAL grant, and has contracts or findings of its own.",
    },
  },
});
