import { registerEnumType } from "type-graphql";

/**
 * What a sharing agreement grants: every sensitive field belongs to exactly one category.
 * The descriptions are the contract partner agencies sign up to; keep them in plain words.
 */
export enum DataCategory {
  CASE_SUMMARY = "CASE_SUMMARY",
  LOCATION_ADDRESS = "LOCATION_ADDRESS",
  VICTIM_IDENTITY = "VICTIM_IDENTITY",
  VICTIM_DEMOGRAPHICS = "VICTIM_DEMOGRAPHICS",
  SAFEGUARDING = "SAFEGUARDING",
  HEALTH = "HEALTH",
  POLICE_INTELLIGENCE = "POLICE_INTELLIGENCE",
  OFFENDER_IDENTITY = "OFFENDER_IDENTITY",
  ENFORCEMENT = "ENFORCEMENT",
  SUPPLIER_RISK = "SUPPLIER_RISK",
  COMMERCIAL = "COMMERCIAL",
  PERSONNEL = "PERSONNEL",
  STATISTICS = "STATISTICS",
}

registerEnumType(DataCategory, {
  name: "DataCategory",
  description: "A class of information that a sharing agreement may grant to a recipient agency or sector.",
  valuesConfig: {
    CASE_SUMMARY: { description: "Reference, dates, status, exploitation types, location type, area, response level." },
    LOCATION_ADDRESS: { description: "Premises address, postcode and business name." },
    VICTIM_IDENTITY: { description: "Names, aliases, date of birth, phone and current address of potential victims." },
    VICTIM_DEMOGRAPHICS: { description: "Gender, nationality and age group of potential victims." },
    SAFEGUARDING: { description: "Support needs, accommodation, support provider, NRM decisions and consent." },
    HEALTH: { description: "Health needs and disclosures." },
    POLICE_INTELLIGENCE: { description: "Intelligence text, crime references and source grading." },
    OFFENDER_IDENTITY: { description: "Suspects, arrests, charges and the subjects of STPOs and STROs." },
    ENFORCEMENT: { description: "Regulators' interventions and their outcomes." },
    SUPPLIER_RISK: { description: "Intelligence signals linked to a supplier's premises." },
    COMMERCIAL: { description: "Contract values, supplier turnover and audit findings." },
    PERSONNEL: { description: "Contact details of partner staff and training records of named people." },
    STATISTICS: { description: "Aggregate counts; small counts are suppressed for callers without detail access." },
  },
});

export const DATA_CATEGORIES = Object.values(DataCategory);
