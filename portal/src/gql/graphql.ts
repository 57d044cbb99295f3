/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** Why something was refused. */
export type AccessDenialReason =
  /** The query or mutation needs a role the user does not hold in the partnership. */
  | "MISSING_ROLE"
  /** The field is detail of a record the user's agency does not take part in. */
  | "NOT_TAKING_PART"
  /** No active sharing agreement of the partnership grants the field's category to the agency. */
  | "NO_AGREEMENT";

/** Where a corrective action is. */
export type ActionStatus =
  /** Completed and verified. */
  | "DONE"
  /** Under way. */
  | "IN_PROGRESS"
  /** Agreed, not started. */
  | "OPEN";

/** A new action of an objective. */
export type AddActionInput = {
  /** When it is to be delivered; within the plan's period. */
  deliveryDate: string;
  /** The agencies leading it (at least one), from the directory. */
  leadAgencyIds: Array<string | number>;
  /** The lead officers, people of the directory. */
  leadOfficerIds?: Array<string | number>;
  /** Its milestones, in order. */
  milestones?: Array<MilestoneInput>;
  /** The objective. */
  objectiveId: string | number;
  /** What is to be done. */
  title: string;
};

/** A new KPI of a plan, or of one of its objectives. */
export type AddKpiInput = {
  /** How it is measured and reported. */
  description?: string | null | undefined;
  /** What is measured, e.g. 'Professionals trained'. */
  name: string;
  /** The objective of that plan it measures; the whole plan when empty. */
  objectiveId?: string | number | null | undefined;
  /** The plan. */
  planId: string | number;
  /** The figure aimed at, in `unit` (0 or more). */
  target?: number | null | undefined;
  /** What the target counts, e.g. 'professionals a year' or '%'. */
  unit?: string | null | undefined;
};

/** A new milestone of an action, placed after its others. */
export type AddMilestoneInput = {
  /** The action. */
  actionId: string | number;
  /** When it is due; within the plan's period. Undated when empty. */
  dueOn?: string | null | undefined;
  /** What is to be reached. */
  title: string;
};

/** A new objective of an action plan, with its KPIs. */
export type AddObjectiveInput = {
  /** Its key performance indicators and monitoring. */
  kpis?: Array<KpiInput>;
  /** The plan. */
  planId: string | number;
  /** Which of the four Ps it serves. */
  theme: Theme;
  /** What it aims at. */
  title: string;
};

/** An agency joining the partnership the request acts in. */
export type AddPartnershipMemberInput = {
  /** The agency (from the platform's directory). */
  agencyId: string | number;
  /** The part it plays. */
  role: MembershipRole;
  /** The day it joins; today when empty. */
  since?: string | null | undefined;
};

/** Whether a person is an adult. A person whose age is not known is treated as a minor for consent until it is, but counted as age unknown (not as a minor) in every figure, as the Home Office's NRM statistics do. */
export type AgeGroup =
  /** 18 or over. */
  | "ADULT"
  /** Under 18. */
  | "MINOR"
  /** Not known; treated as a minor for consent (none needed for the NRM), counted as age unknown. */
  | "UNKNOWN";

/** The kind of organisation an agency is. */
export type AgencySector =
  /** Universities and research centres. */
  | "ACADEMIC"
  /** Businesses taking part in the partnership. */
  | "BUSINESS"
  /** Children's services trusts. */
  | "CHILDRENS_TRUST"
  /** Faith and community organisations. */
  | "FAITH_COMMUNITY"
  /** Fire and rescue services. */
  | "FIRE"
  /** NHS trusts, GP practices and other health services. */
  | "HEALTH"
  /** Council services: housing, trading standards, licensing, social care and others. */
  | "LOCAL_AUTHORITY"
  /** Voluntary organisations supporting victims. */
  | "NGO"
  /** Police forces and regional organised crime units. */
  | "POLICE"
  /** Enforcement and regulatory bodies: GLAA, HMRC, Immigration Enforcement, Environment Agency. */
  | "REGULATOR"
  /** Electricity, gas and water companies. */
  | "UTILITY";

/** In what capacity an agency took a step in an agreement's history. */
export type AgreementActingAs =
  /** As the partnership's administrator (its chair agency), not a party: a reason is recorded. */
  | "PARTNERSHIP_ADMINISTRATOR"
  /** As a party to the agreement. */
  | "PARTY";

/** A step in a sharing agreement's history. */
export type AgreementAction =
  /** Drawn up as a draft. */
  | "CREATED"
  /** Re-activated after a suspension. */
  | "REACTIVATED"
  /** Signed by a party; the last signature makes it ACTIVE. */
  | "SIGNED"
  /** Suspended: it grants nothing until re-activated. */
  | "SUSPENDED";

/** Where a sharing agreement is in its life cycle. Only an ACTIVE agreement grants access. */
export type AgreementStatus =
  /** Signed by every party and within its dates: its grants are in force. */
  | "ACTIVE"
  /** Drawn up; waiting for every party to sign. */
  | "DRAFT"
  /** Past its end date; grants nothing. */
  | "EXPIRED"
  /** Suspended by the partnership; grants nothing until re-activated. */
  | "SUSPENDED";

/** What an area of a partnership is. */
export type AreaKind =
  /** A locality (a district, a city or a part of a county). */
  | "LOCALITY"
  /** Outside the partnership's area: the bucket for premises elsewhere. */
  | "OUTSIDE"
  /** A town. */
  | "TOWN"
  /** An electoral ward, optionally within a town or locality. */
  | "WARD";

/** The outcome of a due-diligence questionnaire. */
export type AssessmentOutcome =
  /** Gaps to close, no indicators of exploitation. */
  | "NEEDS_IMPROVEMENT"
  /** Answers show adequate controls. */
  | "SATISFACTORY"
  /** Serious gaps or indicators of exploitation. */
  | "UNSATISFACTORY";

/** Whether an agency was at a meeting. */
export type Attendance =
  /** Not represented, no apologies. */
  | "ABSENT"
  /** Sent apologies. */
  | "APOLOGIES"
  /** Represented at the meeting. */
  | "PRESENT";

/** One agency's attendance. */
export type AttendanceInput = {
  /** The agency: a member of the partnership the request acts in. */
  agencyId: string | number;
  /** Present, apologies or absent. */
  attendance: Attendance;
};

/** A delegate's part in a session or course. */
export type AttendanceStatus =
  /** Attended but did not complete (no certificate). */
  | "ATTENDED"
  /** Booked on, not yet attended. */
  | "BOOKED"
  /** Completed; a certificate is issued. */
  | "COMPLETED"
  /** Booked but did not attend. */
  | "NO_SHOW";

/** One delegate's attendance at a session. */
export type AttendeeInput = {
  /** The delegate's agency. */
  agencyId: string | number;
  /** Work email; identifies the delegate across sessions and imports. */
  email: string;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Full name. */
  name: string;
  /** ATTENDED, COMPLETED (earns a certificate) or NO_SHOW. */
  status: AttendanceStatus;
};

/** Narrows the audit log; every condition given must hold. */
export type AuditEventFilter = {
  /** Only what users of this agency received or were refused. */
  agencyId?: string | null | undefined;
  /** Only values shared under this sharing agreement. */
  agreementId?: string | null | undefined;
  /** Only values of this category. */
  category?: DataCategory | null | undefined;
  /** Only rows of requests sent by this client application (apollographql-client-name). */
  clientName?: string | null | undefined;
  /** Only values of this record. */
  entityId?: string | null | undefined;
  /** Only values of these records (up to 100), e.g. the concerns whose reference matched a search; an empty list matches nothing. */
  entityIds?: Array<string> | null | undefined;
  /** Only values of records of this type. */
  entityType?: string | null | undefined;
  /** Only from this time on. */
  from?: string | null | undefined;
  /** Only rows of the operation with this document hash (SHA-256, hex). */
  operationHash?: string | null | undefined;
  /** Only values returned, or only refusals. */
  outcome?: AuditOutcome | null | undefined;
  /** Only refusals for this reason. */
  reason?: AccessDenialReason | null | undefined;
  /** Only before this time. */
  to?: string | null | undefined;
  /** Only what this user received or was refused. */
  userId?: string | null | undefined;
};

/** One finding of an audit, with the corrective actions agreed for it. */
export type AuditFindingInput = {
  /** What the supplier must do about it. */
  actions?: Array<CorrectiveActionInput>;
  /** What was found. */
  description: string;
  /** How serious it is. */
  severity: FindingSeverity;
};

/** How a supplier was audited. */
export type AuditKind =
  /** A review of payroll, contracts, right-to-work and policy documents. */
  | "DOCUMENT_REVIEW"
  /** A visit to the supplier's premises. */
  | "SITE_VISIT"
  /** Confidential interviews with workers. */
  | "WORKER_INTERVIEWS";

/** Whether a sensitive value was returned to the user or refused. */
export type AuditOutcome =
  /** The value (or the whole query or mutation) was refused; see the reason. */
  | "DENIED"
  /** The value was in the answer. */
  | "RETURNED";

/** A session to cancel, and why. */
export type CancelSessionInput = {
  /** Why it will not take place, for the record and for those booked (3 to 1000 characters). */
  reason: string;
  /** The session; it must be SCHEDULED. */
  sessionId: string | number;
};

/** Moves a concern on in the workflow. */
export type ChangeConcernStatusInput = {
  /** The day it closed; today when empty. */
  closedOn?: string | null | undefined;
  /** How the concern ended; needed to close it. */
  outcome?: string | null | undefined;
  /** Why; needed to reopen a closed concern. */
  reason?: string | null | undefined;
  /** The response decided at screening; needed to plan one. */
  responseLevel?: ResponseLevel | null | undefined;
  /** The new status: the next one, CLOSED, or (reopening) SCOPING or ACTIVE. */
  status: ConcernStatus;
};

/** Whose contracts and audit findings the commercial part of a supplier's risk rating is from. */
export type CommercialScope =
  /** The caller's own agency's only: it holds no COMMERCIAL grant, and has contracts or findings of its own. */
  | "OWN_AGENCY"
  /** All of the partnership's: the caller's agreements grant COMMERCIAL. */
  | "PARTNERSHIP";

/** A milestone reached. */
export type CompleteMilestoneInput = {
  /** The day it was reached; today when empty. Not in the future, not before the plan starts. */
  doneOn?: string | null | undefined;
  /** The milestone. */
  milestoneId: string | number;
};

/** How a request was answered, or why it was refused. */
export type CompleteSubjectRequestInput = {
  /** The day it was answered; on or after its receipt, not after today. */
  completedOn: string;
  /** The request. */
  id: string | number;
  /** What was sent or done, or why it was refused: 3 to 2000 characters. */
  outcome: string;
  /** True when the request was refused (e.g. manifestly unfounded or excessive, Art. 12(5)). */
  refused?: boolean | null | undefined;
};

/** Narrows a list of concerns. */
export type ConcernFilter = {
  /** Only concerns about premises in this area of the partnership (a town's wards included). */
  areaId?: string | number | null | undefined;
  /** Only concerns about this kind of exploitation. */
  exploitationType?: ExploitationType | null | undefined;
  /** Only these concerns (up to 100), e.g. to show the references of the records an audit log names; ids of concerns the caller cannot list are left out. */
  ids?: Array<string | number> | null | undefined;
  /** Only concerns this agency leads. */
  leadAgencyId?: string | number | null | undefined;
  /** Only concerns received on or after this day. */
  receivedFrom?: string | null | undefined;
  /** Only concerns received on or before this day. */
  receivedTo?: string | null | undefined;
  /** Only concerns whose reference contains this text, in any case: '0040' finds 'SHOP-2020-0040', and the full reference finds that one concern. % and _ match themselves. */
  reference?: string | null | undefined;
  /** Only concerns in this status. */
  status?: ConcernStatus | null | undefined;
};

/** Who raised a concern. */
export type ConcernSource =
  /** An anonymous report. */
  | "ANONYMOUS"
  /** A business. */
  | "BUSINESS"
  /** A council service (housing, trading standards, social care…). */
  | "COUNCIL_SERVICE"
  /** A health service (hospital, GP, ambulance). */
  | "HEALTH"
  /** The Modern Slavery Helpline or Crimestoppers. */
  | "HELPLINE"
  /** The Home Office: UK Visas and Immigration (e.g. after an asylum interview), Border Force or Immigration Enforcement. */
  | "HOME_OFFICE"
  /** A charity or community organisation. */
  | "NGO"
  /** A police force or unit. */
  | "POLICE"
  /** A member of the public. */
  | "PUBLIC"
  /** The person themself came forward. */
  | "SELF_REFERRAL";

/** Where a concern is in the SHOP workflow. It moves forward only; a closed concern reopens with a reason. */
export type ConcernStatus =
  /** Partners are responding: visits, interventions, safeguarding. */
  | "ACTIVE"
  /** Closed with an outcome. */
  | "CLOSED"
  /** Received, not yet looked at by the virtual team. */
  | "RECEIVED"
  /** The response level is decided and the response is being planned. */
  | "RESPONSE_PLANNED"
  /** The virtual team is screening it and scoping for more information. */
  | "SCOPING";

/** A correction of what is recorded about a person screened (rectification, UK GDPR Art. 16): each field given replaces the recorded value, the old value kept in the concern's history with the reason. Fields left out are unchanged; null clears a field that may be empty. */
export type CorrectPotentialVictimInput = {
  /** Adult, minor or not known. */
  ageGroup?: AgeGroup | null | undefined;
  /** Other names they are known by (the whole list). */
  aliases?: Array<string> | null | undefined;
  /** Where they are living now. */
  currentAddress?: string | null | undefined;
  /** Date of birth. */
  dateOfBirth?: string | null | undefined;
  /** The concern's version you read: the correction is applied on top of the current version unless one of the values it corrects was changed since (then CONFLICT, naming each). Left out, it applies to the current version. */
  expectedVersion?: number | null | undefined;
  /** Their name, as they gave it. */
  fullName?: string | null | undefined;
  /** Gender. */
  gender?: Gender | null | undefined;
  /** Nationality as given, e.g. 'Romanian'. */
  nationality?: string | null | undefined;
  /** The person's record. */
  personId: string | number;
  /** A safe phone number. */
  phone?: string | null | undefined;
  /** Why the record is corrected, e.g. 'Name misspelt at screening'. */
  reason: string;
};

/** A corrective action agreed for a finding. */
export type CorrectiveActionInput = {
  /** What must be done. */
  description: string;
  /** When it must be done by. */
  dueOn: string;
};

/** How a course is delivered. */
export type CourseFormat =
  /** A short briefing session. */
  | "BRIEFING"
  /** Face to face, in a room. */
  | "CLASSROOM"
  /** Online, self-paced; completions usually arrive as an LMS export. */
  | "E_LEARNING"
  /** Online, live. */
  | "WEBINAR";

/** The partnership's training levels. */
export type CourseLevel =
  /** Bespoke training for a particular audience. */
  | "BESPOKE"
  /** Level 1: awareness briefing — what to look for, how to report it. */
  | "LEVEL_1_AWARENESS"
  /** Level 2: modern slavery in supply chains, for procurement and commissioning staff. */
  | "LEVEL_2_SUPPLY_CHAIN"
  /** Level 3: first responder — the NRM, duty to notify, victim pathways. */
  | "LEVEL_3_FIRST_RESPONDER";

/** A new action plan for a partnership. */
export type CreateActionPlanInput = {
  /** Last day it covers; after the first. */
  endsOn: string;
  /** The partnership: the one the request acts in (another is refused with FORBIDDEN); that one when empty. */
  partnershipId?: string | number | null | undefined;
  /** First day it covers. */
  startsOn: string;
  /** Title, e.g. 'Modern Slavery Action Plan 2023–2026'. */
  title: string;
};

/** A new agency in the partnership's directory. */
export type CreateAgencyInput = {
  /** Whether it is a first responder organisation. */
  firstResponder?: boolean;
  /** Full name. */
  name: string;
  /** The kind of organisation. */
  sector: AgencySector;
  /** Short name: 2 to 20 letters, digits or hyphens, unique. */
  shortName: string;
};

/** A contract with a supplier, held by the caller's agency. */
export type CreateContractInput = {
  /** What is bought. */
  category: string;
  /** Has the supplier signed up to the code of conduct? */
  codeOfConduct: boolean;
  /** The department that manages it. */
  department: string;
  /** Last day; on or after the first. */
  endDate: string;
  /** Does it contain the modern slavery clause? */
  modernSlaveryClause: boolean;
  /** The agency's contract reference; must be unused. */
  reference: string;
  /** First day. */
  startDate: string;
  /** The supplier. */
  supplierId: string | number;
  /** Total value in pounds. */
  value: number;
};

/** A new course. */
export type CreateCourseInput = {
  /** Who it is for. */
  audience: string;
  /** Length in minutes (1 to 2400). */
  durationMinutes: number;
  /** How it is delivered. */
  format: CourseFormat;
  /** The level it gives. */
  level: CourseLevel;
  /** The agency that provides it. */
  providerAgencyId: string | number;
  /** Title; must be unused. */
  title: string;
  /** Months a certificate stays valid (1 to 120); leave empty when it does not expire. */
  validityMonths?: number | null | undefined;
};

/** A new network over existing partnerships. */
export type CreateNetworkInput = {
  /** Name, unique on the platform, e.g. 'West Midlands Anti-Slavery Network'. */
  name: string;
  /** Its member partnerships (at least two). */
  partnershipIds: Array<string | number>;
  /** Short name: 2 to 20 capital letters, digits or hyphens, starting with a letter. */
  shortName: string;
};

/** A new partnership on the platform. */
export type CreatePartnershipInput = {
  /** The area it covers, e.g. 'Tame Valley'. */
  area: string;
  /** Its first administrator. */
  firstAdmin: FirstAdminInput;
  /** Name, unique on the platform, e.g. 'Tame Valley Anti-Slavery Partnership'. */
  name: string;
  /** The regional network it belongs to, if any. */
  parentNetwork?: string | null | undefined;
  /** The prefix of its casework references: 2 to 8 capital letters, e.g. 'SHOP'. */
  referencePrefix: string;
  /** Short name: 2 to 20 capital letters, digits or hyphens, starting with a letter. */
  shortName: string;
  /** Its terms of reference. */
  termsOfReference?: string | null | undefined;
};

/** A new person in the staff directory. */
export type CreatePersonInput = {
  /** The agency the person works for. */
  agencyId: string | number;
  /** Work email address; must not be in the directory already. */
  email: string;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Full name. */
  name: string;
};

/** A new sharing agreement. It starts as a DRAFT and becomes ACTIVE when every party has signed. */
export type CreateSharingAgreementInput = {
  /** Last day the agreement is in force; must be after the start date. */
  endDate: string;
  /** What the agreement grants to whom (at least one grant). */
  grants: Array<GrantInput>;
  /** The lawful basis for sharing. */
  lawfulBasis: string;
  /** The agencies party to the agreement (at least two); each must sign. */
  partyAgencyIds: Array<string | number>;
  /** Why the information is shared. */
  purpose: string;
  /** The partnership's reference, e.g. 'ISA-2024-003'; must be unused. */
  reference: string;
  /** How long records of each granted category are kept and from which event: exactly one term for every category the grants name, and none for others. Left out (or null), each granted category takes the platform's default schedule (casework 6 years after the concern closes, health 8, supplier signals 3 years after they are made, commercial records 6 years after the contract ends, staff details 1 year after employment ends, figures 10 years), stored with the agreement as if stated. */
  retention?: Array<RetentionTermInput> | null | undefined;
  /** When the parties review it; between the start and end dates. */
  reviewDate?: string | null | undefined;
  /** First day the agreement may be in force. */
  startDate: string;
  /** Title of the agreement. */
  title: string;
};

/** A new supplier. */
export type CreateSupplierInput = {
  /** High-risk goods it supplies. */
  commodities?: Array<HighRiskCommodity>;
  /** Companies House number, e.g. '01234567' or 'SC123456'; leading zeros may be left out. */
  companyNumber: string;
  /** Month and day its financial year ends, 'MM-DD'. */
  financialYearEnd?: string;
  /** Where it operates and sources. */
  location?: SupplierLocation;
  /** Registered name. */
  name: string;
  /** What the supplier does. */
  sector: SupplierSector;
  /** Annual turnover band. */
  turnoverBand: TurnoverBand;
  /** The supplier's home page. */
  website?: string | null | undefined;
  /** Workforce characteristics that raise the risk. */
  workforceTraits?: Array<WorkforceTrait>;
};

