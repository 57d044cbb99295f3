import { registerEnumType } from "type-graphql";

/** Where a concern is in the SHOP workflow; it only moves forward, except a reopened concern. */
export enum ConcernStatus {
  RECEIVED = "RECEIVED",
  SCOPING = "SCOPING",
  RESPONSE_PLANNED = "RESPONSE_PLANNED",
  ACTIVE = "ACTIVE",
  CLOSED = "CLOSED",
}

/** The states in the order a concern moves through them. */
export const STATUS_ORDER: readonly ConcernStatus[] = [
  ConcernStatus.RECEIVED,
  ConcernStatus.SCOPING,
  ConcernStatus.RESPONSE_PLANNED,
  ConcernStatus.ACTIVE,
  ConcernStatus.CLOSED,
];

registerEnumType(ConcernStatus, {
  name: "ConcernStatus",
  description:
    "Where a concern is in the SHOP workflow. It moves forward only; a closed concern reopens with a reason.",
  valuesConfig: {
    RECEIVED: { description: "Received, not yet looked at by the virtual team." },
    SCOPING: { description: "The virtual team is screening it and scoping for more information." },
    RESPONSE_PLANNED: { description: "The response level is decided and the response is being planned." },
    ACTIVE: { description: "Partners are responding: visits, interventions, safeguarding." },
    CLOSED: { description: "Closed with an outcome." },
  },
});

/** Who raised the concern. */
export enum ConcernSource {
  POLICE = "POLICE",
  COUNCIL_SERVICE = "COUNCIL_SERVICE",
  NGO = "NGO",
  PUBLIC = "PUBLIC",
  BUSINESS = "BUSINESS",
  HEALTH = "HEALTH",
  HELPLINE = "HELPLINE",
  ANONYMOUS = "ANONYMOUS",
  HOME_OFFICE = "HOME_OFFICE",
  SELF_REFERRAL = "SELF_REFERRAL",
}

registerEnumType(ConcernSource, {
  name: "ConcernSource",
  description: "Who raised a concern.",
  valuesConfig: {
    POLICE: { description: "A police force or unit." },
    COUNCIL_SERVICE: { description: "A council service (housing, trading standards, social care…)." },
    NGO: { description: "A charity or community organisation." },
    PUBLIC: { description: "A member of the public." },
    BUSINESS: { description: "A business." },
    HEALTH: { description: "A health service (hospital, GP, ambulance)." },
    HELPLINE: { description: "The Modern Slavery Helpline or Crimestoppers." },
    ANONYMOUS: { description: "An anonymous report." },
    HOME_OFFICE: {
      description:
        "The Home Office: UK Visas and Immigration (e.g. after an asylum interview), Border Force or Immigration Enforcement.",
    },
    SELF_REFERRAL: { description: "The person themself came forward." },
  },
});

/** The kinds of exploitation a concern or a person is about. */
export enum ExploitationType {
  LABOUR = "LABOUR",
  SEXUAL = "SEXUAL",
  CRIMINAL = "CRIMINAL",
  DOMESTIC_SERVITUDE = "DOMESTIC_SERVITUDE",
  OTHER_OR_UNKNOWN = "OTHER_OR_UNKNOWN",
}

registerEnumType(ExploitationType, {
  name: "ExploitationType",
  description: "A kind of modern slavery.",
  valuesConfig: {
    LABOUR: { description: "Labour exploitation (forced or compulsory labour)." },
    SEXUAL: { description: "Sexual exploitation." },
    CRIMINAL: { description: "Criminal exploitation (county lines, cannabis cultivation, forced begging…)." },
    DOMESTIC_SERVITUDE: { description: "Domestic servitude." },
    OTHER_OR_UNKNOWN: { description: "Another kind, or not yet known." },
  },
});

/** The response decided at screening. */
export enum ResponseLevel {
  SINGLE_AGENCY = "SINGLE_AGENCY",
  JOINT_MULTI_AGENCY = "JOINT_MULTI_AGENCY",
  SIGNIFICANT_PRE_PLANNED = "SIGNIFICANT_PRE_PLANNED",
}

registerEnumType(ResponseLevel, {
  name: "ResponseLevel",
  description: "The response decided when a concern is screened.",
  valuesConfig: {
    SINGLE_AGENCY: { description: "One agency responds with its own powers." },
    JOINT_MULTI_AGENCY: { description: "A joint multi-agency response." },
    SIGNIFICANT_PRE_PLANNED: { description: "A significant response that needs pre-planning (an operation)." },
  },
});

