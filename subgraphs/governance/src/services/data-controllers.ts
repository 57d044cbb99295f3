import { DataCategory } from "@partnership/runtime";
import { AgencySector } from "../entities/enums.js";

const ALL_SECTORS = Object.values(AgencySector);
const { POLICE, LOCAL_AUTHORITY, NGO, HEALTH, FIRE, REGULATOR, CHILDRENS_TRUST } = AgencySector;
/** The sectors whose agencies hold casework about potential victims: concerns, referrals, support. */
const CASEWORK = [POLICE, LOCAL_AUTHORITY, NGO, CHILDRENS_TRUST, HEALTH];

/**
 * Which sectors control each data category: an agreement may grant a category only when one of its
 * parties is of such a sector, so the agency that holds the data consents to sharing it by signing
 * (ICO data sharing code: the controller decides). Read with the category descriptions in
 * subgraphs/runtime/src/data-category.ts.
 */
export const CATEGORY_CONTROLLERS: Readonly<Record<DataCategory, readonly AgencySector[]>> = {
  // Concerns are recorded by the agencies that receive and work them (and regulators, who lead
  // labour-exploitation concerns and visit premises): each may consent to their summary and place.
  [DataCategory.CASE_SUMMARY]: [...CASEWORK, REGULATOR],
  [DataCategory.LOCATION_ADDRESS]: [...CASEWORK, REGULATOR],
  // Who the victims are, their support and their health: held by those who work with them.
  [DataCategory.VICTIM_IDENTITY]: CASEWORK,
  [DataCategory.VICTIM_DEMOGRAPHICS]: CASEWORK,
  [DataCategory.SAFEGUARDING]: CASEWORK,
  [DataCategory.HEALTH]: CASEWORK,
  // Intelligence, crime references, suspects, arrests and charges are the police's alone.
  [DataCategory.POLICE_INTELLIGENCE]: [POLICE],
  [DataCategory.OFFENDER_IDENTITY]: [POLICE],
  // Interventions are recorded by the bodies with powers to intervene: police, regulators, and the
  // fire service (prohibition notices) and councils (trading standards, licensing, housing).
  [DataCategory.ENFORCEMENT]: [POLICE, REGULATOR, FIRE, LOCAL_AUTHORITY],
  // Signals at a supplier's premises are derived from casework and interventions.
  [DataCategory.SUPPLIER_RISK]: [...CASEWORK, REGULATOR, FIRE],
  // Contracts, turnover and audit findings are the contracting authorities' procurement records.
  [DataCategory.COMMERCIAL]: [LOCAL_AUTHORITY, HEALTH, POLICE, FIRE],
  // Every agency controls its own staff's contact details and training records.
  [DataCategory.PERSONNEL]: ALL_SECTORS,
  // Aggregate counts, small ones suppressed: figures of every partner's records.
  [DataCategory.STATISTICS]: ALL_SECTORS,
};

/** Whether an agency of this sector may consent to sharing this category. */
export function controls(sector: AgencySector, category: DataCategory): boolean {
  return CATEGORY_CONTROLLERS[category].includes(sector);
}