/** A class of information that a sharing agreement may grant to a recipient agency or sector. */
export type DataCategory =
  /** Reference, dates, status, exploitation types, location type, area, response level. */
  | "CASE_SUMMARY"
  /** Contract values, supplier turnover and audit findings. */
  | "COMMERCIAL"
  /** Regulators' interventions and their outcomes. */
  | "ENFORCEMENT"
  /** Health needs and disclosures. */
  | "HEALTH"
  /** Premises address, postcode and business name. */
  | "LOCATION_ADDRESS"
  /** Suspects, arrests, charges and the subjects of STPOs and STROs. */
  | "OFFENDER_IDENTITY"
  /** Contact details of partner staff and training records of named people. */
  | "PERSONNEL"
  /** Intelligence text, crime references and source grading. */
  | "POLICE_INTELLIGENCE"
  /** Support needs, accommodation, support provider, NRM decisions and consent. */
  | "SAFEGUARDING"
  /** Aggregate counts; small counts are suppressed for callers without detail access. */
  | "STATISTICS"
  /** Intelligence signals linked to a supplier's premises. */
  | "SUPPLIER_RISK"
  /** Gender, nationality and age group of potential victims. */
  | "VICTIM_DEMOGRAPHICS"
  /** Names, aliases, date of birth, phone and current address of potential victims. */
  | "VICTIM_IDENTITY";

/** A new area of the partnership the request acts in. */
export type DefineAreaInput = {
  /** What it is; a partnership has one OUTSIDE area at most. */
  kind: AreaKind;
  /** Its name, unique in the partnership (whatever the case), e.g. 'West Bromwich'. */
  name: string;
  /** Its ONS (GSS) code, e.g. 'E05001260', if it has one. */
  onsCode?: string | null | undefined;
  /** For a ward: the town or locality it lies within, if any. */
  parentId?: string | number | null | undefined;
};

/** What became of one row of a directory import. */
export type DirectoryImportOutcome =
  /** Valid: a new person (imported unless the report says nothing was committed). */
  | "ACCEPTED"
  /** Already in the directory (or earlier in the file) for the same agency: not added again; the roles it lists are still given. */
  | "DUPLICATE"
  /** Invalid; see the column and the reason. */
  | "REJECTED";

/** A duty-to-notify (MS1) report for an adult who declined the NRM. */
export type DutyToNotifyInput = {
  /** The day the report was made. */
  reportedOn: string;
  /** The public authority making it: the caller's own agency. */
  reportingAgencyId: string | number;
};

/** An agency leaving the partnership the request acts in. */
export type EndPartnershipMembershipInput = {
  /** The member agency. */
  agencyId: string | number;
  /** Its last day as a member; today when empty. */
  until?: string | null | undefined;
};

/** A data subject's request that what is held about them be erased (UK GDPR Art. 17). */
export type ErasePotentialVictimInput = {
  /** The person's record. */
  personId: string | number;
  /** The request, as received: who asked, when and how (e.g. 'Email of 2 Dec 2026'). */
  reason: string;
};

/** A kind of change a webhook can receive. Each names a kind of change, never a value: the receiver fetches what changed through GraphQL, where its own sharing agreements apply. */
export type EventType =
  /** A sharing agreement ends within the notice period (announced once per agreement and end date). Payload type `agreement.expiring`. */
  | "AGREEMENT_EXPIRING"
  /** A sharing agreement was signed (became active). Payload type `agreement.signed`. */
  | "AGREEMENT_SIGNED"
  /** A sharing agreement was suspended. Payload type `agreement.suspended`. */
  | "AGREEMENT_SUSPENDED"
  /** A person's first-responder qualification is due for refresh (announced once per qualification and due date). Payload type `certificate.due`. */
  | "CERTIFICATE_DUE"
  /** An agency became the lead of a concern or started taking part in it. Payload type `concern.assigned`. */
  | "CONCERN_ASSIGNED"
  /** A concern was recorded in the partnership. Payload type `concern.created`. */
  | "CONCERN_CREATED"
  /** A concern's status changed (e.g. closed or reopened). Payload type `concern.status_changed`. */
  | "CONCERN_STATUS_CHANGED"
  /** A reasonable or conclusive grounds decision of the National Referral Mechanism was recorded. Payload type `nrm.decision_recorded`. */
  | "NRM_DECISION_RECORDED";

/** A kind of modern slavery. */
export type ExploitationType =
  /** Criminal exploitation (county lines, cannabis cultivation, forced begging…). */
  | "CRIMINAL"
  /** Domestic servitude. */
  | "DOMESTIC_SERVITUDE"
  /** Labour exploitation (forced or compulsory labour). */
  | "LABOUR"
  /** Another kind, or not yet known. */
  | "OTHER_OR_UNKNOWN"
  /** Sexual exploitation. */
  | "SEXUAL";

/** A further period to answer a request in (UK GDPR Art. 12(3)). */
export type ExtendSubjectRequestInput = {
  /** The request. */
  id: string | number;
  /** Further months: 1 or 2; with any earlier extension, at most 2 in all. */
  months: number;
  /** Why (the request is complex, or one of many from the subject): 10 to 2000 characters. */
  reason: string;
};

/** Whether a finding is about the law itself or about the government's recommendations. */
export type FindingLevel =
  /** For information; no fault. */
  | "INFORMATION"
  /** The government's statutory guidance recommends it. */
  | "RECOMMENDED"
  /** Section 54 requires it. */
  | "STATUTORY";

/** How serious an audit finding is. */
export type FindingSeverity =
  /** Evidence of forced labour: refer to the partnership at once. */
  | "CRITICAL"
  /** An indicator of exploitation, e.g. withheld wages or documents. */
  | "HIGH"
  /** A minor gap in paperwork or process. */
  | "LOW"
  /** A gap that could let exploitation go unnoticed. */
  | "MEDIUM";

/** Who administers a new partnership first: a user of a directory agency. */
export type FirstAdminInput = {
  /** Their agency, which becomes the partnership's first member. */
  agencyId: string | number;
  /** Their sign-in identity at their agency's identity provider (the token's subject). */
  userId: string;
};

/** A person's gender as recorded at screening. */
export type Gender =
  /** Female. */
  | "FEMALE"
  /** Male. */
  | "MALE"
  /** Not known or not given. */
  | "NOT_KNOWN"
  /** Another gender. */
  | "OTHER";

/** One grant: data categories to a recipient named either as an agency or as a sector (exactly one of the two). */
export type GrantInput = {
  /** The data categories granted (at least one). */
  categories: Array<DataCategory>;
  /** The recipient agency; leave empty when granting to a sector. */
  recipientAgencyId?: string | number | null | undefined;
  /** The recipient sector; leave empty when granting to an agency. */
  recipientSector?: AgencySector | null | undefined;
};

/** A role given in the partnership the request acts in. */
export type GrantPartnershipRoleInput = {
  /** The member agency whose user (or users) holds it. */
  agencyId: string | number;
  /** The role; PLATFORM_ADMIN and SYSTEM are not held in a partnership. */
  role: Role;
  /** The user's sign-in identity at their agency's identity provider; empty gives it to every user of the agency. */
  userId?: string | null | undefined;
};

/** Goods whose supply chains are known for forced labour. */
export type HighRiskCommodity =
  /** Bricks, stone, timber. */
  | "CONSTRUCTION_MATERIALS"
  /** Electronics and their minerals. */
  | "ELECTRONICS"
  /** Fresh produce, seafood, cocoa, coffee. */
  | "FOOD_PRODUCE"
  /** Personal protective equipment, rubber gloves. */
  | "PPE_GLOVES"
  /** Solar panels and polysilicon. */
  | "SOLAR_PANELS"
  /** Cotton, garments and uniforms. */
  | "TEXTILES_COTTON";

/** An e-learning (LMS) export of completions of one course. */
export type ImportCompletionsInput = {
  /** Import the good rows even when some are rejected. By default one rejected row means nothing is imported. */
  acceptValidRowsOnly?: boolean;
  /** The course the export is for. */
  courseId: string | number;
  /** The CSV text, with a header row naming the columns email, name, agency_id, job_title (may be empty) and completed_on (YYYY-MM-DD or an ISO date-time). */
  csv: string;
};

/** A CSV file of a partnership's people: a header row, then one person a row. Columns: name, email, job_title (may be empty), agency (the agency's short name; it must be a member of the partnership), and optionally user_id (their sign-in identity at their agency's identity provider, the token's subject), roles (partnership roles separated by spaces or semicolons; they need a user_id) and start_date (the day their roles start, DD/MM/YYYY or YYYY-MM-DD; today when empty). */
export type ImportDirectoryInput = {
  /** The file's text (UTF-8, comma-separated, fields quoted where needed). */
  csv: string;
};

/** What became of one row of an import. */
export type ImportRowOutcome =
  /** Valid (imported unless the report says nothing was committed). */
  | "ACCEPTED"
  /** Already recorded; not counted again. */
  | "DUPLICATE"
  /** Invalid; see the column and the reason. */
  | "REJECTED";

/** What one agency did during a visit. */
export type InterventionInput = {
  /** The agency. */
  agencyId: string | number;
  /** What came of it. */
  outcome?: string | null | undefined;
  /** What kind of intervention. */
  type: InterventionType;
};

/** What an agency did with its own powers. */
export type InterventionType =
  /** An arrest. */
  | "ARREST"
  /** A cease and desist notice. */
  | "CEASE_AND_DESIST"
  /** Premises closed. */
  | "CLOSURE"
  /** Electricity supply cut off (e.g. abstraction found). */
  | "ELECTRICITY_CUT_OFF"
  /** A fire safety notice. */
  | "FIRE_SAFETY_NOTICE"
  /** Housing enforcement (HMO licensing, hazards). */
  | "HOUSING_ENFORCEMENT"
  /** A civil penalty for employing illegal workers. */
  | "IMMIGRATION_PENALTY"
  /** Licensing advice or a licence review. */
  | "LICENSING_ADVICE"
  /** A national minimum wage investigation. */
  | "MINIMUM_WAGE_INVESTIGATION"
  /** An application for a slavery and trafficking prevention or risk order. */
  | "ORDER_APPLICATION"
  /** Another intervention. */
  | "OTHER"
  /** A safeguarding referral. */
  | "SAFEGUARDING_REFERRAL";

/** The definition of a key performance indicator. */
export type KpiInput = {
  /** How it is measured and reported. */
  description?: string | null | undefined;
  /** What is measured, e.g. 'Professionals trained'. */
  name: string;
  /** The figure aimed at, in `unit` (0 or more). */
  target?: number | null | undefined;
  /** What the target counts, e.g. 'professionals a year' or '%'. */
  unit?: string | null | undefined;
};

/** Why a concern is on legal hold: its records are kept, neither anonymised nor erased, while it lasts. */
export type LegalHoldKind =
  /** A criminal investigation that may need the records. */
  | "INVESTIGATION"
  /** A prosecution (charge to appeal) that may need the records as evidence. */
  | "PROSECUTION"
  /** A safeguarding adults or child safeguarding practice review looking at the case. */
  | "SAFEGUARDING_REVIEW";

/** Premises a concern is about, recorded with it. Known premises need their area, ward, address and postcode; premises NOT_KNOWN (a referral with no place) need none of them. */
export type LocationInput = {
  /** Street address; needed unless NOT_KNOWN. */
  address?: string | null | undefined;
  /** The area of the partnership it is in (from `areas`), or its 'outside' area; needed unless NOT_KNOWN. */
  areaId?: string | number | null | undefined;
  /** The business trading there, if any. */
  businessName?: string | null | undefined;
  /** Companies House number of the business, e.g. '01234567'; links the premises to a supplier. */
  companyNumber?: string | null | undefined;
  /** Postcode, e.g. 'B66 2AA'; needed unless NOT_KNOWN. */
  postcode?: string | null | undefined;
  /** The kind of premises; NOT_KNOWN when there is no place yet. */
  type: LocationType;
  /** The electoral ward it is in; needed unless NOT_KNOWN. */
  ward?: string | null | undefined;
};

/** The kind of premises a location is. */
export type LocationType =
  /** A cannabis farm. */
  | "CANNABIS_FARM"
  /** A hand car wash. */
  | "CAR_WASH"
  /** Criminal exploitation and county lines: a home taken over by drug dealers (cuckooed) or a house used to deal from (trap house). Used instead of PRIVATE_DWELLING or HMO when that is what the premises are used for. */
  | "CUCKOOED_OR_TRAP_HOUSE"
  /** A factory. */
  | "FACTORY"
  /** Agriculture: a farm, fields, glasshouses, orchards or livestock. This is the agriculture type (there is no other), so agriculture counts once; cannabis cultivation is CANNABIS_FARM and food processing FOOD_PRODUCTION. */
  | "FARM"
  /** Food production: a food processing, packing or preparation site (a meat plant, a packhouse, a bakery). Used instead of FACTORY for food. */
  | "FOOD_PRODUCTION"
  /** A GP surgery. */
  | "GP_SURGERY"
  /** A house in multiple occupation. */
  | "HMO"
  /** A hospital. */
  | "HOSPITAL"
  /** Other hospitality: a pub, bar, café, catering kitchen or events venue. Restaurants, takeaways, hotels and night clubs keep their own types. */
  | "HOSPITALITY"
  /** A hotel. */
  | "HOTEL"
  /** A letting agent. */
  | "LETTING_AGENT"
  /** A nail bar. */
  | "NAIL_BAR"
  /** A night club. */
  | "NIGHT_CLUB"
  /** Not yet known (a referral with no place, or an address still being established): such premises need no address, postcode, area or ward. */
  | "NOT_KNOWN"
  /** Another kind of premises. */
  | "OTHER"
  /** A church, mosque, gurdwara, temple or other place of worship. */
  | "PLACE_OF_WORSHIP"
  /** A private house or flat. */
  | "PRIVATE_DWELLING"
  /** A public place (street, park…). */
  | "PUBLIC_PLACE"
  /** A restaurant. */
  | "RESTAURANT"
  /** A shop or other business premises. */
  | "SHOP"
  /** A social club. */
  | "SOCIAL_CLUB"
  /** Supported housing. */
  | "SUPPORTED_HOUSING"
  /** A takeaway. */
  | "TAKEAWAY"
  /** A warehouse. */
  | "WAREHOUSE"
  /** A waste or recycling site. */
  | "WASTE_RECYCLING";

/** An area of the council modern slavery maturity matrix. */
export type MaturityArea =
  /** Disruption and prevention. */
  | "DISRUPTION_AND_PREVENTION"
  /** Identifying, referring and supporting victims. */
  | "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS"
  /** Leadership. */
  | "LEADERSHIP"
  /** Resources and capacity. */
  | "RESOURCES_AND_CAPACITY"
  /** Supply chains. */
  | "SUPPLY_CHAINS";

/** A level of the maturity matrix, from basic first steps to mature practice. */
export type MaturityLevel =
  /** Basic first steps (level 1). */
  | "BASIC_FIRST_STEPS"
  /** Early progress (level 2). */
  | "EARLY_PROGRESS"
  /** Mature practice (level 4). */
  | "MATURE_PRACTICE"
  /** Substantial progress (level 3). */
  | "SUBSTANTIAL_PROGRESS";

/** The level reached in one area, with its evidence. */
export type MaturityRatingInput = {
  /** The area. */
  area: MaturityArea;
  /** The evidence for it. */
  evidence: string;
  /** The level reached. */
  level: MaturityLevel;
};

/** What a partnership meeting is for. */
export type MeetingKind =
  /** The operational group (SHOP). */
  | "OPERATIONAL"
  /** The strategic partnership board. */
  | "STRATEGIC"
  /** A task and finish group. */
  | "TASK_AND_FINISH";

/** The part an agency plays in a partnership. */
export type MembershipRole =
  /** Advises the partnership without being a full member. */
  | "ADVISORY"
  /** Chairs the partnership. */
  | "CHAIR"
  /** A core member, present at every meeting and on the operational group. */
  | "CORE_MEMBER"
  /** A member agency. */
  | "MEMBER";

/** A milestone of an action. */
export type MilestoneInput = {
  /** When it is due; within the plan's period. Undated when empty. */
  dueOn?: string | null | undefined;
  /** What is to be reached. */
  title: string;
};

/** A Single Competent Authority decision on an NRM referral. */
export type NrmDecision =
  /** Negative. */
  | "NEGATIVE"
  /** Not yet decided. */
  | "PENDING"
  /** Positive: there are grounds to believe the person is a victim. */
  | "POSITIVE";

/** A decision on an NRM referral. */
export type NrmDecisionInput = {
  /** The day of the decision; not before the referral. */
  decidedOn: string;
  /** Positive or negative. */
  decision: NrmDecision;
  /** Reasonable or conclusive grounds. */
  stage: NrmDecisionStage;
};

/** Which NRM decision: reasonable grounds first, then conclusive grounds. */
export type NrmDecisionStage =
  /** The conclusive grounds decision (after a positive reasonable grounds one). */
  | "CONCLUSIVE_GROUNDS"
  /** The reasonable grounds decision. */
  | "REASONABLE_GROUNDS";

/** What became of one row of an NRM referral import. */
export type NrmImportOutcome =
  /** The person was screened in the concern and referred: written. */
  | "IMPORTED"
  /** The row has problems (listed); nothing of the file was written. */
  | "REJECTED"
  /** Nothing wrong with the row, but nothing written: a dry run, or another row of the file was rejected. */
  | "VALID";

/** A referral into the National Referral Mechanism. */
export type NrmReferralInput = {
  /** Whether an adult consented. An adult must consent; one who declines gets a duty-to-notify report instead. A minor needs none. */
  consentGiven?: boolean | null | undefined;
  /** The day the referral was made. */
  referredOn: string;
  /** Work email of the first responder who made it: a person of the referring agency in the directory. */
  referrerEmail: string;
  /** The first responder organisation making it: the caller's own agency, which must be on the statutory list of first responder organisations. */
  referringAgencyId: string | number;
};

/** A suspected offender. */
export type OffenderInput = {
  /** The day they were arrested, if they were. */
  arrestedOn?: string | null | undefined;
  /** What they were charged with. */
  charge?: string | null | undefined;
  /** Date of birth, if known. */
  dateOfBirth?: string | null | undefined;
  /** Their name. */
  fullName: string;
  /** Their part, e.g. 'gangmaster'. */
  role?: string | null | undefined;
};

/** A slavery and trafficking prevention or risk order. */
export type OrderInput = {
  /** The day it expires; after it was granted. */
  expiresOn: string;
  /** The day the court granted it. */
  grantedOn: string;
  /** STPO or STRO. */
  kind: OrderKind;
  /** The offender it is on, if recorded. */
  offenderId?: string | number | null | undefined;
  /** Who or what it is on. */
  subject: string;
};

/** A civil order under Part 2 of the Modern Slavery Act 2015. */
export type OrderKind =
  /** Slavery and trafficking prevention order (after a conviction). */
  | "STPO"
  /** Slavery and trafficking risk order (no conviction needed). */
  | "STRO";

/** A legal hold to place on a concern. */
export type PlaceLegalHoldInput = {
  /** The concern to hold. */
  concernId: string | number;
  /** Why the records are held. */
  kind: LegalHoldKind;
  /** The reason: the investigation, prosecution or review it serves. */
  reason: string;
  /** The last day the hold counts; after today. Place a new hold to extend it. */
  until: string;
};

/** How an action is going: red, amber, green, complete, or not started. */
export type Rag =
  /** At risk. */
  | "AMBER"
  /** Delivered. */
  | "COMPLETE"
  /** On track. */
  | "GREEN"
  /** Not started (no progress update yet). */
  | "NOT_STARTED"
  /** Off track; needs the partnership's attention. */
  | "RED";

/** Re-activates a suspended agreement that is still within its dates. */
export type ReactivateSharingAgreementInput = {
  /** The agreement to re-activate. */
  agreementId: string | number;
  /** Why it is re-activated; kept in the agreement's history. Required from the partnership's administrator when it is no party. */
  reason?: string | null | undefined;
};

/** A completed due-diligence questionnaire, assessed by the caller's agency. */
export type RecordAssessmentInput = {
  /** When it was assessed. */
  assessedOn: string;
  /** Notes. */
  notes?: string | null | undefined;
  /** The conclusion. */
  outcome: AssessmentOutcome;
  /** Questionnaire score, 0 to 100. */
  score: number;
  /** The supplier. */
  supplierId: string | number;
};

/** A whole session's attendance, recorded in one go. */
export type RecordAttendanceInput = {
  /** Everyone booked on the session and how they took part (1 to 500). */
  attendees: Array<AttendeeInput>;
  /** The session. */
  sessionId: string | number;
};

/** An audit of a supplier by the caller's agency, with its findings. */
export type RecordAuditInput = {
  /** When; not in the future. */
  auditedOn: string;
  /** Who carried it out. */
  auditor: string;
  /** What it found (none is a clean audit). */
  findings?: Array<AuditFindingInput>;
  /** How it was audited. */
  kind: AuditKind;
  /** The supplier. */
  supplierId: string | number;
};

/** A new concern of modern slavery. */
export type RecordConcernInput = {
  /** The kinds of exploitation suspected (at least one). */
  exploitationTypes: Array<ExploitationType>;
  /** What is known so far (POLICE_INTELLIGENCE). */
  intelligenceSummary?: string | null | undefined;
  /** The agency leading the response; the recording agency when empty. The recording agency takes part either way: among the participating agencies when another leads. */
  leadAgencyId?: string | number | null | undefined;
  /** New premises; give this or `locationId`. */
  location?: LocationInput | null | undefined;
  /** An existing location; give this or `location`. */
  locationId?: string | number | null | undefined;
  /** Other agencies taking part. */
  participatingAgencyIds?: Array<string | number>;
  /** The day the concern came in; not in the future. */
  receivedOn: string;
  /** The partner agency that referred it, if one did. */
  referringAgencyId?: string | number | null | undefined;
  /** Who raised it. */
  source: ConcernSource;
};

