import type { AgencySector, AreaKind, EventType, MembershipRole, Role, SubjectRequestKind } from "../../gql/graphql";

export const MEMBERSHIP_ROLES: MembershipRole[] = ["CHAIR", "CORE_MEMBER", "MEMBER", "ADVISORY"];

/** The roles held inside a partnership (PLATFORM_ADMIN is the platform's, SYSTEM its own jobs'). */
export const PARTNERSHIP_ROLES: Role[] = [
  "COORDINATOR",
  "CASEWORKER",
  "TRAINING_ADMIN",
  "PROCUREMENT_OFFICER",
  "PARTNERSHIP_ADMIN",
  "AUDITOR",
  "DATA_PROTECTION_OFFICER",
  "READ_ONLY",
];

/** A partner system acts with operational roles only, never administration or data protection. */
export const MACHINE_ROLES: Role[] = [
  "COORDINATOR",
  "CASEWORKER",
  "TRAINING_ADMIN",
  "PROCUREMENT_OFFICER",
  "AUDITOR",
  "READ_ONLY",
];

export const SECTORS: AgencySector[] = [
  "POLICE",
  "LOCAL_AUTHORITY",
  "NGO",
  "HEALTH",
  "FIRE",
  "REGULATOR",
  "UTILITY",
  "CHILDRENS_TRUST",
  "FAITH_COMMUNITY",
  "BUSINESS",
  "ACADEMIC",
];

export const AREA_KINDS: AreaKind[] = ["TOWN", "LOCALITY", "WARD", "OUTSIDE"];

export const EVENT_TYPES: EventType[] = [
  "CONCERN_CREATED",
  "CONCERN_ASSIGNED",
  "CONCERN_STATUS_CHANGED",
  "NRM_DECISION_RECORDED",
  "AGREEMENT_SIGNED",
  "AGREEMENT_SUSPENDED",
  "AGREEMENT_EXPIRING",
  "CERTIFICATE_DUE",
];

export const SUBJECT_REQUEST_KINDS: SubjectRequestKind[] = ["ACCESS", "RECTIFICATION", "ERASURE"];

/** A choice of agencies, named as people know them. */
export interface AgencyChoice {
  id: string;
  name: string;
  shortName: string;
}

export function agencyName(agencies: readonly AgencyChoice[], id: string | null | undefined): string {
  const agency = agencies.find((a) => a.id === id);
  return agency ? `${agency.name} (${agency.shortName})` : "an agency not in the directory";
}

/** The empty choice of an agency select (the caller's own agency). */
export const AGENCY_CHOICE_NONE = "";