/** What kind of premises a location is. */
export enum LocationType {
  FACTORY = "FACTORY",
  PRIVATE_DWELLING = "PRIVATE_DWELLING",
  WASTE_RECYCLING = "WASTE_RECYCLING",
  RESTAURANT = "RESTAURANT",
  CAR_WASH = "CAR_WASH",
  TAKEAWAY = "TAKEAWAY",
  PUBLIC_PLACE = "PUBLIC_PLACE",
  SHOP = "SHOP",
  LETTING_AGENT = "LETTING_AGENT",
  HOSPITAL = "HOSPITAL",
  NIGHT_CLUB = "NIGHT_CLUB",
  HOTEL = "HOTEL",
  HMO = "HMO",
  SUPPORTED_HOUSING = "SUPPORTED_HOUSING",
  GP_SURGERY = "GP_SURGERY",
  SOCIAL_CLUB = "SOCIAL_CLUB",
  PLACE_OF_WORSHIP = "PLACE_OF_WORSHIP",
  NAIL_BAR = "NAIL_BAR",
  FARM = "FARM",
  CANNABIS_FARM = "CANNABIS_FARM",
  WAREHOUSE = "WAREHOUSE",
  CUCKOOED_OR_TRAP_HOUSE = "CUCKOOED_OR_TRAP_HOUSE",
  FOOD_PRODUCTION = "FOOD_PRODUCTION",
  HOSPITALITY = "HOSPITALITY",
  OTHER = "OTHER",
  NOT_KNOWN = "NOT_KNOWN",
}

registerEnumType(LocationType, {
  name: "LocationType",
  description: "The kind of premises a location is.",
  valuesConfig: {
    FACTORY: { description: "A factory." },
    PRIVATE_DWELLING: { description: "A private house or flat." },
    WASTE_RECYCLING: { description: "A waste or recycling site." },
    RESTAURANT: { description: "A restaurant." },
    CAR_WASH: { description: "A hand car wash." },
    TAKEAWAY: { description: "A takeaway." },
    PUBLIC_PLACE: { description: "A public place (street, park…)." },
    SHOP: { description: "A shop or other business premises." },
    LETTING_AGENT: { description: "A letting agent." },
    HOSPITAL: { description: "A hospital." },
    NIGHT_CLUB: { description: "A night club." },
    HOTEL: { description: "A hotel." },
    HMO: { description: "A house in multiple occupation." },
    SUPPORTED_HOUSING: { description: "Supported housing." },
    GP_SURGERY: { description: "A GP surgery." },
    SOCIAL_CLUB: { description: "A social club." },
    PLACE_OF_WORSHIP: { description: "A church, mosque, gurdwara, temple or other place of worship." },
    NAIL_BAR: { description: "A nail bar." },
    FARM: {
      description:
        "Agriculture: a farm, fields, glasshouses, orchards or livestock. This is the agriculture type (there is no other), so agriculture counts once; cannabis cultivation is CANNABIS_FARM and food processing FOOD_PRODUCTION.",
    },
    CANNABIS_FARM: { description: "A cannabis farm." },
    WAREHOUSE: { description: "A warehouse." },
    CUCKOOED_OR_TRAP_HOUSE: {
      description:
        "Criminal exploitation and county lines: a home taken over by drug dealers (cuckooed) or a house used to deal from (trap house). Used instead of PRIVATE_DWELLING or HMO when that is what the premises are used for.",
    },
    FOOD_PRODUCTION: {
      description:
        "Food production: a food processing, packing or preparation site (a meat plant, a packhouse, a bakery). Used instead of FACTORY for food.",
    },
    HOSPITALITY: {
      description:
        "Other hospitality: a pub, bar, café, catering kitchen or events venue. Restaurants, takeaways, hotels and night clubs keep their own types.",
    },
    OTHER: { description: "Another kind of premises." },
    NOT_KNOWN: {
      description:
        "Not yet known (a referral with no place, or an address still being established): such premises need no address, postcode, area or ward.",
    },
  },
});

/**
 * Sandwell's six towns and "outside", as release 1 stored them before areas were data: the first
 * migration's check, the migration to areas and the demo year's figures still read them. The API
 * knows areas (each partnership's own), never these.
 */