/** A self-assessment against the maturity matrix, of a partnership or of one agency (exactly one): one rating for each of the five areas. */
export type RecordMaturityAssessmentInput = {
  /** The agency assessed (e.g. the council), a member of the partnership the request acts in, whose record the assessment becomes; empty when a partnership is. */
  agencyId?: string | number | null | undefined;
  /** The day it was agreed; not in the future. */
  assessedOn: string;
  /** Who assessed. */
  assessor: string;
  /** The partnership assessed, the one the request acts in (another is refused with FORBIDDEN); empty when an agency is. */
  partnershipId?: string | number | null | undefined;
  /** One rating per area, all five areas. */
  ratings: Array<MaturityRatingInput>;
};

/** A meeting of the partnership with its attendance. */
export type RecordMeetingInput = {
  /** Each expected agency's attendance. */
  attendance: Array<AttendanceInput>;
  /** The day it was held; not in the future. */
  heldOn: string;
  /** What it was for. */
  kind: MeetingKind;
  /** The partnership that met: the one the request acts in (another is refused with FORBIDDEN); that one when empty. */
  partnershipId?: string | number | null | undefined;
  /** Title. */
  title: string;
};

/** A progress update on an action. */
export type RecordProgressInput = {
  /** The action. */
  actionId: string | number;
  /** Why the action is complete although some of its milestones are not reached. Required when `rag` is COMPLETE and a milestone is outstanding (BAD_USER_INPUT naming `input.completionReason` without one); refused on any other update. */
  completionReason?: string | null | undefined;
  /** What happened. Required: every RAG update says why (BAD_USER_INPUT naming `input.note` without one). */
  note?: string | null | undefined;
  /** The RAG status it gives the action (RED, AMBER, GREEN or COMPLETE). */
  rag: Rag;
  /** The day the progress is reported; today when empty. Not in the future, not before the plan starts or the action was added. */
  reportedOn?: string | null | undefined;
  /** The directory person the update is from, e.g. a lead officer. */
  reporterId?: string | number | null | undefined;
};

/** A supplier's statement for one financial year; recording the same year again replaces it. */
export type RecordStatementInput = {
  /** When the board approved it; empty when it did not. */
  approvedOn?: string | null | undefined;
  /** Which of the six recommended areas it covers. */
  areas: Array<StatementArea>;
  /** Is it linked prominently from the home page? */
  linkedFromHomePage: boolean;
  /** Last day of the financial year covered (the year end). */
  periodEnd: string;
  /** First day of the financial year covered. */
  periodStart: string;
  /** When it was published. */
  publishedOn?: string | null | undefined;
  /** Who signed it; empty when unsigned. */
  signedBy?: string | null | undefined;
  /** Is the signer a director? */
  signedByDirector: boolean;
  /** The signer's role. */
  signerRole?: string | null | undefined;
  /** Was it submitted to the government registry? */
  submittedToRegistry: boolean;
  /** The supplier. */
  supplierId: string | number;
  /** Where it is published. */
  url: string;
};

/** A data subject's request, as received. */
export type RecordSubjectRequestInput = {
  /** What the subject asked for. */
  kind: SubjectRequestKind;
  /** The member agency it was made to: the caller's own when empty; another only by the data protection officer of the partnership's chair agency (FORBIDDEN otherwise). */
  madeToAgencyId?: string | number | null | undefined;
  /** The day it was received; not after today. */
  receivedOn: string;
  /** How the subject is found across the services. */
  search: SubjectRequestSearchInput;
  /** Who the subject is, in a few words (3 to 500 characters), e.g. 'Former resident, asked by letter'. */
  subject: string;
};

/** A multi-agency disruption visit, with its interventions and the people screened. */
export type RecordVisitInput = {
  /** The agencies present (at least one). */
  agencyIds: Array<string | number>;
  /** What each agency did. */
  interventions?: Array<InterventionInput>;
  /** The premises visited; the concern's location when empty. */
  locationId?: string | number | null | undefined;
  /** What was found. */
  notes?: string | null | undefined;
  /** The people screened during the visit. */
  peopleScreened?: Array<ScreenPersonInput>;
  /** The day of the visit. */
  visitedOn: string;
};

/** A partner agency's system to register: the identity provider and client id its client-credentials tokens carry, the member agency it acts for and the roles it acts with. */
export type RegisterMachineClientInput = {
  /** The member agency it acts for: the caller's own; another member only by the partnership's chair agency's administrator. */
  agencyId: string | number;
  /** Its client id at that provider (its tokens' `client_id`, and their `sub`): 1 to 200 characters, no spaces. Registered in at most one partnership at a time. */
  clientId: string;
  /** The issuer of its tokens (their `iss`), exactly as the tokens spell it: one of the platform's trusted issuers, trusted to speak for the agency (1 to 500 characters, no spaces). */
  issuer: string;
  /** What the system is, e.g. 'WMP records system' (3 to 200 characters). */
  name: string;
  /** The roles it acts with (1 to 6): operational roles only, never PARTNERSHIP_ADMIN, DATA_PROTECTION_OFFICER, PLATFORM_ADMIN or SYSTEM. */
  roles: Array<Role>;
};

/** A partner system's endpoint, the agency it receives events for, and the event types. */
export type RegisterWebhookInput = {
  /** The member agency whose events it receives: an event naming agencies goes only to their webhooks; a partnership-wide one (an agreement's) to every webhook. Your own agency; another only by the partnership's chair agency's administrator. */
  agencyId: string | number;
  /** The event types it receives: at least one, each once. */
  eventTypes: Array<EventType>;
  /** Where events are POSTed: an https URL of a public endpoint (http and local addresses outside production only), without credentials or fragment, at most 2000 characters. */
  url: string;
};

/** The release of a legal hold before its last day. */
export type ReleaseLegalHoldInput = {
  /** The hold to release. */
  holdId: string | number;
  /** Why it is released, e.g. 'No further action: CPS decision of 3 March'. */
  reason: string;
};

/** The response decided when a concern is screened. */
export type ResponseLevel =
  /** A joint multi-agency response. */
  | "JOINT_MULTI_AGENCY"
  /** A significant response that needs pre-planning (an operation). */
  | "SIGNIFICANT_PRE_PLANNED"
  /** One agency responds with its own powers. */
  | "SINGLE_AGENCY";

/** The event a retention period runs from: records are kept for the period after it, then anonymised. */
export type RetentionEvent =
  /** The sharing agreement the record was shared under ended. */
  | "AGREEMENT_ENDED"
  /** The concern the record belongs to was closed (casework: victims, intelligence, offenders). */
  | "CONCERN_CLOSED"
  /** The contract the record belongs to ended (commercial records). */
  | "CONTRACT_ENDED"
  /** The member of staff left the agency (their contact details and training). */
  | "EMPLOYMENT_ENDED"
  /** The record was made (figures, supplier signals: whatever has no end of its own). */
  | "RECORD_CREATED";

/** How long the agreement's records of one data category are kept, and from which event: e.g. VICTIM_IDENTITY, 6 years, CONCERN_CLOSED. */
export type RetentionTermInput = {
  /** The event the period runs from; one the category's records have (CONCERN_CLOSED for casework, EMPLOYMENT_ENDED for personnel, CONTRACT_ENDED for commercial records; RECORD_CREATED and AGREEMENT_ENDED for any). */
  after: RetentionEvent;
  /** A category the agreement grants; each has exactly one term. */
  category: DataCategory;
  /** Months kept on top of the years (0 to 11). */
  months?: number | null | undefined;
  /** Whole years kept after the event (0 to 100). */
  years: number;
};

/** How likely modern slavery is in a supplier's operations or supply chain. */
export type RiskRating =
  /** 6 risk points or more: audit the supplier. */
  | "HIGH"
  /** Under 3 risk points. */
  | "LOW"
  /** 3 to 5 risk points. */
  | "MEDIUM";

/** What a user may do in a partnership; a token's role counts only where the directory gives it. */
export type Role =
  /** Reads the audit trail: who received or was refused what. */
  | "AUDITOR"
  /** Records and works concerns of modern slavery. */
  | "CASEWORKER"
  /** Co-ordinates the partnership's work: plans, meetings, agreements' signatures. */
  | "COORDINATOR"
  /** The agency's data protection officer: answers data subjects' requests (access, rectification, erasure) and reads what is held about them. */
  | "DATA_PROTECTION_OFFICER"
  /** Administers the partnership: members, roles, agreements. */
  | "PARTNERSHIP_ADMIN"
  /** Creates partnerships and their first administrators; nothing inside them. */
  | "PLATFORM_ADMIN"
  /** Checks suppliers and records contracts and assurance. */
  | "PROCUREMENT_OFFICER"
  /** Reads what the agreements grant, and writes nothing. */
  | "READ_ONLY"
  /** The gateway itself; never held by a user. */
  | "SYSTEM"
  /** Records courses, sessions and attendance. */
  | "TRAINING_ADMIN";

/** A new session of a course. */
export type ScheduleSessionInput = {
  /** How many delegates it can take (1 to 500). */
  capacity: number;
  /** The course. */
  courseId: string | number;
  /** When it starts. */
  startsAt: string;
  /** Who delivers it. */
  trainer: string;
  /** Where; leave empty for an online session. */
  venue?: string | null | undefined;
};

/** A person screened for modern slavery. */
export type ScreenPersonInput = {
  /** Accommodation arranged. */
  accommodation?: string | null | undefined;
  /** Other kinds the person also disclosed or showed (e.g. CRIMINAL beside LABOUR); the main kind repeated here, or a kind repeated, counts once. */
  additionalExploitationTypes?: Array<ExploitationType> | null | undefined;
  /** Adult, minor, or not known (treated as a minor for consent, counted as age unknown). */
  ageGroup: AgeGroup;
  /** Other names they are known by. */
  aliases?: Array<string>;
  /** Where they are living now. */
  currentAddress?: string | null | undefined;
  /** Date of birth, if known. */
  dateOfBirth?: string | null | undefined;
  /** The (main) kind of exploitation disclosed or shown. */
  exploitationType: ExploitationType;
  /** Their name, as they gave it. */
  fullName?: string | null | undefined;
  /** Gender as recorded. */
  gender: Gender;
  /** Health needs and disclosures (HEALTH). */
  healthNeeds?: string | null | undefined;
  /** Nationality as given, e.g. 'Romanian'. */
  nationality?: string | null | undefined;
  /** What happened for them. Not REFERRED_TO_NRM: referToNrm records the referral and sets that outcome (BAD_USER_INPUT naming the field). */
  outcome?: VictimOutcome;
  /** A safe phone number. */
  phone?: string | null | undefined;
  /** The day they were screened. */
  screenedOn: string;
  /** Support needed. */
  supportNeeds?: string | null | undefined;
  /** The agency supporting them. */
  supportProviderAgencyId?: string | number | null | undefined;
};

/** Narrows the list of sessions. */
export type SessionFilter = {
  /** Only sessions of this course. */
  courseId?: string | number | null | undefined;
  /** Only sessions starting on or after this day. */
  from?: string | null | undefined;
  /** Only sessions in this status. */
  status?: SessionStatus | null | undefined;
  /** Only sessions starting on or before this day. */
  to?: string | null | undefined;
};

/** Where a session is. */
export type SessionStatus =
  /** Will not take place. */
  | "CANCELLED"
  /** Held; its attendance is recorded. */
  | "DELIVERED"
  /** Planned; attendance not yet recorded. */
  | "SCHEDULED";

/** A party's signature on a draft agreement. */
export type SignSharingAgreementInput = {
  /** The signing party's agency. */
  agencyId: string | number;
  /** The agreement being signed. */
  agreementId: string | number;
  /** Name and role of who signs for the agency. */
  signedBy: string;
};

/** One of the six areas the government recommends a modern slavery statement covers. */
export type StatementArea =
  /** Its due diligence processes in its business and supply chains. */
  | "DUE_DILIGENCE"
  /** Its effectiveness, measured against key performance indicators. */
  | "KPIS"
  /** Its policies on slavery and human trafficking. */
  | "POLICIES"
  /** Where the risks are, and the steps taken to assess and manage them. */
  | "RISK_ASSESSMENT"
  /** The organisation's structure, business and supply chains. */
  | "STRUCTURE_AND_SUPPLY_CHAINS"
  /** The training about slavery and human trafficking available to its staff. */
  | "TRAINING";

/** Where a statement record came from. */
export type StatementSource =
  /** Recorded by a procurement officer. */
  | "MANUAL"
  /** Imported from the government's modern slavery statement registry. */
  | "REGISTRY";

/** The answer to 'is this supplier's modern slavery statement OK?'. */
export type StatementStatus =
  /** Required, published for the latest year due, and meets every check. */
  | "COMPLIANT"
  /** Required, and no statement is on record at all. */
  | "MISSING"
  /** Turnover under £36m: no statement is required. */
  | "NOT_REQUIRED"
  /** Earlier statements exist, but the one for the latest year due is past its due date. */
  | "OVERDUE"
  /** Published for the latest year due, but some checks fail: see the findings. */
  | "PARTIAL";

/** What a data subject asked for (UK GDPR Articles 15 to 17). */
export type SubjectRequestKind =
  /** A copy of what is held about them (Art. 15). */
  | "ACCESS"
  /** The erasure of what is held about them, where no lawful basis requires keeping it (Art. 17). */
  | "ERASURE"
  /** A correction of what is held about them (Art. 16). */
  | "RECTIFICATION";

/** How a request's data subject is found across the services (as `subjectAccess(search:)` takes it): at least one condition; every condition given must hold. */
export type SubjectRequestSearchInput = {
  /** The subject's date of birth. */
  dateOfBirth?: string | null | undefined;
  /** The subject's email address. */
  email?: string | null | undefined;
  /** Part of the subject's name or alias (2 to 200 characters). */
  name?: string | null | undefined;
  /** A record's reference the subject is in, e.g. 'SHOP-2020-0040' (1 to 100 characters). */
  reference?: string | null | undefined;
};

/** Where a data subject's request stands. */
export type SubjectRequestStatus =
  /** Answered (the outcome says how). */
  | "COMPLETED"
  /** Not answered yet: it counts against its due date. */
  | "OPEN"
  /** Refused, e.g. as manifestly unfounded or excessive (Art. 12(5)); the outcome says why. */
  | "REFUSED";

/** Narrows the list of suppliers. */
export type SupplierFilter = {
  /** Only suppliers in high-risk sectors. */
  highRiskSectorOnly?: boolean | null | undefined;
  /** Only suppliers whose public rating (`risk.rating`) is this today; contract values and audit findings never decide which suppliers a filter returns. */
  riskRating?: RiskRating | null | undefined;
  /** Only suppliers whose name contains this text. */
  search?: string | null | undefined;
  /** Only suppliers in this sector. */
  sector?: SupplierSector | null | undefined;
  /** Only suppliers whose statement check says this today. */
  statementStatus?: StatementStatus | null | undefined;
};

/** Where a supplier's operations and supply chain are, as the procurement officer assessed it. */
export type SupplierLocation =
  /** Partly overseas, in countries with weak labour protection or known forced labour. */
  | "OVERSEAS_HIGHER_RISK"
  /** Partly overseas, in countries with strong labour protection. */
  | "OVERSEAS_LOWER_RISK"
  /** In the UK. */
  | "UK";

/** What a supplier does. Car washes, waste recycling, food processing, cleaning, construction, agriculture, hospitality, social care and textiles are high-risk sectors. */
export type SupplierSector =
  /** Agriculture, horticulture and fishing (high risk). */
  | "AGRICULTURE"
  /** Hand car washes and valeting (high risk). */
  | "CAR_WASH"
  /** Cleaning services (high risk). */
  | "CLEANING"
  /** Construction and building trades (high risk). */
  | "CONSTRUCTION"
  /** Facilities management. */
  | "FACILITIES_MANAGEMENT"
  /** Food processing and packing (high risk). */
  | "FOOD_PROCESSING"
  /** Hotels, catering and restaurants (high risk). */
  | "HOSPITALITY"
  /** IT goods and services. */
  | "IT_SERVICES"
  /** Transport, warehousing and delivery. */
  | "LOGISTICS"
  /** Anything else. */
  | "OTHER"
  /** Professional services: legal, consulting, finance. */
  | "PROFESSIONAL_SERVICES"
  /** Residential and domiciliary care (high risk). */
  | "SOCIAL_CARE"
  /** Textiles, garments and uniforms (high risk). */
  | "TEXTILES"
  /** Waste collection, sorting and recycling (high risk). */
  | "WASTE_RECYCLING";

/** Suspends an active agreement: it grants nothing until re-activated. */
export type SuspendSharingAgreementInput = {
  /** The agreement to suspend. */
  agreementId: string | number;
  /** Why it is suspended; shown to every party. */
  reason: string;
};

/** Which of the four Ps an objective serves. */
export type Theme =
  /** Prepare: reducing harm through better victim identification and support. */
  | "PREPARE"
  /** Prevent: stopping people from engaging in modern slavery. */
  | "PREVENT"
  /** Protect: strengthening safeguards against modern slavery. */
  | "PROTECT"
  /** Pursue: prosecuting and disrupting those responsible. */
  | "PURSUE";

/** Annual turnover band, as the government registry records it. £36m or more requires a statement. */
export type TurnoverBand =
  /** £36 million to £60 million. */
  | "FROM_36M_TO_60M"
  /** £60 million to £100 million. */
  | "FROM_60M_TO_100M"
  /** £100 million to £500 million. */
  | "FROM_100M_TO_500M"
  /** Over £500 million. */
  | "OVER_500M"
  /** Under £36 million: no statement required. */
  | "UNDER_36M"
  /** Not known; treated as requiring a statement until known. */
  | "UNKNOWN";

/** A correction to an agency in the directory: each field given replaces the agency's; one left out (or null) stays as it is. */
export type UpdateAgencyInput = {
  /** The agency. */
  agencyId: string | number;
  /** Whether it is on the statutory list of first responder organisations: only those refer people into the NRM. */
  firstResponder?: boolean | null | undefined;
  /** Its full name. */
  name?: string | null | undefined;
};

/** Changes to a concern's details; fields left out stay as they are. */
export type UpdateConcernInput = {
  /** The police crime reference (POLICE_INTELLIGENCE). */
  crimeReference?: string | null | undefined;
  /** The kinds of exploitation suspected. */
  exploitationTypes?: Array<ExploitationType> | null | undefined;
  /** What is known (POLICE_INTELLIGENCE). */
  intelligenceSummary?: string | null | undefined;
  /** The agency leading the response. */
  leadAgencyId?: string | number | null | undefined;
  /** New premises the concern is about, recorded with the change; give this or `locationId`, not both. */
  location?: LocationInput | null | undefined;
  /** Premises already recorded that the concern is about; give this or `location`, not both. */
  locationId?: string | number | null | undefined;
  /** The other agencies taking part (replaces the list). The agency that recorded the concern always remains a party: it is kept in the list unless it leads or referred the concern. */
  participatingAgencyIds?: Array<string | number> | null | undefined;
  /** The partner agency that referred it; null removes the referrer. Only the lead agency (or the partnership's chair) changes it: the referrer takes part in the concern. */
  referringAgencyId?: string | number | null | undefined;
  /** The response decided at screening. */
  responseLevel?: ResponseLevel | null | undefined;
  /** Who raised it. */
  source?: ConcernSource | null | undefined;
};

/** Moves a corrective action on. */
export type UpdateCorrectiveActionInput = {
  /** The action. */
  actionId: string | number;
  /** Its new status; DONE records today as the completion date. */
  status: ActionStatus;
};

/** A supplier's details as they stand now, replacing the earlier ones. The company number is its key across the platform (casework matches premises by it) and is not changed here. */
export type UpdateSupplierInput = {
  /** High-risk goods it supplies. */
  commodities: Array<HighRiskCommodity>;
  /** Month and day its financial year ends, 'MM-DD'. */
  financialYearEnd: string;
  /** Where it operates and sources. */
  location: SupplierLocation;
  /** Registered name. */
  name: string;
  /** What the supplier does. */
  sector: SupplierSector;
  /** The supplier. */
  supplierId: string | number;
  /** Annual turnover band. */
  turnoverBand: TurnoverBand;
  /** The supplier's home page; empty when it has none. */
  website?: string | null | undefined;
  /** Workforce characteristics that raise the risk. */
  workforceTraits: Array<WorkforceTrait>;
};

/** What happened for a person after they were screened. */
export type VictimOutcome =
  /** Declined support. */
  | "DECLINED_SUPPORT"
  /** Not yet known. */
  | "NOT_YET_KNOWN"
  /** Screened; no indicators of modern slavery. */
  | "NO_INDICATORS"
  /** Referred on to another service. */
  | "REFERRED_ON"
  /** Referred into the National Referral Mechanism. */
  | "REFERRED_TO_NRM"
  /** Safeguarded and supported. */
  | "SAFEGUARDED";

/** A characteristic of a supplier's workforce that raises the risk of exploitation. */
export type WorkforceTrait =
  /** Relies on agency or temporary labour. */
  | "AGENCY_LABOUR"
  /** Mostly low-skilled, low-paid work. */
  | "LOW_SKILLED"
  /** Employs many recently arrived migrant workers. */
  | "MIGRANT_WORKERS"
  /** Relies on seasonal workers. */
  | "SEASONAL"
  /** Work is subcontracted down several tiers. */
  | "SUBCONTRACTED";

export type PortalCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;

export type PortalCreateAgencyMutation = {
  createAgency: { __typename: "Agency"; id: string; name: string; shortName: string };
};

export type PortalUpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;

export type PortalUpdateAgencyMutation = {
  updateAgency: { __typename: "Agency"; id: string; name: string; firstResponder: boolean };
};

export type PortalDefineAreaMutationVariables = Exact<{
  input: DefineAreaInput;
}>;

export type PortalDefineAreaMutation = { defineArea: { __typename: "Area"; id: string; name: string; kind: AreaKind } };

export type PortalImportDirectoryMutationVariables = Exact<{
  input: ImportDirectoryInput;
}>;

export type PortalImportDirectoryMutation = {
  importDirectory: {
    __typename: "DirectoryImportReport";
    committed: boolean;
    imported: number;
    duplicates: number;
    rejected: number;
    rolesGiven: number;
    rows: Array<{
      __typename: "DirectoryImportRow";
      row: number;
      outcome: DirectoryImportOutcome;
      column: string | null;
      reason: string | null;
    }>;
  };
};

export type PortalRegisterMachineClientMutationVariables = Exact<{
  input: RegisterMachineClientInput;
}>;

export type PortalRegisterMachineClientMutation = {
  registerMachineClient: { __typename: "MachineClient"; id: string; name: string; clientId: string };
};

export type PortalRevokeMachineClientMutationVariables = Exact<{
  id: string | number;
}>;

export type PortalRevokeMachineClientMutation = {
  revokeMachineClient: {
    __typename: "MachineClient";
    id: string;
    name: string;
    active: boolean;
    revokedAt: string | null;
  };
};

export type PortalAddPartnershipMemberMutationVariables = Exact<{
  input: AddPartnershipMemberInput;
}>;

export type PortalAddPartnershipMemberMutation = {
  addPartnershipMember: {
    __typename: "Membership";
    id: string;
    role: MembershipRole;
    since: string;
    agency: { __typename: "Agency"; shortName: string };
  };
};

export type PortalEndPartnershipMembershipMutationVariables = Exact<{
  input: EndPartnershipMembershipInput;
}>;

export type PortalEndPartnershipMembershipMutation = {
  endPartnershipMembership: {
    __typename: "Membership";
    id: string;
    until: string | null;
    agency: { __typename: "Agency"; shortName: string };
  };
};

export type PortalDirectoryPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type PortalDirectoryPeopleQuery = {
  people: {
    __typename: "PersonConnection";
    totalCount: number;
    nodes: Array<{
      __typename: "Person";
      id: string;
      name: string;
      email: string | null;
      jobTitle: string | null;
      agency: { __typename: "Agency"; shortName: string };
    }>;
  };
};

export type PortalCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;

export type PortalCreatePersonMutation = {
  createPerson: { __typename: "Person"; id: string; name: string; email: string | null };
};

export type PortalGrantPartnershipRoleMutationVariables = Exact<{
  input: GrantPartnershipRoleInput;
}>;

export type PortalGrantPartnershipRoleMutation = {
  grantPartnershipRole: {
    __typename: "PartnershipRole";
    id: string;
    agencyId: string;
    userId: string | null;
    role: Role;
    grantedOn: string;
  };
};

export type PortalRevokePartnershipRoleMutationVariables = Exact<{
  id: string | number;
}>;

export type PortalRevokePartnershipRoleMutation = {
  revokePartnershipRole: { __typename: "PartnershipRole"; id: string; userId: string | null; role: Role };
};

export type PortalExtendSubjectRequestMutationVariables = Exact<{
  input: ExtendSubjectRequestInput;
}>;

export type PortalExtendSubjectRequestMutation = {
  extendSubjectRequest: {
    __typename: "SubjectRequest";
    id: string;
    dueOn: string;
    extensionMonths: number;
    extensionReason: string | null;
    daysLeft: number | null;
  };
};

export type PortalCompleteSubjectRequestMutationVariables = Exact<{
  input: CompleteSubjectRequestInput;
}>;

export type PortalCompleteSubjectRequestMutation = {
  completeSubjectRequest: {
    __typename: "SubjectRequest";
    id: string;
    status: SubjectRequestStatus;
    completedOn: string | null;
    outcome: string | null;
    daysLeft: number | null;
  };
};

export type PortalRegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;

export type PortalRegisterWebhookMutation = {
  registerWebhook: {
    __typename: "WebhookWithSecret";
    id: string;
    secret: string;
    webhook: { __typename: "WebhookSubscription"; id: string; url: string };
  };
};

export type PortalRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;

export type PortalRotateWebhookSecretMutation = {
  rotateWebhookSecret: {
    __typename: "WebhookWithSecret";
    id: string;
    secret: string;
    webhook: { __typename: "WebhookSubscription"; id: string; url: string; secretRotatedAt: string | null };
  };
};

export type PortalDisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;

export type PortalDisableWebhookMutation = {
  disableWebhook: {
    __typename: "WebhookSubscription";
    id: string;
    url: string;
    active: boolean;
    disabledAt: string | null;
  };
};

export type PortalAuditConcernIdsQueryVariables = Exact<{
  reference: string;
}>;

export type PortalAuditConcernIdsQuery = {
  concerns: { __typename: "ConcernConnection"; nodes: Array<{ __typename: "Concern"; id: string }> };
};

export type PortalAuditConcernReferencesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type PortalAuditConcernReferencesQuery = {
  concerns: {
    __typename: "ConcernConnection";
    nodes: Array<{ __typename: "Concern"; id: string; reference: string | null }>;
  };
};

export type PortalAuditAgreementsQueryVariables = Exact<{ [key: string]: never }>;

export type PortalAuditAgreementsQuery = {
  sharingAgreements: {
    __typename: "SharingAgreementConnection";
    nodes: Array<{ __typename: "SharingAgreement"; id: string; reference: string }>;
  };
};

export type PortalPersonRecordQueryVariables = Exact<{
  concernId: string | number;
}>;

export type PortalPersonRecordQuery = {
  concern: {
    __typename: "Concern";
    id: string;
    version: number;
    potentialVictims: Array<{
      __typename: "PotentialVictim";
      id: string;
      fullName: string | null;
      aliases: Array<string> | null;
      dateOfBirth: string | null;
      phone: string | null;
      currentAddress: string | null;
      nationality: string | null;
      gender: Gender | null;
      ageGroup: AgeGroup | null;
    }> | null;
  } | null;
};

export type PortalCorrectPotentialVictimMutationVariables = Exact<{
  input: CorrectPotentialVictimInput;
}>;

export type PortalCorrectPotentialVictimMutation = {
  correctPotentialVictim: {
    __typename: "PotentialVictim";
    id: string;
    fullName: string | null;
    aliases: Array<string> | null;
    dateOfBirth: string | null;
    phone: string | null;
    currentAddress: string | null;
    nationality: string | null;
    gender: Gender | null;
    ageGroup: AgeGroup | null;
  };
};

export type PortalRecordDutyToNotifyMutationVariables = Exact<{
  victimId: string | number;
  input: DutyToNotifyInput;
}>;

export type PortalRecordDutyToNotifyMutation = {
  recordDutyToNotify: { __typename: "DutyToNotify"; id: string; reportedOn: string | null };
};

export type PortalErasePotentialVictimMutationVariables = Exact<{
  input: ErasePotentialVictimInput;
}>;

export type PortalErasePotentialVictimMutation = {
  erasePotentialVictim: {
    __typename: "ErasureResult";
    id: string;
    personId: string;
    erased: Array<string>;
    kept: Array<{ __typename: "KeptUnderBasis"; what: string; basis: string }>;
  };
};

export type PortalLegalHoldsQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalLegalHoldsQuery = {
  concern: {
    __typename: "Concern";
    id: string;
    legalHolds: Array<{
      __typename: "LegalHold";
      id: string;
      kind: LegalHoldKind;
      reason: string;
      until: string;
      active: boolean;
      placedAt: string;
      releasedAt: string | null;
      releaseReason: string | null;
      placedByAgency: { __typename: "Agency"; id: string; shortName: string } | null;
      releasedByAgency: { __typename: "Agency"; id: string; shortName: string } | null;
    }> | null;
  } | null;
};

export type PortalPlaceLegalHoldMutationVariables = Exact<{
  input: PlaceLegalHoldInput;
}>;

export type PortalPlaceLegalHoldMutation = { placeLegalHold: { __typename: "LegalHold"; id: string; active: boolean } };

export type PortalReleaseLegalHoldMutationVariables = Exact<{
  input: ReleaseLegalHoldInput;
}>;

export type PortalReleaseLegalHoldMutation = {
  releaseLegalHold: {
    __typename: "LegalHold";
    id: string;
    active: boolean;
    releasedAt: string | null;
    releaseReason: string | null;
  };
};

export type PortalRecordNrmDecisionMutationVariables = Exact<{
  referralId: string | number;
  input: NrmDecisionInput;
}>;

export type PortalRecordNrmDecisionMutation = {
  recordNrmDecision: {
    __typename: "NrmReferral";
    id: string;
    reasonableGrounds: NrmDecision | null;
    reasonableGroundsOn: string | null;
    conclusiveGrounds: NrmDecision | null;
    conclusiveGroundsOn: string | null;
  };
};

export type PortalReferToNrmMutationVariables = Exact<{
  victimId: string | number;
  input: NrmReferralInput;
}>;

export type PortalReferToNrmMutation = {
  referToNrm: {
    __typename: "NrmReferral";
    id: string;
    referredOn: string | null;
    consentGiven: boolean | null;
    minor: boolean | null;
    reasonableGrounds: NrmDecision | null;
    conclusiveGrounds: NrmDecision | null;
    potentialVictim: { __typename: "PotentialVictim"; id: string; outcome: VictimOutcome | null } | null;
  };
};

export type PortalAgencyStaffQueryVariables = Exact<{
  agencyId: string | number;
}>;

export type PortalAgencyStaffQuery = {
  people: {
    __typename: "PersonConnection";
    nodes: Array<{ __typename: "Person"; id: string; name: string; email: string | null; jobTitle: string | null }>;
  };
};

export type PortalConcernOffendersQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalConcernOffendersQuery = {
  concern: {
    __typename: "Concern";
    id: string;
    offenders: Array<{
      __typename: "Offender";
      id: string;
      fullName: string | null;
      dateOfBirth: string | null;
      role: string | null;
      arrestedOn: string | null;
      charge: string | null;
    }> | null;
    orders: Array<{
      __typename: "PreventionOrder";
      id: string;
      kind: OrderKind | null;
      subject: string | null;
      grantedOn: string | null;
      expiresOn: string | null;
    }> | null;
  } | null;
};

export type PortalRecordOffenderMutationVariables = Exact<{
  concernId: string | number;
  input: OffenderInput;
}>;

export type PortalRecordOffenderMutation = {
  recordOffender: { __typename: "Offender"; id: string; fullName: string | null };
};

export type PortalRecordOrderMutationVariables = Exact<{
  concernId: string | number;
  input: OrderInput;
}>;

export type PortalRecordOrderMutation = {
  recordOrder: { __typename: "PreventionOrder"; id: string; kind: OrderKind | null };
};

export type PortalScreenPersonMutationVariables = Exact<{
  concernId: string | number;
  input: ScreenPersonInput;
}>;

export type PortalScreenPersonMutation = {
  screenPerson: { __typename: "PotentialVictim"; id: string; screenedOn: string | null; outcome: VictimOutcome | null };
};

export type PortalSuspendAgreementMutationVariables = Exact<{
  input: SuspendSharingAgreementInput;
}>;

export type PortalSuspendAgreementMutation = {
  suspendSharingAgreement: {
    __typename: "SharingAgreement";
    id: string;
    status: AgreementStatus;
    suspendedReason: string | null;
  };
};

export type PortalReactivateAgreementMutationVariables = Exact<{
  input: ReactivateSharingAgreementInput;
}>;

export type PortalReactivateAgreementMutation = {
  reactivateSharingAgreement: {
    __typename: "SharingAgreement";
    id: string;
    status: AgreementStatus;
    suspendedReason: string | null;
  };
};

export type PortalCreatePlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;

export type PortalCreatePlanMutation = { createActionPlan: { __typename: "ActionPlan"; id: string } };

export type PortalMemberAgenciesQueryVariables = Exact<{ [key: string]: never }>;

export type PortalMemberAgenciesQuery = {
  actingPartnership: {
    __typename: "Partnership";
    id: string;
    members: Array<{
      __typename: "Membership";
      until: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }> | null;
  } | null;
};

export type PortalCompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;

export type PortalCompleteMilestoneMutation = {
  completeActionMilestone: { __typename: "Milestone"; id: string; doneOn: string | null };
};

export type PortalAddObjectiveMutationVariables = Exact<{
  input: AddObjectiveInput;
}>;

export type PortalAddObjectiveMutation = {
  addPlanObjective: { __typename: "PlanObjective"; id: string; number: number };
};

export type PortalAddKpiMutationVariables = Exact<{
  input: AddKpiInput;
}>;

export type PortalAddKpiMutation = { addPlanKpi: { __typename: "KpiDefinition"; id: string } };

export type PortalAddActionMutationVariables = Exact<{
  input: AddActionInput;
}>;

export type PortalAddActionMutation = { addPlanAction: { __typename: "PlanAction"; id: string } };

export type PortalAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;

export type PortalAddMilestoneMutation = {
  addActionMilestone: { __typename: "Milestone"; id: string; position: number };
};

export type PortalRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;

export type PortalRecordAssessmentMutation = { recordAssessment: { __typename: "Assessment"; id: string } };

export type PortalSupplierAssuranceQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalSupplierAssuranceQuery = {
  supplier: {
    __typename: "Supplier";
    id: string;
    assessments: Array<{
      __typename: "Assessment";
      id: string;
      agencyId: string;
      assessedOn: string;
      score: number;
      outcome: AssessmentOutcome;
      notes: string | null;
    }>;
    audits: Array<{
      __typename: "Audit";
      id: string;
      agencyId: string;
      kind: AuditKind;
      auditedOn: string;
      auditor: string;
      findings: Array<{
        __typename: "AuditFinding";
        id: string;
        severity: FindingSeverity | null;
        description: string | null;
        open: boolean;
        actions: Array<{
          __typename: "CorrectiveAction";
          id: string;
          description: string | null;
          dueOn: string;
          status: ActionStatus;
          completedOn: string | null;
          overdue: boolean;
        }>;
      }>;
    }>;
  } | null;
};

export type PortalRecordAuditMutationVariables = Exact<{
  input: RecordAuditInput;
}>;

export type PortalRecordAuditMutation = { recordAudit: { __typename: "Audit"; id: string } };

export type PortalSupplierContractsQueryVariables = Exact<{
  supplierId: string | number;
}>;

export type PortalSupplierContractsQuery = {
  contracts: {
    __typename: "ContractConnection";
    totalCount: number;
    nodes: Array<{
      __typename: "Contract";
      id: string;
      reference: string;
      department: string;
      category: string;
      value: number | null;
      startDate: string;
      endDate: string;
      modernSlaveryClause: boolean;
      codeOfConduct: boolean;
    }>;
  };
};

export type PortalCreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;

export type PortalCreateContractMutation = {
  createContract: { __typename: "Contract"; id: string; reference: string };
};

export type PortalUpdateCorrectiveActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;

export type PortalUpdateCorrectiveActionMutation = {
  updateCorrectiveAction: {
    __typename: "CorrectiveAction";
    id: string;
    status: ActionStatus;
    completedOn: string | null;
    overdue: boolean;
  };
};

export type PortalImportRegistryMutationVariables = Exact<{
  csv: string;
}>;

export type PortalImportRegistryMutation = {
  importRegistryStatements: {
    __typename: "RegistryImportReport";
    rowsRead: number;
    matched: number;
    created: number;
    updated: number;
    unchanged: number;
    unmatched: number;
    rejected: number;
    changes: Array<{
      __typename: "RegistryImportChange";
      line: number;
      companyNumber: string;
      supplierName: string;
      action: string;
      changedFields: Array<string>;
    }>;
    unmatchedRows: Array<{
      __typename: "RegistryImportUnmatched";
      line: number;
      companyNumber: string;
      organisationName: string | null;
    }>;
    rejections: Array<{
      __typename: "RegistryImportRejection";
      line: number;
      companyNumber: string | null;
      reason: string;
    }>;
  };
};

export type PortalRecordStatementMutationVariables = Exact<{
  input: RecordStatementInput;
}>;

export type PortalRecordStatementMutation = {
  recordStatement: { __typename: "ModernSlaveryStatement"; id: string; periodEnd: string; source: StatementSource };
};

export type PortalCreateSupplierMutationVariables = Exact<{
  input: CreateSupplierInput;
}>;

export type PortalCreateSupplierMutation = { createSupplier: { __typename: "Supplier"; id: string; name: string } };

export type PortalUpdateSupplierMutationVariables = Exact<{
  input: UpdateSupplierInput;
}>;

export type PortalUpdateSupplierMutation = {
  updateSupplier: {
    __typename: "Supplier";
    id: string;
    name: string;
    sector: SupplierSector;
    turnoverBand: TurnoverBand;
    financialYearEnd: string;
    website: string | null;
    location: SupplierLocation;
    workforceTraits: Array<WorkforceTrait>;
    commodities: Array<HighRiskCommodity>;
  };
};

export type PortalCancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;

export type PortalCancelSessionMutation = {
  cancelSession: {
    __typename: "TrainingSession";
    id: string;
    status: SessionStatus;
    cancelledAt: string | null;
    cancellationReason: string | null;
  };
};

export type PortalCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;

export type PortalCreateCourseMutation = {
  createCourse: { __typename: "Course"; id: string; title: string; level: CourseLevel };
};

export type PortalDirectoryLookupQueryVariables = Exact<{
  search: string;
}>;

export type PortalDirectoryLookupQuery = {
  people: {
    __typename: "PersonConnection";
    totalCount: number;
    nodes: Array<{
      __typename: "Person";
      id: string;
      name: string;
      email: string | null;
      agency: { __typename: "Agency"; id: string; shortName: string };
    }>;
  };
};

export type PortalFirstRespondersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  expiredWithinDays: number;
}>;

export type PortalFirstRespondersQuery = {
  firstResponderQualifications: {
    __typename: "CompletionConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "Completion";
      id: string;
      delegateName: string | null;
      expiresOn: string | null;
      expired: boolean | null;
      agency: { __typename: "Agency"; shortName: string } | null;
      course: { __typename: "Course"; title: string };
    }>;
  };
};

export type PortalAreasQueryVariables = Exact<{ [key: string]: never }>;

export type PortalAreasQuery = {
  areas: {
    __typename: "AreaConnection";
    nodes: Array<{ __typename: "Area"; id: string; name: string; kind: AreaKind }>;
  };
};

export type PortalAgreementsInForceQueryVariables = Exact<{ [key: string]: never }>;

export type PortalAgreementsInForceQuery = {
  sharingAgreements: {
    __typename: "SharingAgreementConnection";
    nodes: Array<{
      __typename: "SharingAgreement";
      id: string;
      reference: string;
      title: string;
      inForce: boolean;
      parties: Array<{ __typename: "AgreementParty"; id: string; agency: { __typename: "Agency"; id: string } }>;
      grants: Array<{ __typename: "AgreementGrant"; id: string; categories: Array<DataCategory> }>;
    }>;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean };
  };
};

export type PortalGrantedCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type PortalGrantedCategoriesQuery = { grantedCategories: Array<DataCategory> };

export type PortalAgenciesQueryVariables = Exact<{ [key: string]: never }>;

export type PortalAgenciesQuery = {
  agencies: {
    __typename: "AgencyConnection";
    nodes: Array<{ __typename: "Agency"; id: string; name: string; shortName: string; sector: AgencySector }>;
  };
};

export type PortalActingPartnershipQueryVariables = Exact<{ [key: string]: never }>;

export type PortalActingPartnershipQuery = {
  actingPartnership: { __typename: "Partnership"; id: string; name: string } | null;
};

export type PortalTodayQueryVariables = Exact<{ [key: string]: never }>;

export type PortalTodayQuery = { today: string };

export type PortalRecordOfProcessingQueryVariables = Exact<{ [key: string]: never }>;