export enum Town {
  WEST_BROMWICH = "WEST_BROMWICH",
  SMETHWICK = "SMETHWICK",
  OLDBURY = "OLDBURY",
  ROWLEY_REGIS = "ROWLEY_REGIS",
  TIPTON = "TIPTON",
  WEDNESBURY = "WEDNESBURY",
  OUTSIDE_SANDWELL = "OUTSIDE_SANDWELL",
}

/** The name of each of release 1's towns as Sandwell's area. */
export const SANDWELL_AREA_NAMES: Record<Town, string> = {
  [Town.WEST_BROMWICH]: "West Bromwich",
  [Town.SMETHWICK]: "Smethwick",
  [Town.OLDBURY]: "Oldbury",
  [Town.ROWLEY_REGIS]: "Rowley Regis",
  [Town.TIPTON]: "Tipton",
  [Town.WEDNESBURY]: "Wednesbury",
  [Town.OUTSIDE_SANDWELL]: "Outside Sandwell",
};

export enum AreaKind {
  TOWN = "TOWN",
  LOCALITY = "LOCALITY",
  WARD = "WARD",
  OUTSIDE = "OUTSIDE",
}

registerEnumType(AreaKind, {
  name: "AreaKind",
  description: "What an area of a partnership is.",
  valuesConfig: {
    TOWN: { description: "A town." },
    LOCALITY: { description: "A locality (a district, a city or a part of a county)." },
    WARD: { description: "An electoral ward, optionally within a town or locality." },
    OUTSIDE: { description: "Outside the partnership's area: the bucket for premises elsewhere." },
  },
});