export type PortalRecordOfProcessingQuery = {
  recordOfProcessing: {
    __typename: "RecordOfProcessing";
    asOf: string;
    attentionDays: number;
    partnership: { __typename: "Partnership"; id: string; name: string };
    categories: Array<{
      __typename: "CategoryProcessing";
      category: DataCategory;
      description: string;
      shared: boolean;
      controllerSectors: Array<AgencySector>;
      classifiedFields: Array<string> | null;
      purposes: Array<string>;
      lawfulBases: Array<string>;
      recipientSectors: Array<AgencySector>;
      parties: Array<{ __typename: "Agency"; id: string; shortName: string }>;
      recipientAgencies: Array<{ __typename: "Agency"; id: string; shortName: string }>;
      retention: Array<{
        __typename: "RetentionTerm";
        summary: string;
        agreement: { __typename: "SharingAgreement"; id: string; reference: string };
      }>;
      agreements: Array<{
        __typename: "SharingAgreement";
        id: string;
        reference: string;
        title: string;
        endDate: string;
      }>;
    }>;
    dueForReview: Array<{
      __typename: "AgreementDeadline";
      date: string;
      daysLeft: number;
      agreement: { __typename: "SharingAgreement"; id: string; reference: string; title: string };
    }>;
    expiringSoon: Array<{
      __typename: "AgreementDeadline";
      date: string;
      daysLeft: number;
      agreement: { __typename: "SharingAgreement"; id: string; reference: string; title: string };
    }>;
  };
};

export type PortalActionPlanQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalActionPlanQuery = {
  actionPlan: {
    __typename: "ActionPlan";
    id: string;
    title: string;
    startsOn: string;
    endsOn: string;
    ragSummary: Array<{ __typename: "RagCount"; rag: Rag; count: number }> | null;
    kpis: Array<{ __typename: "KpiDefinition"; id: string; name: string; target: number | null; unit: string | null }>;
    objectives: Array<{
      __typename: "PlanObjective";
      id: string;
      number: number;
      theme: Theme;
      title: string;
      kpis: Array<{
        __typename: "KpiDefinition";
        id: string;
        name: string;
        target: number | null;
        unit: string | null;
      }>;
      actions: Array<{
        __typename: "PlanAction";
        id: string;
        title: string;
        deliveryDate: string;
        rag: Rag | null;
        leadAgencies: Array<{ __typename: "Agency"; shortName: string }>;
        milestones: Array<{
          __typename: "Milestone";
          id: string;
          position: number;
          title: string;
          dueOn: string | null;
          doneOn: string | null;
        }>;
        updates: Array<{
          __typename: "ActionUpdate";
          id: string;
          reportedOn: string;
          rag: Rag;
          note: string;
          completionReason: string | null;
          reporterAgency: { __typename: "Agency"; shortName: string } | null;
        }>;
      }>;
    }>;
  } | null;
  overdueActions: Array<{ __typename: "PlanAction"; id: string }>;
};

export type PortalRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;

export type PortalRecordProgressMutation = {
  recordActionProgress: {
    __typename: "ActionUpdate";
    id: string;
    rag: Rag;
    note: string;
    completionReason: string | null;
  };
};

export type PortalCreateAgreementMutationVariables = Exact<{
  input: CreateSharingAgreementInput;
}>;

export type PortalCreateAgreementMutation = {
  createSharingAgreement: { __typename: "SharingAgreement"; id: string; reference: string; status: AgreementStatus };
};

export type PortalAgreementQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalAgreementQuery = {
  sharingAgreement: {
    __typename: "SharingAgreement";
    id: string;
    reference: string;
    title: string;
    purpose: string;
    lawfulBasis: string;
    startDate: string;
    endDate: string;
    reviewDate: string | null;
    status: AgreementStatus;
    inForce: boolean;
    suspendedReason: string | null;
    parties: Array<{
      __typename: "AgreementParty";
      id: string;
      signedAt: string | null;
      signedBy: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }>;
    grants: Array<{
      __typename: "AgreementGrant";
      id: string;
      recipientSector: AgencySector | null;
      categories: Array<DataCategory>;
      recipientAgency: { __typename: "Agency"; name: string } | null;
    }>;
    retention: Array<{ __typename: "RetentionTerm"; category: DataCategory; summary: string }>;
    history: Array<{
      __typename: "AgreementEvent";
      id: string;
      action: AgreementAction;
      actingAs: AgreementActingAs;
      reason: string | null;
      at: string;
      agency: { __typename: "Agency"; shortName: string };
    }>;
  } | null;
};

export type PortalSignAgreementMutationVariables = Exact<{
  input: SignSharingAgreementInput;
}>;

export type PortalSignAgreementMutation = {
  signSharingAgreement: { __typename: "SharingAgreement"; id: string; status: AgreementStatus };
};

export type PortalAnnualReportQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  asOf: string;
}>;

export type PortalAnnualReportQuery = {
  partnership: {
    __typename: "Partnership";
    id: string;
    name: string;
    area: string;
    caseStatistics: {
      __typename: "CaseStatistics";
      concerns: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      peopleScreened: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      visits: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      interventions: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      nrmReferrals: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      dutyToNotifyReports: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
      concernsByArea: Array<{
        __typename: "CountByArea";
        count: number | null;
        suppressed: boolean;
        area: { __typename: "Area"; id: string; name: string } | null;
      }> | null;
      concernsByLocationType: Array<{
        __typename: "CountByKey";
        key: string;
        count: number | null;
        suppressed: boolean;
      }> | null;
      peopleScreenedByGender: Array<{
        __typename: "CountByKey";
        key: string;
        count: number | null;
        suppressed: boolean;
      }> | null;
      peopleScreenedByNationality: Array<{
        __typename: "CountByKey";
        key: string;
        count: number | null;
        suppressed: boolean;
      }> | null;
      interventionsByType: Array<{
        __typename: "CountByKey";
        key: string;
        count: number | null;
        suppressed: boolean;
      }> | null;
    } | null;
    trainingStatistics: {
      __typename: "TrainingStatistics";
      qualifiedFirstResponders: number | null;
      peopleTrainedByLevel: Array<{ __typename: "LevelCount"; level: CourseLevel | null; count: number | null }> | null;
    } | null;
    procurementStatistics: {
      __typename: "ProcurementStatistics";
      asOf: string;
      contractsWithoutClause: number;
      highRiskWithoutAudit: number;
      suppliersByStatementStatus: Array<{ __typename: "StatementStatusCount"; key: StatementStatus; count: number }>;
    } | null;
    actionPlanSummary: {
      __typename: "ActionPlanSummary";
      asOf: string;
      plan: { __typename: "ActionPlan"; title: string };
      rag: Array<{ __typename: "RagCount"; rag: Rag; count: number }>;
      overdue: Array<{ __typename: "PlanAction"; id: string; title: string; deliveryDate: string }>;
    } | null;
    meetingAttendance: Array<{
      __typename: "AttendanceRate";
      meetings: number;
      rate: number;
      agency: { __typename: "Agency"; id: string; shortName: string };
    }> | null;
  } | null;
};

export type PortalConcernQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalConcernQuery = {
  concern: {
    __typename: "Concern";
    id: string;
    reference: string | null;
    version: number;
    receivedOn: string | null;
    source: ConcernSource | null;
    status: ConcernStatus | null;
    responseLevel: ResponseLevel | null;
    exploitationTypes: Array<ExploitationType> | null;
    intelligenceSummary: string | null;
    crimeReference: string | null;
    outcome: string | null;
    closedOn: string | null;
    takingPart: boolean | null;
    peopleScreenedCount: number | null;
    referringAgency: { __typename: "Agency"; id: string; shortName: string } | null;
    leadAgency: { __typename: "Agency"; id: string; shortName: string; name: string } | null;
    participatingAgencies: Array<{ __typename: "Agency"; id: string; shortName: string }> | null;
    location: {
      __typename: "Location";
      id: string;
      type: LocationType | null;
      ward: string | null;
      address: string | null;
      postcode: string | null;
      businessName: string | null;
      area: { __typename: "Area"; id: string; name: string } | null;
    } | null;
    potentialVictims: Array<{
      __typename: "PotentialVictim";
      id: string;
      screenedOn: string | null;
      ageGroup: AgeGroup | null;
      gender: Gender | null;
      nationality: string | null;
      fullName: string | null;
      outcome: VictimOutcome | null;
      nrmReferral: {
        __typename: "NrmReferral";
        id: string;
        referredOn: string | null;
        reasonableGrounds: NrmDecision | null;
        conclusiveGrounds: NrmDecision | null;
        referringAgency: { __typename: "Agency"; shortName: string } | null;
      } | null;
      dutyToNotify: {
        __typename: "DutyToNotify";
        id: string;
        reportedOn: string | null;
        reportingAgency: { __typename: "Agency"; shortName: string } | null;
      } | null;
    }> | null;
    visits: Array<{
      __typename: "DisruptionVisit";
      id: string;
      visitedOn: string | null;
      notes: string | null;
      agenciesPresent: Array<{ __typename: "Agency"; id: string; shortName: string }> | null;
      interventions: Array<{
        __typename: "Intervention";
        id: string;
        type: InterventionType | null;
        outcome: string | null;
        agency: { __typename: "Agency"; shortName: string } | null;
      }> | null;
    }> | null;
    offenders: Array<{
      __typename: "Offender";
      id: string;
      fullName: string | null;
      role: string | null;
      arrestedOn: string | null;
      charge: string | null;
    }> | null;
    history: Array<{
      __typename: "ConcernChangeEntry";
      version: number;
      changedAt: string;
      changedBy: string;
      reason: string | null;
      changedByAgency: { __typename: "Agency"; id: string; shortName: string };
      changes: Array<{
        __typename: "FieldChange";
        field: string;
        category: DataCategory;
        newValue: unknown;
        restricted: string | null;
      }>;
    }> | null;
  } | null;
};

export type PortalConcernsQueryVariables = Exact<{
  filter?: ConcernFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type PortalConcernsQuery = {
  concerns: {
    __typename: "ConcernConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; startCursor: string | null; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "Concern";
      id: string;
      reference: string | null;
      receivedOn: string | null;
      status: ConcernStatus | null;
      exploitationTypes: Array<ExploitationType> | null;
      takingPart: boolean | null;
      location: {
        __typename: "Location";
        type: LocationType | null;
        area: { __typename: "Area"; id: string; name: string } | null;
        supplier: {
          __typename: "Supplier";
          name: string;
          statementCheck: { __typename: "StatementCheck"; status: StatementStatus };
        } | null;
      } | null;
      leadAgency: { __typename: "Agency"; shortName: string } | null;
    }>;
  };
};

export type PortalChangeConcernStatusMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ChangeConcernStatusInput;
}>;

export type PortalChangeConcernStatusMutation = {
  changeConcernStatus: { __typename: "Concern"; id: string; status: ConcernStatus | null; version: number };
};

export type PortalDashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type PortalDashboardQuery = {
  caseStatistics: {
    __typename: "CaseStatistics";
    concerns: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
    peopleScreened: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
    visits: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
    interventions: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
    nrmReferrals: { __typename: "Figure"; count: number | null; suppressed: boolean } | null;
    concernsByQuarter: Array<{
      __typename: "CountByKey";
      key: string;
      count: number | null;
      suppressed: boolean;
    }> | null;
    concernsByArea: Array<{
      __typename: "CountByArea";
      count: number | null;
      suppressed: boolean;
      area: { __typename: "Area"; id: string; name: string } | null;
    }> | null;
    concernsByLocationType: Array<{
      __typename: "CountByKey";
      key: string;
      count: number | null;
      suppressed: boolean;
    }> | null;
    concernsByExploitationType: Array<{
      __typename: "CountByKey";
      key: string;
      count: number | null;
      suppressed: boolean;
    }> | null;
    peopleScreenedByNationality: Array<{
      __typename: "CountByKey";
      key: string;
      count: number | null;
      suppressed: boolean;
    }> | null;
    peopleScreenedByGender: Array<{
      __typename: "CountByKey";
      key: string;
      count: number | null;
      suppressed: boolean;
    }> | null;
  };
  trainingStatistics: {
    __typename: "TrainingStatistics";
    qualifiedFirstResponders: number | null;
    peopleTrainedByLevel: Array<{ __typename: "LevelCount"; level: CourseLevel | null; count: number | null }> | null;
  };
  procurementStatistics: {
    __typename: "ProcurementStatistics";
    suppliersByStatementStatus: Array<{ __typename: "StatementStatusCount"; key: StatementStatus; count: number }>;
  };
};

export type PortalUpdateConcernMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateConcernInput;
}>;

export type PortalUpdateConcernMutation = { updateConcern: { __typename: "Concern"; id: string; version: number } };

export type PortalActionPlansQueryVariables = Exact<{
  partnershipId: string | number;
}>;

export type PortalActionPlansQuery = {
  actionPlans: {
    __typename: "ActionPlanConnection";
    nodes: Array<{
      __typename: "ActionPlan";
      id: string;
      title: string;
      startsOn: string;
      endsOn: string;
      ragSummary: Array<{ __typename: "RagCount"; rag: Rag; count: number }> | null;
      objectives: Array<{
        __typename: "PlanObjective";
        id: string;
        number: number;
        theme: Theme;
        title: string;
        actions: Array<{
          __typename: "PlanAction";
          id: string;
          title: string;
          deliveryDate: string;
          rag: Rag | null;
          leadAgencies: Array<{ __typename: "Agency"; shortName: string }>;
          milestones: Array<{ __typename: "Milestone"; id: string; title: string; doneOn: string | null }>;
        }>;
      }>;
    }>;
  };
  overdueActions: Array<{ __typename: "PlanAction"; id: string }>;
};

export type PortalAgreementsQueryVariables = Exact<{ [key: string]: never }>;

export type PortalAgreementsQuery = {
  sharingAgreements: {
    __typename: "SharingAgreementConnection";
    nodes: Array<{
      __typename: "SharingAgreement";
      id: string;
      reference: string;
      title: string;
      status: AgreementStatus;
      inForce: boolean;
      startDate: string;
      endDate: string;
      suspendedReason: string | null;
      parties: Array<{
        __typename: "AgreementParty";
        id: string;
        signedAt: string | null;
        signedBy: string | null;
        agency: { __typename: "Agency"; id: string; shortName: string };
      }>;
      grants: Array<{
        __typename: "AgreementGrant";
        id: string;
        recipientSector: AgencySector | null;
        categories: Array<DataCategory>;
        recipientAgency: { __typename: "Agency"; shortName: string } | null;
      }>;
    }>;
  };
};

export type PortalAuditPageFragment = {
  __typename: "AuditEventConnection";
  totalCount: number;
  pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
  nodes: Array<{
    __typename: "AuditEvent";
    id: string;
    at: string;
    userId: string;
    agencyId: string;
    entityType: string;
    entityId: string | null;
    field: string;
    category: DataCategory | null;
    agreementId: string | null;
    operation: string | null;
    outcome: AuditOutcome;
  }>;
};

export type PortalGovernanceAuditQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type PortalGovernanceAuditQuery = {
  events: {
    __typename: "AuditEventConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "AuditEvent";
      id: string;
      at: string;
      userId: string;
      agencyId: string;
      entityType: string;
      entityId: string | null;
      field: string;
      category: DataCategory | null;
      agreementId: string | null;
      operation: string | null;
      outcome: AuditOutcome;
    }>;
  };
};

export type PortalCasesAuditQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type PortalCasesAuditQuery = {
  events: {
    __typename: "AuditEventConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "AuditEvent";
      id: string;
      at: string;
      userId: string;
      agencyId: string;
      entityType: string;
      entityId: string | null;
      field: string;
      category: DataCategory | null;
      agreementId: string | null;
      operation: string | null;
      outcome: AuditOutcome;
    }>;
  };
};

export type PortalTrainingAuditQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type PortalTrainingAuditQuery = {
  events: {
    __typename: "AuditEventConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "AuditEvent";
      id: string;
      at: string;
      userId: string;
      agencyId: string;
      entityType: string;
      entityId: string | null;
      field: string;
      category: DataCategory | null;
      agreementId: string | null;
      operation: string | null;
      outcome: AuditOutcome;
    }>;
  };
};

export type PortalProcurementAuditQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type PortalProcurementAuditQuery = {
  events: {
    __typename: "AuditEventConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "AuditEvent";
      id: string;
      at: string;
      userId: string;
      agencyId: string;
      entityType: string;
      entityId: string | null;
      field: string;
      category: DataCategory | null;
      agreementId: string | null;
      operation: string | null;
      outcome: AuditOutcome;
    }>;
  };
};

export type PortalMaturityAssessmentsQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;

export type PortalMaturityAssessmentsQuery = {
  maturityAssessments: {
    __typename: "MaturityAssessmentConnection";
    nodes: Array<{
      __typename: "MaturityAssessment";
      id: string;
      assessedOn: string;
      assessor: string;
      agency: { __typename: "Agency"; name: string } | null;
      ratings: Array<{ __typename: "MaturityRating"; area: MaturityArea; level: MaturityLevel; evidence: string }>;
    }>;
  };
};

export type PortalRecordMaturityMutationVariables = Exact<{
  input: RecordMaturityAssessmentInput;
}>;

export type PortalRecordMaturityMutation = {
  recordMaturityAssessment: { __typename: "MaturityAssessment"; id: string };
};

export type PortalMeetingsQueryVariables = Exact<{
  partnershipId: string | number;
  from: string;
  to: string;
}>;

export type PortalMeetingsQuery = {
  partnership: {
    __typename: "Partnership";
    id: string;
    meetings: {
      __typename: "MeetingConnection";
      nodes: Array<{
        __typename: "Meeting";
        id: string;
        heldOn: string;
        kind: MeetingKind;
        title: string;
        attendance: Array<{
          __typename: "MeetingAttendance";
          attendance: Attendance;
          agency: { __typename: "Agency"; id: string; shortName: string };
        }>;
      }>;
    } | null;
  } | null;
};

export type PortalRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;

export type PortalRecordMeetingMutation = { recordMeeting: { __typename: "Meeting"; id: string } };

export type PortalImportNrmReferralsMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
}>;

export type PortalImportNrmReferralsMutation = {
  importNrmReferrals: {
    __typename: "NrmImportReport";
    committed: boolean;
    dryRun: boolean;
    rowsRead: number;
    imported: number;
    rejected: number;
    rows: Array<{
      __typename: "NrmImportRow";
      line: number;
      outcome: NrmImportOutcome;
      problems: Array<{ __typename: "NrmImportProblem"; column: string | null; message: string }>;
    }>;
  };
};

export type PortalDirectoryAdminQueryVariables = Exact<{ [key: string]: never }>;

export type PortalDirectoryAdminQuery = {
  actingPartnership: {
    __typename: "Partnership";
    id: string;
    members: Array<{
      __typename: "Membership";
      id: string;
      until: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }> | null;
  } | null;
  agencies: {
    __typename: "AgencyConnection";
    nodes: Array<{
      __typename: "Agency";
      id: string;
      name: string;
      shortName: string;
      sector: AgencySector;
      firstResponder: boolean;
    }>;
  };
};

export type PortalIntegrationsAdminQueryVariables = Exact<{ [key: string]: never }>;

export type PortalIntegrationsAdminQuery = {
  actingPartnership: {
    __typename: "Partnership";
    id: string;
    members: Array<{
      __typename: "Membership";
      id: string;
      until: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }> | null;
  } | null;
  webhooks: {
    __typename: "WebhookSubscriptionConnection";
    nodes: Array<{
      __typename: "WebhookSubscription";
      id: string;
      url: string;
      eventTypes: Array<EventType>;
      active: boolean;
      createdAt: string;
      disabledAt: string | null;
      secretRotatedAt: string | null;
      agency: { __typename: "Agency"; shortName: string } | null;
    }>;
  };
  machineClients: {
    __typename: "MachineClientConnection";
    nodes: Array<{
      __typename: "MachineClient";
      id: string;
      name: string;
      issuer: string;
      clientId: string;
      roles: Array<Role>;
      active: boolean;
      registeredAt: string;
      revokedAt: string | null;
      agency: { __typename: "Agency"; shortName: string } | null;
    }>;
  };
};

export type PortalPartnershipAdminQueryVariables = Exact<{ [key: string]: never }>;

export type PortalPartnershipAdminQuery = {
  today: string;
  actingPartnership: {
    __typename: "Partnership";
    id: string;
    name: string;
    members: Array<{
      __typename: "Membership";
      id: string;
      role: MembershipRole;
      since: string;
      until: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }> | null;
  } | null;
  partnershipRoles: Array<{
    __typename: "PartnershipRole";
    id: string;
    agencyId: string;
    userId: string | null;
    role: Role;
    grantedOn: string;
  }>;
  agencies: {
    __typename: "AgencyConnection";
    nodes: Array<{ __typename: "Agency"; id: string; name: string; shortName: string }>;
  };
  areas: {
    __typename: "AreaConnection";
    nodes: Array<{
      __typename: "Area";
      id: string;
      name: string;
      kind: AreaKind;
      onsCode: string | null;
      parent: { __typename: "Area"; name: string } | null;
    }>;
  };
};

export type PortalPlatformAdminQueryVariables = Exact<{ [key: string]: never }>;

export type PortalPlatformAdminQuery = {
  partnerships: {
    __typename: "PartnershipConnection";
    nodes: Array<{
      __typename: "Partnership";
      id: string;
      name: string;
      shortName: string;
      referencePrefix: string;
      area: string;
      parentNetwork: string | null;
    }>;
  };
  agencies: {
    __typename: "AgencyConnection";
    nodes: Array<{ __typename: "Agency"; id: string; name: string; shortName: string }>;
  };
};

export type PortalCreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;

export type PortalCreatePartnershipMutation = {
  createPartnership: { __typename: "Partnership"; id: string; name: string; shortName: string };
};

export type PortalCreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;

export type PortalCreateNetworkMutation = {
  createNetwork: { __typename: "Network"; id: string; name: string; shortName: string };
};

export type PortalSuppliersQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type PortalSuppliersQuery = {
  suppliers: {
    __typename: "SupplierConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "Supplier";
      id: string;
      name: string;
      companyNumber: string;
      sector: SupplierSector;
      highRiskSector: boolean;
      statementCheck: { __typename: "StatementCheck"; status: StatementStatus; score: number | null };
      risk: { __typename: "SupplierRisk"; rating: RiskRating; points: number };
    }>;
  };
};

export type PortalRecordConcernMutationVariables = Exact<{
  input: RecordConcernInput;
}>;

export type PortalRecordConcernMutation = {
  recordConcern: { __typename: "Concern"; id: string; reference: string | null };
};

export type PortalRecordVisitMutationVariables = Exact<{
  concernId: string | number;
  input: RecordVisitInput;
}>;

export type PortalRecordVisitMutation = { recordVisit: { __typename: "DisruptionVisit"; id: string } };

export type PortalSubjectRequestsQueryVariables = Exact<{
  status?: SubjectRequestStatus | null | undefined;
}>;

export type PortalSubjectRequestsQuery = {
  today: string;
  actingPartnership: {
    __typename: "Partnership";
    id: string;
    members: Array<{
      __typename: "Membership";
      id: string;
      until: string | null;
      agency: { __typename: "Agency"; id: string; name: string; shortName: string };
    }> | null;
  } | null;
  subjectRequests: {
    __typename: "SubjectRequestConnection";
    totalCount: number;
    nodes: Array<{
      __typename: "SubjectRequest";
      id: string;
      kind: SubjectRequestKind;
      subject: string;
      receivedOn: string;
      dueOn: string;
      extensionMonths: number;
      status: SubjectRequestStatus;
      completedOn: string | null;
      daysLeft: number | null;
      overdue: boolean;
      madeTo: { __typename: "Agency"; shortName: string } | null;
    }>;
  };
};

export type PortalRecordSubjectRequestMutationVariables = Exact<{
  input: RecordSubjectRequestInput;
}>;

export type PortalRecordSubjectRequestMutation = {
  recordSubjectRequest: { __typename: "SubjectRequest"; id: string; subject: string; dueOn: string };
};

export type PortalSupplierQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalSupplierQuery = {
  supplier: {
    __typename: "Supplier";
    id: string;
    name: string;
    companyNumber: string;
    sector: SupplierSector;
    turnoverBand: TurnoverBand;
    financialYearEnd: string;
    website: string | null;
    location: SupplierLocation;
    highRiskSector: boolean;
    workforceTraits: Array<WorkforceTrait>;
    commodities: Array<HighRiskCommodity>;
    risk: {
      __typename: "SupplierRisk";
      rating: RiskRating;
      points: number;
      includesIntelligence: boolean;
      commercialScope: CommercialScope | null;
      ratingWithCommercial: RiskRating | null;
      pointsWithCommercial: number | null;
      factors: Array<{ __typename: "RiskFactor"; factor: string; points: number; reason: string }>;
      commercialFactors: Array<{ __typename: "RiskFactor"; factor: string; points: number; reason: string }> | null;
    };
    statements: Array<{
      __typename: "ModernSlaveryStatement";
      id: string;
      periodStart: string;
      periodEnd: string;
      url: string;
      publishedOn: string | null;
      approvedOn: string | null;
      signedByDirector: boolean;
      linkedFromHomePage: boolean;
      submittedToRegistry: boolean;
      areas: Array<StatementArea>;
      source: StatementSource;
    }>;
  } | null;
};

export type PortalStatementCheckQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalStatementCheckQuery = {
  supplier: {
    __typename: "Supplier";
    id: string;
    statementCheck: {
      __typename: "StatementCheck";
      required: boolean;
      status: StatementStatus;
      score: number | null;
      checkedOn: string;
      checkedPeriodEnd: string | null;
      nextDueDate: string | null;
      findings: Array<{
        __typename: "StatementFinding";
        code: string;
        level: FindingLevel;
        reason: string;
        penalty: number;
      }>;
    };
    riskIncludingIntelligence: {
      __typename: "SupplierRisk";
      rating: RiskRating;
      points: number;
      includesIntelligence: boolean;
    };
    intelligenceSignals: {
      __typename: "IntelligenceSignals";
      concerns: number;
      visits: number;
      interventions: number;
      lastConcernOn: string | null;
    } | null;
  } | null;
};

export type PortalTrainingSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type PortalTrainingSessionQuery = {
  trainingSession: {
    __typename: "TrainingSession";
    id: string;
    startsAt: string;
    venue: string | null;
    trainer: string;
    capacity: number;
    status: SessionStatus;
    cancelledAt: string | null;
    cancellationReason: string | null;
    course: { __typename: "Course"; title: string; level: CourseLevel };
    attendance: Array<{
      __typename: "Completion";
      id: string;
      status: AttendanceStatus;
      delegateName: string | null;
      delegateEmail: string | null;
      certificateNumber: string | null;
      expiresOn: string | null;
      agency: { __typename: "Agency"; id: string; shortName: string } | null;
    }>;
  } | null;
};

export type PortalRecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;

export type PortalRecordAttendanceMutation = {
  recordAttendance: { __typename: "TrainingSession"; id: string; status: SessionStatus };
};

export type PortalTrainingQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
  withinDays: number;
}>;

export type PortalTrainingQuery = {
  courses: {
    __typename: "CourseConnection";
    nodes: Array<{
      __typename: "Course";
      id: string;
      title: string;
      level: CourseLevel;
      format: CourseFormat;
      durationMinutes: number;
      validityMonths: number | null;
      provider: { __typename: "Agency"; shortName: string } | null;
    }>;
  };
  trainingSessions: {
    __typename: "TrainingSessionConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      __typename: "TrainingSession";
      id: string;
      startsAt: string;
      venue: string | null;
      trainer: string;
      capacity: number;
      status: SessionStatus;
      course: { __typename: "Course"; title: string };
    }>;
  };
  certificatesDueForRefresh: {
    __typename: "CompletionConnection";
    totalCount: number;
    nodes: Array<{
      __typename: "Completion";
      id: string;
      expiresOn: string | null;
      delegateName: string | null;
      certificateNumber: string | null;
      agency: { __typename: "Agency"; shortName: string } | null;
      course: { __typename: "Course"; title: string };
    }>;
  };
};

export type PortalImportCompletionsMutationVariables = Exact<{
  input: ImportCompletionsInput;
}>;

export type PortalImportCompletionsMutation = {
  importCompletions: {
    __typename: "ImportReport";
    committed: boolean;
    imported: number;
    duplicates: number;
    rejected: number;
    rows: Array<{
      __typename: "ImportRowResult";
      row: number;
      outcome: ImportRowOutcome;
      column: string | null;
      reason: string | null;
    }>;
  };
};

export type PortalScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;

export type PortalScheduleSessionMutation = { scheduleSession: { __typename: "TrainingSession"; id: string } };