export enum AgeGroup {
  ADULT = "ADULT",
  MINOR = "MINOR",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(AgeGroup, {
  name: "AgeGroup",
  description:
    "Whether a person is an adult. A person whose age is not known is treated as a minor for consent until it is, but counted as age unknown (not as a minor) in every figure, as the Home Office's NRM statistics do.",
  valuesConfig: {
    ADULT: { description: "18 or over." },
    MINOR: { description: "Under 18." },
    UNKNOWN: {
      description: "Not known; treated as a minor for consent (none needed for the NRM), counted as age unknown.",
    },
  },
});

export enum Gender {
  MALE = "MALE",
  FEMALE = "FEMALE",
  OTHER = "OTHER",
  NOT_KNOWN = "NOT_KNOWN",
}

registerEnumType(Gender, {
  name: "Gender",
  description: "A person's gender as recorded at screening.",
  valuesConfig: {
    MALE: { description: "Male." },
    FEMALE: { description: "Female." },
    OTHER: { description: "Another gender." },
    NOT_KNOWN: { description: "Not known or not given." },
  },
});

/** What happened for a person after screening. */
export enum VictimOutcome {
  SAFEGUARDED = "SAFEGUARDED",
  REFERRED_TO_NRM = "REFERRED_TO_NRM",
  DECLINED_SUPPORT = "DECLINED_SUPPORT",
  REFERRED_ON = "REFERRED_ON",
  NO_INDICATORS = "NO_INDICATORS",
  NOT_YET_KNOWN = "NOT_YET_KNOWN",
}

registerEnumType(VictimOutcome, {
  name: "VictimOutcome",
  description: "What happened for a person after they were screened.",
  valuesConfig: {
    SAFEGUARDED: { description: "Safeguarded and supported." },
    REFERRED_TO_NRM: { description: "Referred into the National Referral Mechanism." },
    DECLINED_SUPPORT: { description: "Declined support." },
    REFERRED_ON: { description: "Referred on to another service." },
    NO_INDICATORS: { description: "Screened; no indicators of modern slavery." },
    NOT_YET_KNOWN: { description: "Not yet known." },
  },
});

export enum NrmDecision {
  PENDING = "PENDING",
  POSITIVE = "POSITIVE",
  NEGATIVE = "NEGATIVE",
}

registerEnumType(NrmDecision, {
  name: "NrmDecision",
  description: "A Single Competent Authority decision on an NRM referral.",
  valuesConfig: {
    PENDING: { description: "Not yet decided." },
    POSITIVE: { description: "Positive: there are grounds to believe the person is a victim." },
    NEGATIVE: { description: "Negative." },
  },
});

export enum NrmDecisionStage {
  REASONABLE_GROUNDS = "REASONABLE_GROUNDS",
  CONCLUSIVE_GROUNDS = "CONCLUSIVE_GROUNDS",
}

registerEnumType(NrmDecisionStage, {
  name: "NrmDecisionStage",
  description: "Which NRM decision: reasonable grounds first, then conclusive grounds.",
  valuesConfig: {
    REASONABLE_GROUNDS: { description: "The reasonable grounds decision." },
    CONCLUSIVE_GROUNDS: { description: "The conclusive grounds decision (after a positive reasonable grounds one)." },
  },
});

export enum InterventionType {
  ARREST = "ARREST",
  CLOSURE = "CLOSURE",
  ELECTRICITY_CUT_OFF = "ELECTRICITY_CUT_OFF",
  IMMIGRATION_PENALTY = "IMMIGRATION_PENALTY",
  MINIMUM_WAGE_INVESTIGATION = "MINIMUM_WAGE_INVESTIGATION",
  FIRE_SAFETY_NOTICE = "FIRE_SAFETY_NOTICE",
  LICENSING_ADVICE = "LICENSING_ADVICE",
  SAFEGUARDING_REFERRAL = "SAFEGUARDING_REFERRAL",
  CEASE_AND_DESIST = "CEASE_AND_DESIST",
  HOUSING_ENFORCEMENT = "HOUSING_ENFORCEMENT",
  ORDER_APPLICATION = "ORDER_APPLICATION",
  OTHER = "OTHER",
}

registerEnumType(InterventionType, {
  name: "InterventionType",
  description: "What an agency did with its own powers.",
  valuesConfig: {
    ARREST: { description: "An arrest." },
    CLOSURE: { description: "Premises closed." },
    ELECTRICITY_CUT_OFF: { description: "Electricity supply cut off (e.g. abstraction found)." },
    IMMIGRATION_PENALTY: { description: "A civil penalty for employing illegal workers." },
    MINIMUM_WAGE_INVESTIGATION: { description: "A national minimum wage investigation." },
    FIRE_SAFETY_NOTICE: { description: "A fire safety notice." },
    LICENSING_ADVICE: { description: "Licensing advice or a licence review." },
    SAFEGUARDING_REFERRAL: { description: "A safeguarding referral." },
    CEASE_AND_DESIST: { description: "A cease and desist notice." },
    HOUSING_ENFORCEMENT: { description: "Housing enforcement (HMO licensing, hazards)." },
    ORDER_APPLICATION: { description: "An application for a slavery and trafficking prevention or risk order." },
    OTHER: { description: "Another intervention." },
  },
});

export enum OrderKind {
  STPO = "STPO",
  STRO = "STRO",
}

registerEnumType(OrderKind, {
  name: "OrderKind",
  description: "A civil order under Part 2 of the Modern Slavery Act 2015.",
  valuesConfig: {
    STPO: { description: "Slavery and trafficking prevention order (after a conviction)." },
    STRO: { description: "Slavery and trafficking risk order (no conviction needed)." },
  },
});

/** The label statistics give a row whose value was not recorded. */
export const NOT_RECORDED = "NOT_RECORDED";

/** Why a concern's records must be kept whatever their retention term says. */
export enum LegalHoldKind {
  INVESTIGATION = "INVESTIGATION",
  PROSECUTION = "PROSECUTION",
  SAFEGUARDING_REVIEW = "SAFEGUARDING_REVIEW",
}

registerEnumType(LegalHoldKind, {
  name: "LegalHoldKind",
  description: "Why a concern is on legal hold: its records are kept, neither anonymised nor erased, while it lasts.",
  valuesConfig: {
    INVESTIGATION: { description: "A criminal investigation that may need the records." },
    PROSECUTION: { description: "A prosecution (charge to appeal) that may need the records as evidence." },
    SAFEGUARDING_REVIEW: {
      description: "A safeguarding adults or child safeguarding practice review looking at the case.",
    },
  },
});

export enum NrmImportOutcome {
  IMPORTED = "IMPORTED",
  VALID = "VALID",
  REJECTED = "REJECTED",
}

registerEnumType(NrmImportOutcome, {
  name: "NrmImportOutcome",
  description: "What became of one row of an NRM referral import.",
  valuesConfig: {
    IMPORTED: { description: "The person was screened in the concern and referred: written." },
    VALID: {
      description:
        "Nothing wrong with the row, but nothing written: a dry run, or another row of the file was rejected.",
    },
    REJECTED: { description: "The row has problems (listed); nothing of the file was written." },
  },
});