export const PortalAuditPageFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortalAuditPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEventConnection" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "totalCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "pageInfo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "entityType" } },
                { kind: "Field", name: { kind: "Name", value: "entityId" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "agreementId" } },
                { kind: "Field", name: { kind: "Name", value: "operation" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAuditPageFragment, unknown>;
export const PortalCreateAgencyDocument = {
  __meta__: { hash: "sha256:b940ee552f3da04183c794e4d18e867140c79a9daae8335d30621b70144f072b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateAgency" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateAgencyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createAgency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "shortName" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateAgencyMutation, PortalCreateAgencyMutationVariables>;
export const PortalUpdateAgencyDocument = {
  __meta__: { hash: "sha256:ab1d67acbb756c699fde9fd736ef8f6819ee49775e2ab7ce15445dedab040fb9" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalUpdateAgency" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateAgencyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateAgency" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "firstResponder" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalUpdateAgencyMutation, PortalUpdateAgencyMutationVariables>;
export const PortalDefineAreaDocument = {
  __meta__: { hash: "sha256:9e29b009f04cdd6eb7f290901a85c25024957447411b951e8bc5ec9eeabd5ba6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalDefineArea" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "DefineAreaInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "defineArea" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDefineAreaMutation, PortalDefineAreaMutationVariables>;
export const PortalImportDirectoryDocument = {
  __meta__: { hash: "sha256:b716cb13ee8e13926e7e4f61bc4755786ffd2a92c80b2333bb8039267773c923" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalImportDirectory" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ImportDirectoryInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "importDirectory" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "committed" } },
                { kind: "Field", name: { kind: "Name", value: "imported" } },
                { kind: "Field", name: { kind: "Name", value: "duplicates" } },
                { kind: "Field", name: { kind: "Name", value: "rejected" } },
                { kind: "Field", name: { kind: "Name", value: "rolesGiven" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "row" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "column" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalImportDirectoryMutation, PortalImportDirectoryMutationVariables>;
export const PortalRegisterMachineClientDocument = {
  __meta__: { hash: "sha256:468d0bdb6833baed4e9c3e3dd3a216b7120d263f5250e04fb5972abf7ac7f8e0" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRegisterMachineClient" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterMachineClientInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerMachineClient" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "clientId" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRegisterMachineClientMutation, PortalRegisterMachineClientMutationVariables>;
export const PortalRevokeMachineClientDocument = {
  __meta__: { hash: "sha256:5f4cf6b82c5b36ca43809d23ef933356a419e5607540e434efb305e3dc1d6877" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRevokeMachineClient" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokeMachineClient" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRevokeMachineClientMutation, PortalRevokeMachineClientMutationVariables>;
export const PortalAddPartnershipMemberDocument = {
  __meta__: { hash: "sha256:cfd589615d9b6beb810140d2fdb189d9fbb0994b586ae6d85752faebd8be8b75" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalAddPartnershipMember" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddPartnershipMemberInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addPartnershipMember" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "since" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agency" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAddPartnershipMemberMutation, PortalAddPartnershipMemberMutationVariables>;
export const PortalEndPartnershipMembershipDocument = {
  __meta__: { hash: "sha256:3076a4c60ed4ee3bbb6b4a07381c09afda9d039a9d9c717e03f87c9e516f2f3e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalEndPartnershipMembership" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "EndPartnershipMembershipInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "endPartnershipMembership" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "until" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agency" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalEndPartnershipMembershipMutation, PortalEndPartnershipMembershipMutationVariables>;
export const PortalDirectoryPeopleDocument = {
  __meta__: { hash: "sha256:1267c3024fee8727fdbc22b55afa75d13d2fbbd7f4c03c577a6e878c52ad64eb" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalDirectoryPeople" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "people" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "20" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "search" },
                      value: { kind: "Variable", name: { kind: "Name", value: "search" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "jobTitle" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDirectoryPeopleQuery, PortalDirectoryPeopleQueryVariables>;
export const PortalCreatePersonDocument = {
  __meta__: { hash: "sha256:e67bc71ab0a804a95429edceb5f1a51703cee895c1cfa2050f345709f94ca898" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreatePerson" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreatePersonInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createPerson" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreatePersonMutation, PortalCreatePersonMutationVariables>;
export const PortalGrantPartnershipRoleDocument = {
  __meta__: { hash: "sha256:ed423e8a97356adea8214f7747300ea789af30cf1349512a59749f72317dec4a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalGrantPartnershipRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "GrantPartnershipRoleInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "grantPartnershipRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "grantedOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalGrantPartnershipRoleMutation, PortalGrantPartnershipRoleMutationVariables>;
export const PortalRevokePartnershipRoleDocument = {
  __meta__: { hash: "sha256:cb4b5568f181010b0011d0f12b61a4dda379fe9ba08a256322f3bcd05ab8bc1d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRevokePartnershipRole" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "revokePartnershipRole" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRevokePartnershipRoleMutation, PortalRevokePartnershipRoleMutationVariables>;
export const PortalExtendSubjectRequestDocument = {
  __meta__: { hash: "sha256:eb77aa2af7200ec52cf081f91e3e9a5c48e6128543bc1cb0b7fdfbc6e002cd25" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalExtendSubjectRequest" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ExtendSubjectRequestInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "extendSubjectRequest" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                { kind: "Field", name: { kind: "Name", value: "extensionMonths" } },
                { kind: "Field", name: { kind: "Name", value: "extensionReason" } },
                { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalExtendSubjectRequestMutation, PortalExtendSubjectRequestMutationVariables>;
export const PortalCompleteSubjectRequestDocument = {
  __meta__: { hash: "sha256:131135b89d56584da8aa0c93ee08cf6eb5983a121414cfac8891aa1842bd4f34" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCompleteSubjectRequest" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CompleteSubjectRequestInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "completeSubjectRequest" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCompleteSubjectRequestMutation, PortalCompleteSubjectRequestMutationVariables>;
export const PortalRegisterWebhookDocument = {
  __meta__: { hash: "sha256:9d8a0bc20dd1ce41330812d4df3f2963de38fa4fce147cce91f274cf616af147" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRegisterWebhook" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RegisterWebhookInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "registerWebhook" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "secret" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "webhook" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRegisterWebhookMutation, PortalRegisterWebhookMutationVariables>;
export const PortalRotateWebhookSecretDocument = {
  __meta__: { hash: "sha256:3144daca4ccc8a7d318284ab96621e1b3498f2fe1b53291a4bc6b10763d1b064" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRotateWebhookSecret" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rotateWebhookSecret" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "secret" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "webhook" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "secretRotatedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRotateWebhookSecretMutation, PortalRotateWebhookSecretMutationVariables>;
export const PortalDisableWebhookDocument = {
  __meta__: { hash: "sha256:349001f636a215c684e2aadd40fb8d2f495a5f3ce3ebfa222493498b497d37af" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalDisableWebhook" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "disableWebhook" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDisableWebhookMutation, PortalDisableWebhookMutationVariables>;
export const PortalAuditConcernIdsDocument = {
  __meta__: { hash: "sha256:ca4f0bb1beee84c050c0337cc2c70f0052cf83a0ef8e1505cd96a47ac842ab4e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAuditConcernIds" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reference" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concerns" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "reference" },
                      value: { kind: "Variable", name: { kind: "Name", value: "reference" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAuditConcernIdsQuery, PortalAuditConcernIdsQueryVariables>;
export const PortalAuditConcernReferencesDocument = {
  __meta__: { hash: "sha256:f17a845954e593bd2ff1e03862c45e28d779666a96d6aaed1ee67ab77497a6c3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAuditConcernReferences" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ids" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concerns" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "ids" },
                      value: { kind: "Variable", name: { kind: "Name", value: "ids" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAuditConcernReferencesQuery, PortalAuditConcernReferencesQueryVariables>;
export const PortalAuditAgreementsDocument = {
  __meta__: { hash: "sha256:4dc2638bbb9562e2a78a0cfee13f0c6fb516f66d851275b770a088bc2b20b5b3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAuditAgreements" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sharingAgreements" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAuditAgreementsQuery, PortalAuditAgreementsQueryVariables>;
export const PortalPersonRecordDocument = {
  __meta__: { hash: "sha256:01839aad745392bb426f5ad7c4bedd83ce5f11a9fa60979f2ce13a590f6a970e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalPersonRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "potentialVictims" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "aliases" } },
                      { kind: "Field", name: { kind: "Name", value: "dateOfBirth" } },
                      { kind: "Field", name: { kind: "Name", value: "phone" } },
                      { kind: "Field", name: { kind: "Name", value: "currentAddress" } },
                      { kind: "Field", name: { kind: "Name", value: "nationality" } },
                      { kind: "Field", name: { kind: "Name", value: "gender" } },
                      { kind: "Field", name: { kind: "Name", value: "ageGroup" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalPersonRecordQuery, PortalPersonRecordQueryVariables>;
export const PortalCorrectPotentialVictimDocument = {
  __meta__: { hash: "sha256:0287fce9e6bc33760f551e84c0cf1c5c02048699d196b3f9de2ab3d1c9a4aa73" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCorrectPotentialVictim" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CorrectPotentialVictimInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "correctPotentialVictim" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "aliases" } },
                { kind: "Field", name: { kind: "Name", value: "dateOfBirth" } },
                { kind: "Field", name: { kind: "Name", value: "phone" } },
                { kind: "Field", name: { kind: "Name", value: "currentAddress" } },
                { kind: "Field", name: { kind: "Name", value: "nationality" } },
                { kind: "Field", name: { kind: "Name", value: "gender" } },
                { kind: "Field", name: { kind: "Name", value: "ageGroup" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCorrectPotentialVictimMutation, PortalCorrectPotentialVictimMutationVariables>;
export const PortalRecordDutyToNotifyDocument = {
  __meta__: { hash: "sha256:3c72df0632a50d4dd1adcb3f377438217af941a296e995067c17253f9571ee8f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordDutyToNotify" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "victimId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DutyToNotifyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordDutyToNotify" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "victimId" },
                value: { kind: "Variable", name: { kind: "Name", value: "victimId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reportedOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordDutyToNotifyMutation, PortalRecordDutyToNotifyMutationVariables>;
export const PortalErasePotentialVictimDocument = {
  __meta__: { hash: "sha256:4ae7c2bb7a6688d96f3cda295d66a0fe19215a6afec3c94350c2816bf3cd1730" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalErasePotentialVictim" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ErasePotentialVictimInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "erasePotentialVictim" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "personId" } },
                { kind: "Field", name: { kind: "Name", value: "erased" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "kept" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "what" } },
                      { kind: "Field", name: { kind: "Name", value: "basis" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalErasePotentialVictimMutation, PortalErasePotentialVictimMutationVariables>;
export const PortalLegalHoldsDocument = {
  __meta__: { hash: "sha256:62b4cdde863d9f175304a0551ac8cce2dadf48351f2f0ece8b1df54c9d734eb3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalLegalHolds" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "legalHolds" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      { kind: "Field", name: { kind: "Name", value: "active" } },
                      { kind: "Field", name: { kind: "Name", value: "placedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "releasedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "releaseReason" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "placedByAgency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "releasedByAgency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalLegalHoldsQuery, PortalLegalHoldsQueryVariables>;
export const PortalPlaceLegalHoldDocument = {
  __meta__: { hash: "sha256:a101c1437b6af0e560da3d08538435175e4da9c8a33edd4a2413afd2e67a643f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalPlaceLegalHold" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PlaceLegalHoldInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "placeLegalHold" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalPlaceLegalHoldMutation, PortalPlaceLegalHoldMutationVariables>;
export const PortalReleaseLegalHoldDocument = {
  __meta__: { hash: "sha256:e982a6fa038e8b6b9299c15b34e73ccd4b5be0221ca90232d005b1713c8d9ddf" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalReleaseLegalHold" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ReleaseLegalHoldInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "releaseLegalHold" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "active" } },
                { kind: "Field", name: { kind: "Name", value: "releasedAt" } },
                { kind: "Field", name: { kind: "Name", value: "releaseReason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalReleaseLegalHoldMutation, PortalReleaseLegalHoldMutationVariables>;
export const PortalRecordNrmDecisionDocument = {
  __meta__: { hash: "sha256:c5b8cbeb102b20626fb58b7fb4c7a977befec35a6935f9e14e5f381d2b7cbbe4" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordNrmDecision" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "referralId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "NrmDecisionInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordNrmDecision" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "referralId" },
                value: { kind: "Variable", name: { kind: "Name", value: "referralId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reasonableGrounds" } },
                { kind: "Field", name: { kind: "Name", value: "reasonableGroundsOn" } },
                { kind: "Field", name: { kind: "Name", value: "conclusiveGrounds" } },
                { kind: "Field", name: { kind: "Name", value: "conclusiveGroundsOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordNrmDecisionMutation, PortalRecordNrmDecisionMutationVariables>;
export const PortalReferToNrmDocument = {
  __meta__: { hash: "sha256:669b7d411959e8108b845ef32ea8b66d2a7f3035b697f8ef1b33e34ed8a7b1be" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalReferToNrm" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "victimId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "NrmReferralInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "referToNrm" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "victimId" },
                value: { kind: "Variable", name: { kind: "Name", value: "victimId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "referredOn" } },
                { kind: "Field", name: { kind: "Name", value: "consentGiven" } },
                { kind: "Field", name: { kind: "Name", value: "minor" } },
                { kind: "Field", name: { kind: "Name", value: "reasonableGrounds" } },
                { kind: "Field", name: { kind: "Name", value: "conclusiveGrounds" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "potentialVictim" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalReferToNrmMutation, PortalReferToNrmMutationVariables>;
export const PortalAgencyStaffDocument = {
  __meta__: { hash: "sha256:8fad497f171f68a80a92d7b63bb3cc7b45044d3532e93a98611262d739b2dade" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAgencyStaff" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "agencyId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "people" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "agencyId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "agencyId" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "jobTitle" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAgencyStaffQuery, PortalAgencyStaffQueryVariables>;
export const PortalConcernOffendersDocument = {
  __meta__: { hash: "sha256:aa45f2c4e88493a8fc1ecbeb1e065d6518caca7333dad82142066e7659a8ef34" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalConcernOffenders" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "offenders" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "dateOfBirth" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "arrestedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "charge" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "orders" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "subject" } },
                      { kind: "Field", name: { kind: "Name", value: "grantedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresOn" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalConcernOffendersQuery, PortalConcernOffendersQueryVariables>;
export const PortalRecordOffenderDocument = {
  __meta__: { hash: "sha256:e084ab14518116fd39ffebb53b2cb97fd62bcd13ef20c2a9b858e7c3212b225f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordOffender" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OffenderInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordOffender" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "concernId" },
                value: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "fullName" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordOffenderMutation, PortalRecordOffenderMutationVariables>;
export const PortalRecordOrderDocument = {
  __meta__: { hash: "sha256:357f4d0b3f82b3347a868205a1c316390716f3695cf08ebc78e2168a34495efc" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "OrderInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "concernId" },
                value: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordOrderMutation, PortalRecordOrderMutationVariables>;
export const PortalScreenPersonDocument = {
  __meta__: { hash: "sha256:af573c2927cd053565415d38a9c7169b479dfbf69c014e928747bb503c84608c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalScreenPerson" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ScreenPersonInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "screenPerson" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "concernId" },
                value: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "screenedOn" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalScreenPersonMutation, PortalScreenPersonMutationVariables>;
export const PortalSuspendAgreementDocument = {
  __meta__: { hash: "sha256:84b6c8edfa8c6658f2517be9a7cdfff52a925ec9cb8a6034e2cd3e1551ce45d8" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalSuspendAgreement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SuspendSharingAgreementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "suspendSharingAgreement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "suspendedReason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSuspendAgreementMutation, PortalSuspendAgreementMutationVariables>;
export const PortalReactivateAgreementDocument = {
  __meta__: { hash: "sha256:84e72dd75219069ccf4f1732fecb49176640819c6aefd6ba25e20a0fb256e6ce" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalReactivateAgreement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ReactivateSharingAgreementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "reactivateSharingAgreement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "suspendedReason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalReactivateAgreementMutation, PortalReactivateAgreementMutationVariables>;
export const PortalCreatePlanDocument = {
  __meta__: { hash: "sha256:a8fdc87c30ad86b64d4ca06dbaa1e8d1bb157ca3f62c76d9a1f884b8ed908b49" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreatePlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateActionPlanInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createActionPlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreatePlanMutation, PortalCreatePlanMutationVariables>;
export const PortalMemberAgenciesDocument = {
  __meta__: { hash: "sha256:9c25aec170ddc08ed983f0c3ee267326d881fd00c2c89ca26cba3acb8f30fd19" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalMemberAgencies" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalMemberAgenciesQuery, PortalMemberAgenciesQueryVariables>;
export const PortalCompleteMilestoneDocument = {
  __meta__: { hash: "sha256:c443923ac3ba72aba9faf8fab869687f498345697bd2e0035d3149a96898d30d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCompleteMilestone" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CompleteMilestoneInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "completeActionMilestone" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "doneOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCompleteMilestoneMutation, PortalCompleteMilestoneMutationVariables>;
export const PortalAddObjectiveDocument = {
  __meta__: { hash: "sha256:c5ff0adec9fc254fe5cffaeb84f8775dede145257c591827c5b86fbdd87cd335" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalAddObjective" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddObjectiveInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addPlanObjective" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAddObjectiveMutation, PortalAddObjectiveMutationVariables>;
export const PortalAddKpiDocument = {
  __meta__: { hash: "sha256:b748cd9096d81362deb0905211529e5e8fd68dac7b9d51e348ad78d1bc150402" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalAddKpi" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddKpiInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addPlanKpi" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAddKpiMutation, PortalAddKpiMutationVariables>;
export const PortalAddActionDocument = {
  __meta__: { hash: "sha256:3f0f09b6e90b3b39dc4e51091fd714c095625114a69c52986710127b59655274" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalAddAction" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AddActionInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addPlanAction" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAddActionMutation, PortalAddActionMutationVariables>;
export const PortalAddMilestoneDocument = {
  __meta__: { hash: "sha256:3d7620869cdc88a54c122c8b0487b986c1358d19a6b7fc6bd473dcf9fb62cf30" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalAddMilestone" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AddMilestoneInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "addActionMilestone" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "position" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAddMilestoneMutation, PortalAddMilestoneMutationVariables>;
export const PortalRecordAssessmentDocument = {
  __meta__: { hash: "sha256:4a8dc98a979ce849c3e1f4b8350e453954f4376f7d9b0b7c98cc63e8c4262a56" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordAssessment" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordAssessmentInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordAssessment" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordAssessmentMutation, PortalRecordAssessmentMutationVariables>;
export const PortalSupplierAssuranceDocument = {
  __meta__: { hash: "sha256:0110b517df2baba1fd1892ab001c0c35f44ae5795b1d1b948db51a2d40de1db6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalSupplierAssurance" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "supplier" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "assessments" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                      { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "notes" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "audits" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "auditedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "auditor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "findings" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "severity" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            { kind: "Field", name: { kind: "Name", value: "open" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "actions" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "description" } },
                                  { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "status" } },
                                  { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "overdue" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSupplierAssuranceQuery, PortalSupplierAssuranceQueryVariables>;
export const PortalRecordAuditDocument = {
  __meta__: { hash: "sha256:048554fd3793f950ffc022293c194228cca58fd2b804dd8adf6d8c07cf6f2ac7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordAuditInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordAudit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordAuditMutation, PortalRecordAuditMutationVariables>;
export const PortalSupplierContractsDocument = {
  __meta__: { hash: "sha256:4c8d7b030fbeb7460487951cae2b5b5a68ce119ab16e2a9c8c8229b1f15ec0cd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalSupplierContracts" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "supplierId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "contracts" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "supplierId" },
                      value: { kind: "Variable", name: { kind: "Name", value: "supplierId" } },
                    },
                  ],
                },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "department" } },
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "startDate" } },
                      { kind: "Field", name: { kind: "Name", value: "endDate" } },
                      { kind: "Field", name: { kind: "Name", value: "modernSlaveryClause" } },
                      { kind: "Field", name: { kind: "Name", value: "codeOfConduct" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSupplierContractsQuery, PortalSupplierContractsQueryVariables>;
export const PortalCreateContractDocument = {
  __meta__: { hash: "sha256:8f6b863e5faaa31f912d2851a1b2372f2128f0ba4458e98da12078f1466094c8" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateContract" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateContractInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createContract" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateContractMutation, PortalCreateContractMutationVariables>;
export const PortalUpdateCorrectiveActionDocument = {
  __meta__: { hash: "sha256:69ef42797db3d6b265068b01ad5b8c26a44ef166e193aa0a55c00f1056f04c5b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalUpdateCorrectiveAction" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateCorrectiveActionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateCorrectiveAction" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                { kind: "Field", name: { kind: "Name", value: "overdue" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalUpdateCorrectiveActionMutation, PortalUpdateCorrectiveActionMutationVariables>;
export const PortalImportRegistryDocument = {
  __meta__: { hash: "sha256:671d9e9a9666777365eb6f3fe206d6fb38c1ef3e2088d8ded6277e72529d1167" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalImportRegistry" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "csv" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "importRegistryStatements" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "csv" },
                value: { kind: "Variable", name: { kind: "Name", value: "csv" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "rowsRead" } },
                { kind: "Field", name: { kind: "Name", value: "matched" } },
                { kind: "Field", name: { kind: "Name", value: "created" } },
                { kind: "Field", name: { kind: "Name", value: "updated" } },
                { kind: "Field", name: { kind: "Name", value: "unchanged" } },
                { kind: "Field", name: { kind: "Name", value: "unmatched" } },
                { kind: "Field", name: { kind: "Name", value: "rejected" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "changes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "line" } },
                      { kind: "Field", name: { kind: "Name", value: "companyNumber" } },
                      { kind: "Field", name: { kind: "Name", value: "supplierName" } },
                      { kind: "Field", name: { kind: "Name", value: "action" } },
                      { kind: "Field", name: { kind: "Name", value: "changedFields" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unmatchedRows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "line" } },
                      { kind: "Field", name: { kind: "Name", value: "companyNumber" } },
                      { kind: "Field", name: { kind: "Name", value: "organisationName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rejections" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "line" } },
                      { kind: "Field", name: { kind: "Name", value: "companyNumber" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalImportRegistryMutation, PortalImportRegistryMutationVariables>;
export const PortalRecordStatementDocument = {
  __meta__: { hash: "sha256:4eda52ce6b89288241cbc1301d9d07bfb6bb93624f59367f1987ccc736b4d7fc" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordStatement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordStatementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordStatement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "periodEnd" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordStatementMutation, PortalRecordStatementMutationVariables>;
export const PortalCreateSupplierDocument = {
  __meta__: { hash: "sha256:ecf9770b6f567871dac046d5d4d53b6d22d0c28e339a91dbfe0442b2735a9087" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateSupplier" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateSupplierInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createSupplier" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateSupplierMutation, PortalCreateSupplierMutationVariables>;
export const PortalUpdateSupplierDocument = {
  __meta__: { hash: "sha256:639568ac684dd9b8fcb2010b33929d7805b852a32faeae62b0d5b3fba63bb412" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalUpdateSupplier" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateSupplierInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateSupplier" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "sector" } },
                { kind: "Field", name: { kind: "Name", value: "turnoverBand" } },
                { kind: "Field", name: { kind: "Name", value: "financialYearEnd" } },
                { kind: "Field", name: { kind: "Name", value: "website" } },
                { kind: "Field", name: { kind: "Name", value: "location" } },
                { kind: "Field", name: { kind: "Name", value: "workforceTraits" } },
                { kind: "Field", name: { kind: "Name", value: "commodities" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalUpdateSupplierMutation, PortalUpdateSupplierMutationVariables>;
export const PortalCancelSessionDocument = {
  __meta__: { hash: "sha256:290847d36fd59184a3528e0fb5acb3c53880457264af32445fa337648a95f769" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCancelSession" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CancelSessionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cancelSession" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
                { kind: "Field", name: { kind: "Name", value: "cancellationReason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCancelSessionMutation, PortalCancelSessionMutationVariables>;
export const PortalCreateCourseDocument = {
  __meta__: { hash: "sha256:f8c3daf9f7a2c1f2e1e1daff7aaca5dbac9e25ffe66f61cbe3f6727acff8b542" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateCourse" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateCourseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createCourse" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "level" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateCourseMutation, PortalCreateCourseMutationVariables>;
export const PortalDirectoryLookupDocument = {
  __meta__: { hash: "sha256:ebc9158e1eb3dfa93956b235e5e3b5bc310616e2899e0e91993c1ddb757aae8a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalDirectoryLookup" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "people" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "10" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "search" },
                      value: { kind: "Variable", name: { kind: "Name", value: "search" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDirectoryLookupQuery, PortalDirectoryLookupQueryVariables>;
export const PortalFirstRespondersDocument = {
  __meta__: { hash: "sha256:f34ce0738a77ecfb66c86110bff60bf604c474b65f0cc10a66fff82656c663f5" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalFirstResponders" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "expiredWithinDays" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "firstResponderQualifications" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "expiredWithinDays" },
                value: { kind: "Variable", name: { kind: "Name", value: "expiredWithinDays" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "delegateName" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresOn" } },
                      { kind: "Field", name: { kind: "Name", value: "expired" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "course" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalFirstRespondersQuery, PortalFirstRespondersQueryVariables>;
export const PortalAreasDocument = {
  __meta__: { hash: "sha256:a1073df4f09c29c7e457665c9d38b56dc53ac71115cb4f4fb0aa38db9e6caebc" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAreas" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "areas" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAreasQuery, PortalAreasQueryVariables>;
export const PortalAgreementsInForceDocument = {
  __meta__: { hash: "sha256:85127bb0990b55e038a6b60d9b297d3fb9b196cd9da6dd649d489a4ebb4f5a37" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAgreementsInForce" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sharingAgreements" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "status" },
                      value: { kind: "EnumValue", value: "ACTIVE" },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "inForce" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parties" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "agency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "grants" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "categories" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAgreementsInForceQuery, PortalAgreementsInForceQueryVariables>;
export const PortalGrantedCategoriesDocument = {
  __meta__: { hash: "sha256:7e2a9eb03b4490a05acb406162c6e4aaf732b3768cb84f3ab3ef9c2ee2d06cf6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalGrantedCategories" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [{ kind: "Field", name: { kind: "Name", value: "grantedCategories" } }],
      },
    },
  ],
} as unknown as DocumentNode<PortalGrantedCategoriesQuery, PortalGrantedCategoriesQueryVariables>;
export const PortalAgenciesDocument = {
  __meta__: { hash: "sha256:e20709c7cd72b0ff5d466ddcd60ef5ce9cdf7fd334f4daa7c9fae46fcee78421" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAgencies" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "agencies" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "sector" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAgenciesQuery, PortalAgenciesQueryVariables>;
export const PortalActingPartnershipDocument = {
  __meta__: { hash: "sha256:07a19a009196679775fa2da2cdc90d5430bfeb59282aa567c3e05fc33bb055d7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalActingPartnership" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalActingPartnershipQuery, PortalActingPartnershipQueryVariables>;
export const PortalTodayDocument = {
  __meta__: { hash: "sha256:b4312450e102e007807c3a79f2c498f5321671cdd933774799dc40b1d5b0540c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalToday" },
      selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "today" } }] },
    },
  ],
} as unknown as DocumentNode<PortalTodayQuery, PortalTodayQueryVariables>;
export const PortalRecordOfProcessingDocument = {
  __meta__: { hash: "sha256:79b131cb6381afe7807b5c61148db51cfa43005ef785c0a8865353f0490a8ab0" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalRecordOfProcessing" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordOfProcessing" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "partnership" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "asOf" } },
                { kind: "Field", name: { kind: "Name", value: "attentionDays" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "categories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "shared" } },
                      { kind: "Field", name: { kind: "Name", value: "controllerSectors" } },
                      { kind: "Field", name: { kind: "Name", value: "classifiedFields" } },
                      { kind: "Field", name: { kind: "Name", value: "purposes" } },
                      { kind: "Field", name: { kind: "Name", value: "lawfulBases" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parties" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recipientAgencies" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "recipientSectors" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "retention" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "summary" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "agreement" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "reference" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agreements" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "reference" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "endDate" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "dueForReview" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agreement" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "reference" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "expiringSoon" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agreement" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "reference" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordOfProcessingQuery, PortalRecordOfProcessingQueryVariables>;
export const PortalActionPlanDocument = {
  __meta__: { hash: "sha256:4032c4eb4640fc7141b4785dbab16fcdea5eb39e87910fb18cfe4cd970b0872a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalActionPlan" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actionPlan" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ragSummary" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "rag" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "kpis" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "target" } },
                      { kind: "Field", name: { kind: "Name", value: "unit" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "objectives" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "number" } },
                      { kind: "Field", name: { kind: "Name", value: "theme" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "kpis" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "target" } },
                            { kind: "Field", name: { kind: "Name", value: "unit" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "actions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "deliveryDate" } },
                            { kind: "Field", name: { kind: "Name", value: "rag" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "leadAgencies" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "milestones" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "position" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "doneOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "updates" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "reportedOn" } },
                                  { kind: "Field", name: { kind: "Name", value: "rag" } },
                                  { kind: "Field", name: { kind: "Name", value: "note" } },
                                  { kind: "Field", name: { kind: "Name", value: "completionReason" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "reporterAgency" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "overdueActions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "planId" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalActionPlanQuery, PortalActionPlanQueryVariables>;
export const PortalRecordProgressDocument = {
  __meta__: { hash: "sha256:36762988fe423f3383367e58fdf17b715ebf02a5eb256dd1072976994dcb1be3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordProgress" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordProgressInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordActionProgress" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "rag" } },
                { kind: "Field", name: { kind: "Name", value: "note" } },
                { kind: "Field", name: { kind: "Name", value: "completionReason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordProgressMutation, PortalRecordProgressMutationVariables>;
export const PortalCreateAgreementDocument = {
  __meta__: { hash: "sha256:2d08a5156027957311437a383441980a3d9822b3f250a147c8f2f77c89630336" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateAgreement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateSharingAgreementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createSharingAgreement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateAgreementMutation, PortalCreateAgreementMutationVariables>;
export const PortalAgreementDocument = {
  __meta__: { hash: "sha256:5e5e824bc98710718767ecd52e003d78b4cdc2bf70bedbb5c103a6ecf2cdf965" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAgreement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sharingAgreement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "purpose" } },
                { kind: "Field", name: { kind: "Name", value: "lawfulBasis" } },
                { kind: "Field", name: { kind: "Name", value: "startDate" } },
                { kind: "Field", name: { kind: "Name", value: "endDate" } },
                { kind: "Field", name: { kind: "Name", value: "reviewDate" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "inForce" } },
                { kind: "Field", name: { kind: "Name", value: "suspendedReason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "parties" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "signedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "signedBy" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grants" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "recipientSector" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "recipientAgency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "categories" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "retention" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "history" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "action" } },
                      { kind: "Field", name: { kind: "Name", value: "actingAs" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "at" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAgreementQuery, PortalAgreementQueryVariables>;
export const PortalSignAgreementDocument = {
  __meta__: { hash: "sha256:3e3c67731ee51d16b44749eecf98db741eb764241e9297fd244f56507a3cec21" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalSignAgreement" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SignSharingAgreementInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "signSharingAgreement" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSignAgreementMutation, PortalSignAgreementMutationVariables>;
export const PortalAnnualReportDocument = {
  __meta__: { hash: "sha256:c18af7aa0d0e6607c41376210a3b422b6451a660ac4951153cc77a16e6fbe224" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAnnualReport" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partnership" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "area" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "caseStatistics" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "from" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "to" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "concerns" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "peopleScreened" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "visits" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "interventions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nrmReferrals" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dutyToNotifyReports" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "concernsByArea" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "area" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "concernsByLocationType" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "key" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "peopleScreenedByGender" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "key" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "peopleScreenedByNationality" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "key" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "interventionsByType" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "key" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "trainingStatistics" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "from" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "to" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "peopleTrainedByLevel" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "qualifiedFirstResponders" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "procurementStatistics" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "asOf" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "asOf" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "suppliersByStatementStatus" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "key" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "contractsWithoutClause" } },
                      { kind: "Field", name: { kind: "Name", value: "highRiskWithoutAudit" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actionPlanSummary" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "asOf" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asOf" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "asOf" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "plan" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "rag" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rag" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "overdue" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "deliveryDate" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "meetingAttendance" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "from" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "to" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "meetings" } },
                      { kind: "Field", name: { kind: "Name", value: "rate" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAnnualReportQuery, PortalAnnualReportQueryVariables>;
export const PortalConcernDocument = {
  __meta__: { hash: "sha256:859ae844146b09b90695034adc4b2c81f3a28b6b23aeb32e67666ababd608a23" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalConcern" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "receivedOn" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "responseLevel" } },
                { kind: "Field", name: { kind: "Name", value: "exploitationTypes" } },
                { kind: "Field", name: { kind: "Name", value: "intelligenceSummary" } },
                { kind: "Field", name: { kind: "Name", value: "crimeReference" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "closedOn" } },
                { kind: "Field", name: { kind: "Name", value: "takingPart" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "referringAgency" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "leadAgency" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "participatingAgencies" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "location" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "type" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "area" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "ward" } },
                      { kind: "Field", name: { kind: "Name", value: "address" } },
                      { kind: "Field", name: { kind: "Name", value: "postcode" } },
                      { kind: "Field", name: { kind: "Name", value: "businessName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "peopleScreenedCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "potentialVictims" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "screenedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "ageGroup" } },
                      { kind: "Field", name: { kind: "Name", value: "gender" } },
                      { kind: "Field", name: { kind: "Name", value: "nationality" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nrmReferral" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "referredOn" } },
                            { kind: "Field", name: { kind: "Name", value: "reasonableGrounds" } },
                            { kind: "Field", name: { kind: "Name", value: "conclusiveGrounds" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "referringAgency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dutyToNotify" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "reportedOn" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "reportingAgency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "visits" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "visitedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "notes" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agenciesPresent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "interventions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "type" } },
                            { kind: "Field", name: { kind: "Name", value: "outcome" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "agency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "offenders" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "fullName" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "arrestedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "charge" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "history" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "version" } },
                      { kind: "Field", name: { kind: "Name", value: "changedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "changedBy" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "changedByAgency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "changes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "field" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "newValue" } },
                            { kind: "Field", name: { kind: "Name", value: "restricted" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalConcernQuery, PortalConcernQueryVariables>;
export const PortalConcernsDocument = {
  __meta__: { hash: "sha256:5cc2655eb9b6420e75eb7750c31b8ef5b0e8a8b91115cb07d0ac9b500db77273" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalConcerns" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ConcernFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "last" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "before" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "concerns" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "last" },
                value: { kind: "Variable", name: { kind: "Name", value: "last" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "before" },
                value: { kind: "Variable", name: { kind: "Name", value: "before" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "startCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "receivedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "exploitationTypes" } },
                      { kind: "Field", name: { kind: "Name", value: "takingPart" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "location" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "type" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "area" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "supplier" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "statementCheck" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "status" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "leadAgency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalConcernsQuery, PortalConcernsQueryVariables>;
export const PortalChangeConcernStatusDocument = {
  __meta__: { hash: "sha256:6d285e68e5e7823437e57a6aec3b0787b0cac957f5a5249d66c88a0941454ff1" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalChangeConcernStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "version" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ChangeConcernStatusInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "changeConcernStatus" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "version" },
                value: { kind: "Variable", name: { kind: "Name", value: "version" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalChangeConcernStatusMutation, PortalChangeConcernStatusMutationVariables>;
export const PortalDashboardDocument = {
  __meta__: { hash: "sha256:90f44d305a572decae6c1556d6eedefba4edc777ed2629fe5e15d7cd4b14708a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalDashboard" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "caseStatistics" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "concerns" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "peopleScreened" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "visits" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "interventions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nrmReferrals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "concernsByQuarter" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "concernsByArea" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "area" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "concernsByLocationType" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "concernsByExploitationType" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "peopleScreenedByNationality" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "peopleScreenedByGender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trainingStatistics" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "from" },
                value: { kind: "Variable", name: { kind: "Name", value: "from" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "to" },
                value: { kind: "Variable", name: { kind: "Name", value: "to" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "peopleTrainedByLevel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "qualifiedFirstResponders" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "procurementStatistics" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "suppliersByStatementStatus" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "key" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDashboardQuery, PortalDashboardQueryVariables>;
export const PortalUpdateConcernDocument = {
  __meta__: { hash: "sha256:d0131e017558184dd419021646b941ff4dd0313ad71ec2e2212602cccb5648bf" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalUpdateConcern" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "version" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "UpdateConcernInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "updateConcern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "version" },
                value: { kind: "Variable", name: { kind: "Name", value: "version" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "version" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalUpdateConcernMutation, PortalUpdateConcernMutationVariables>;
export const PortalActionPlansDocument = {
  __meta__: { hash: "sha256:2b043fd6ed72bc07f900b32e181c281c92ae1fe66b8d26ddad6da0d3ef433641" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalActionPlans" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "partnershipId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actionPlans" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "5" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "partnershipId" },
                value: { kind: "Variable", name: { kind: "Name", value: "partnershipId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                      { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ragSummary" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rag" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "objectives" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "number" } },
                            { kind: "Field", name: { kind: "Name", value: "theme" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "actions" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  { kind: "Field", name: { kind: "Name", value: "deliveryDate" } },
                                  { kind: "Field", name: { kind: "Name", value: "rag" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "leadAgencies" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "milestones" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                        { kind: "Field", name: { kind: "Name", value: "doneOn" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "overdueActions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalActionPlansQuery, PortalActionPlansQueryVariables>;
export const PortalAgreementsDocument = {
  __meta__: { hash: "sha256:dd66773fdc28fa480993831a889301a19e8fe04b179a621972b6ab3aa6917a17" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalAgreements" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sharingAgreements" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "inForce" } },
                      { kind: "Field", name: { kind: "Name", value: "startDate" } },
                      { kind: "Field", name: { kind: "Name", value: "endDate" } },
                      { kind: "Field", name: { kind: "Name", value: "suspendedReason" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parties" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "signedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "signedBy" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "agency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "grants" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "recipientSector" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "recipientAgency" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "categories" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalAgreementsQuery, PortalAgreementsQueryVariables>;
export const PortalGovernanceAuditDocument = {
  __meta__: { hash: "sha256:d41a9ea55855dd306725d65f01f0a6801ce8bb99493836f9f1f3bf6c332b4455" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalGovernanceAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditEventFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "events" },
            name: { kind: "Name", value: "governanceAuditEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "PortalAuditPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortalAuditPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEventConnection" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "totalCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "pageInfo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "entityType" } },
                { kind: "Field", name: { kind: "Name", value: "entityId" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "agreementId" } },
                { kind: "Field", name: { kind: "Name", value: "operation" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalGovernanceAuditQuery, PortalGovernanceAuditQueryVariables>;
export const PortalCasesAuditDocument = {
  __meta__: { hash: "sha256:d9c692c4d9e3f5fc705cf7d1af19e9308554093187736a6fbfae4972f58a8eb3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalCasesAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditEventFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "events" },
            name: { kind: "Name", value: "casesAuditEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "PortalAuditPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortalAuditPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEventConnection" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "totalCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "pageInfo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "entityType" } },
                { kind: "Field", name: { kind: "Name", value: "entityId" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "agreementId" } },
                { kind: "Field", name: { kind: "Name", value: "operation" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCasesAuditQuery, PortalCasesAuditQueryVariables>;
export const PortalTrainingAuditDocument = {
  __meta__: { hash: "sha256:5193a8effdc5b0974a42d1614c43580d9bc3282cb595dff39112b9579b075508" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalTrainingAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditEventFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "events" },
            name: { kind: "Name", value: "trainingAuditEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "PortalAuditPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortalAuditPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEventConnection" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "totalCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "pageInfo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "entityType" } },
                { kind: "Field", name: { kind: "Name", value: "entityId" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "agreementId" } },
                { kind: "Field", name: { kind: "Name", value: "operation" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalTrainingAuditQuery, PortalTrainingAuditQueryVariables>;
export const PortalProcurementAuditDocument = {
  __meta__: { hash: "sha256:06c404769b8b4a6ec581bd91cab83bcc52a51d69a1ce3610f6829b92a2e9d74d" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalProcurementAudit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "AuditEventFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            alias: { kind: "Name", value: "events" },
            name: { kind: "Name", value: "procurementAuditEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "PortalAuditPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PortalAuditPage" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuditEventConnection" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "totalCount" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "pageInfo" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "entityType" } },
                { kind: "Field", name: { kind: "Name", value: "entityId" } },
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                { kind: "Field", name: { kind: "Name", value: "agreementId" } },
                { kind: "Field", name: { kind: "Name", value: "operation" } },
                { kind: "Field", name: { kind: "Name", value: "outcome" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalProcurementAuditQuery, PortalProcurementAuditQueryVariables>;
export const PortalMaturityAssessmentsDocument = {
  __meta__: { hash: "sha256:14e53d2193616ceae1291446dbf44759636832f5d1b40ed77f5b3281f79a2503" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalMaturityAssessments" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "agencyId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "maturityAssessments" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "agencyId" },
                value: { kind: "Variable", name: { kind: "Name", value: "agencyId" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "10" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "assessedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "assessor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ratings" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "area" } },
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "evidence" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalMaturityAssessmentsQuery, PortalMaturityAssessmentsQueryVariables>;
export const PortalRecordMaturityDocument = {
  __meta__: { hash: "sha256:1ad744e5d680b82c9d187d44f95c901c3d759b7bfd07986ac072fc8fbcfd1238" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordMaturity" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordMaturityAssessmentInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordMaturityAssessment" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordMaturityMutation, PortalRecordMaturityMutationVariables>;
export const PortalMeetingsDocument = {
  __meta__: { hash: "sha256:99269b0fc0641268b407ad2db7043def5945c91ae406aac1b796d3da36a15e80" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalMeetings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "partnershipId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LocalDate" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partnership" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "partnershipId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "meetings" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "from" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "to" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "50" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "heldOn" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "attendance" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "attendance" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "agency" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "shortName" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalMeetingsQuery, PortalMeetingsQueryVariables>;
export const PortalRecordMeetingDocument = {
  __meta__: { hash: "sha256:ea3143aeff4dfbbf6c89bd8a3bff7af5a0f525cf5075a2043955e7963ae66a12" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordMeeting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordMeetingInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordMeeting" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordMeetingMutation, PortalRecordMeetingMutationVariables>;
export const PortalImportNrmReferralsDocument = {
  __meta__: { hash: "sha256:f49d832a273ea90aaa38e3830246abf6faec654cf72ffeee767a286ce4306ae6" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalImportNrmReferrals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "csv" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "dryRun" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "importNrmReferrals" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "csv" },
                value: { kind: "Variable", name: { kind: "Name", value: "csv" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "dryRun" },
                value: { kind: "Variable", name: { kind: "Name", value: "dryRun" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "committed" } },
                { kind: "Field", name: { kind: "Name", value: "dryRun" } },
                { kind: "Field", name: { kind: "Name", value: "rowsRead" } },
                { kind: "Field", name: { kind: "Name", value: "imported" } },
                { kind: "Field", name: { kind: "Name", value: "rejected" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "line" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "problems" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "column" } },
                            { kind: "Field", name: { kind: "Name", value: "message" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalImportNrmReferralsMutation, PortalImportNrmReferralsMutationVariables>;
export const PortalDirectoryAdminDocument = {
  __meta__: { hash: "sha256:2f90f55ea0b40616b30938eb275436c1092363cedf51a2a7678681ee6c9bbdfd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalDirectoryAdmin" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agencies" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "sector" } },
                      { kind: "Field", name: { kind: "Name", value: "firstResponder" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalDirectoryAdminQuery, PortalDirectoryAdminQueryVariables>;
export const PortalIntegrationsAdminDocument = {
  __meta__: { hash: "sha256:4e98d8b84287609a6b985d50282da006db8be2dc6c545de72186b04e9613de77" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalIntegrationsAdmin" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "webhooks" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "eventTypes" } },
                      { kind: "Field", name: { kind: "Name", value: "active" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                      { kind: "Field", name: { kind: "Name", value: "disabledAt" } },
                      { kind: "Field", name: { kind: "Name", value: "secretRotatedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "machineClients" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "includeRevoked" },
                value: { kind: "BooleanValue", value: true },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "issuer" } },
                      { kind: "Field", name: { kind: "Name", value: "clientId" } },
                      { kind: "Field", name: { kind: "Name", value: "roles" } },
                      { kind: "Field", name: { kind: "Name", value: "active" } },
                      { kind: "Field", name: { kind: "Name", value: "registeredAt" } },
                      { kind: "Field", name: { kind: "Name", value: "revokedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalIntegrationsAdminQuery, PortalIntegrationsAdminQueryVariables>;
export const PortalPartnershipAdminDocument = {
  __meta__: { hash: "sha256:b8e60abb279f1d4410a23ddcb707d1131ec2a848a5b0766ee91834c057e24c6a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalPartnershipAdmin" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "today" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "since" } },
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "partnershipRoles" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "agencyId" } },
                { kind: "Field", name: { kind: "Name", value: "userId" } },
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "grantedOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agencies" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "areas" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "onsCode" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalPartnershipAdminQuery, PortalPartnershipAdminQueryVariables>;
export const PortalPlatformAdminDocument = {
  __meta__: { hash: "sha256:10d59346301da037220d826a7b4823e0ce37fd5fc993a97699a311bd4865029a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalPlatformAdmin" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "partnerships" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "referencePrefix" } },
                      { kind: "Field", name: { kind: "Name", value: "area" } },
                      { kind: "Field", name: { kind: "Name", value: "parentNetwork" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "agencies" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "shortName" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalPlatformAdminQuery, PortalPlatformAdminQueryVariables>;
export const PortalCreatePartnershipDocument = {
  __meta__: { hash: "sha256:79837ccfdb6364d3e74d336206b7f25f13028791e3b85ff8f493b78cc2ad0f74" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreatePartnership" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreatePartnershipInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createPartnership" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "shortName" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreatePartnershipMutation, PortalCreatePartnershipMutationVariables>;
export const PortalCreateNetworkDocument = {
  __meta__: { hash: "sha256:d9514df3af5bed4adc7baf2c9f719109cf6021a30c37a4210ef207b320861a24" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalCreateNetwork" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CreateNetworkInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "createNetwork" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "shortName" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalCreateNetworkMutation, PortalCreateNetworkMutationVariables>;
export const PortalSuppliersDocument = {
  __meta__: { hash: "sha256:0e0ee8f5dc354f10715a76e356ef09706918c241607666f927733f1ca2a91eaa" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalSuppliers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "SupplierFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "suppliers" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "companyNumber" } },
                      { kind: "Field", name: { kind: "Name", value: "sector" } },
                      { kind: "Field", name: { kind: "Name", value: "highRiskSector" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "statementCheck" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "risk" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rating" } },
                            { kind: "Field", name: { kind: "Name", value: "points" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSuppliersQuery, PortalSuppliersQueryVariables>;
export const PortalRecordConcernDocument = {
  __meta__: { hash: "sha256:3396b406a592c249fb1e532c79419e48bc4c8f8c5c3804c4df56b7e1a6b3274b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordConcern" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordConcernInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordConcern" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordConcernMutation, PortalRecordConcernMutationVariables>;
export const PortalRecordVisitDocument = {
  __meta__: { hash: "sha256:e46dc57501a7ec095a22e6226d871b68f63c07185bbe80efc0c8b9d5787fc7dd" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordVisit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RecordVisitInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordVisit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "concernId" },
                value: { kind: "Variable", name: { kind: "Name", value: "concernId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordVisitMutation, PortalRecordVisitMutationVariables>;
export const PortalSubjectRequestsDocument = {
  __meta__: { hash: "sha256:5c9c47c452c197a9d8d64e3beb5462a621c403108e815cd955204b1eb301feba" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalSubjectRequests" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "status" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "SubjectRequestStatus" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "today" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "actingPartnership" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "until" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "subjectRequests" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "status" },
                value: { kind: "Variable", name: { kind: "Name", value: "status" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "subject" } },
                      { kind: "Field", name: { kind: "Name", value: "receivedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "extensionMonths" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "daysLeft" } },
                      { kind: "Field", name: { kind: "Name", value: "overdue" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "madeTo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSubjectRequestsQuery, PortalSubjectRequestsQueryVariables>;
export const PortalRecordSubjectRequestDocument = {
  __meta__: { hash: "sha256:b1af5fc0890aad3f0a387d5d5b0971099c48fb6987c6dbb370f9cd4eb886405b" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordSubjectRequest" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordSubjectRequestInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordSubjectRequest" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "subject" } },
                { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordSubjectRequestMutation, PortalRecordSubjectRequestMutationVariables>;
export const PortalSupplierDocument = {
  __meta__: { hash: "sha256:afb510ee6a89020f4e7cf784c9a91179e5702cbfcc6096869b2544b77ac74f23" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalSupplier" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "supplier" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "companyNumber" } },
                { kind: "Field", name: { kind: "Name", value: "sector" } },
                { kind: "Field", name: { kind: "Name", value: "turnoverBand" } },
                { kind: "Field", name: { kind: "Name", value: "financialYearEnd" } },
                { kind: "Field", name: { kind: "Name", value: "website" } },
                { kind: "Field", name: { kind: "Name", value: "location" } },
                { kind: "Field", name: { kind: "Name", value: "highRiskSector" } },
                { kind: "Field", name: { kind: "Name", value: "workforceTraits" } },
                { kind: "Field", name: { kind: "Name", value: "commodities" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "risk" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "rating" } },
                      { kind: "Field", name: { kind: "Name", value: "points" } },
                      { kind: "Field", name: { kind: "Name", value: "includesIntelligence" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "factors" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "factor" } },
                            { kind: "Field", name: { kind: "Name", value: "points" } },
                            { kind: "Field", name: { kind: "Name", value: "reason" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "commercialScope" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "commercialFactors" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "factor" } },
                            { kind: "Field", name: { kind: "Name", value: "points" } },
                            { kind: "Field", name: { kind: "Name", value: "reason" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "ratingWithCommercial" } },
                      { kind: "Field", name: { kind: "Name", value: "pointsWithCommercial" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "statements" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "periodStart" } },
                      { kind: "Field", name: { kind: "Name", value: "periodEnd" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      { kind: "Field", name: { kind: "Name", value: "publishedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "approvedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "signedByDirector" } },
                      { kind: "Field", name: { kind: "Name", value: "linkedFromHomePage" } },
                      { kind: "Field", name: { kind: "Name", value: "submittedToRegistry" } },
                      { kind: "Field", name: { kind: "Name", value: "areas" } },
                      { kind: "Field", name: { kind: "Name", value: "source" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalSupplierQuery, PortalSupplierQueryVariables>;
export const PortalStatementCheckDocument = {
  __meta__: { hash: "sha256:f8e0fde67e64d437ded371319d0e8b146c1acae7c2ae5e4a24c44ec6b10da6ff" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalStatementCheck" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "supplier" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "statementCheck" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "required" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "checkedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "checkedPeriodEnd" } },
                      { kind: "Field", name: { kind: "Name", value: "nextDueDate" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "findings" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "reason" } },
                            { kind: "Field", name: { kind: "Name", value: "penalty" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "riskIncludingIntelligence" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "rating" } },
                      { kind: "Field", name: { kind: "Name", value: "points" } },
                      { kind: "Field", name: { kind: "Name", value: "includesIntelligence" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "intelligenceSignals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "concerns" } },
                      { kind: "Field", name: { kind: "Name", value: "visits" } },
                      { kind: "Field", name: { kind: "Name", value: "interventions" } },
                      { kind: "Field", name: { kind: "Name", value: "lastConcernOn" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalStatementCheckQuery, PortalStatementCheckQueryVariables>;
export const PortalTrainingSessionDocument = {
  __meta__: { hash: "sha256:d94813951be7b84b728a785cd614a7c40cf9306bab98d2f5301eaf66cfa68277" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalTrainingSession" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "trainingSession" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                { kind: "Field", name: { kind: "Name", value: "venue" } },
                { kind: "Field", name: { kind: "Name", value: "trainer" } },
                { kind: "Field", name: { kind: "Name", value: "capacity" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "cancelledAt" } },
                { kind: "Field", name: { kind: "Name", value: "cancellationReason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "course" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "attendance" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "delegateName" } },
                      { kind: "Field", name: { kind: "Name", value: "delegateEmail" } },
                      { kind: "Field", name: { kind: "Name", value: "certificateNumber" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalTrainingSessionQuery, PortalTrainingSessionQueryVariables>;
export const PortalRecordAttendanceDocument = {
  __meta__: { hash: "sha256:19a7d1ec70ff1611f296fc418312074652be6a2954254ab2d71ab76cd80219c8" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalRecordAttendance" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RecordAttendanceInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "recordAttendance" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalRecordAttendanceMutation, PortalRecordAttendanceMutationVariables>;
export const PortalTrainingDocument = {
  __meta__: { hash: "sha256:b1a884726b8cd6a97a95f32a22936dff6151e605216d64578058fcdc9f636d70" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "PortalTraining" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "SessionFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "withinDays" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "courses" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "format" } },
                      { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                      { kind: "Field", name: { kind: "Name", value: "validityMonths" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "provider" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trainingSessions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "startsAt" } },
                      { kind: "Field", name: { kind: "Name", value: "venue" } },
                      { kind: "Field", name: { kind: "Name", value: "trainer" } },
                      { kind: "Field", name: { kind: "Name", value: "capacity" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "course" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "certificatesDueForRefresh" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "50" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "withinDays" },
                value: { kind: "Variable", name: { kind: "Name", value: "withinDays" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "expiresOn" } },
                      { kind: "Field", name: { kind: "Name", value: "delegateName" } },
                      { kind: "Field", name: { kind: "Name", value: "certificateNumber" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "agency" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "shortName" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "course" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalTrainingQuery, PortalTrainingQueryVariables>;
export const PortalImportCompletionsDocument = {
  __meta__: { hash: "sha256:974f7398b0379399ac9d6bb1d156e6ba116a491603f44717e9f4305f5c7a7ae3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalImportCompletions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ImportCompletionsInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "importCompletions" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "committed" } },
                { kind: "Field", name: { kind: "Name", value: "imported" } },
                { kind: "Field", name: { kind: "Name", value: "duplicates" } },
                { kind: "Field", name: { kind: "Name", value: "rejected" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "row" } },
                      { kind: "Field", name: { kind: "Name", value: "outcome" } },
                      { kind: "Field", name: { kind: "Name", value: "column" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalImportCompletionsMutation, PortalImportCompletionsMutationVariables>;
export const PortalScheduleSessionDocument = {
  __meta__: { hash: "sha256:d26df853f0ed42cae4442cff0e2dc2695ddf2934bd2188b37f33ac3c44f61e86" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PortalScheduleSession" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ScheduleSessionInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "scheduleSession" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PortalScheduleSessionMutation, PortalScheduleSessionMutationVariables>;
