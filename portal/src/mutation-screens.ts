import type { RoutePath } from "./routes.js";

/**
 * Where in the portal each mutation of the supergraph is done: the page a person of a role that may
 * call it opens to do that work. portal/test/mutation-screens.test.ts fails when a mutation of the
 * supergraph has no entry here, when an entry names a page that does not exist, or when the page
 * (or a component it imports) sends no operation calling the mutation. A new mutation therefore
 * needs a screen before it reaches main.
 *
 * Grouped by the work it belongs to; the groups are kept apart so additions merge cleanly.
 */
export const MUTATION_SCREENS = {
  // Casework: a concern, the people screened in it, their referrals, visits and offenders.
  recordConcern: "/cases/new",
  updateConcern: "/cases/:id",
  changeConcernStatus: "/cases/:id",
  screenPerson: "/cases/:id",
  referToNrm: "/cases/:id",
  recordDutyToNotify: "/cases/:id",
  correctPotentialVictim: "/cases/:id",
  erasePotentialVictim: "/cases/:id",
  recordNrmDecision: "/cases/:id",
  recordVisit: "/cases/:id",
  recordOffender: "/cases/:id",
  recordOrder: "/cases/:id",
  placeLegalHold: "/cases/:id",
  releaseLegalHold: "/cases/:id",
  importNrmReferrals: "/cases/nrm-import",

  // Training: courses, sessions, attendance and completions.
  createCourse: "/training",
  scheduleSession: "/training",
  importCompletions: "/training",
  recordAttendance: "/training/sessions/:id",
  cancelSession: "/training/sessions/:id",

  // Procurement: suppliers, their statements, contracts and assurance.
  createSupplier: "/procurement",
  updateSupplier: "/procurement/suppliers/:id",
  importRegistryStatements: "/procurement",
  recordStatement: "/procurement/suppliers/:id",
  createContract: "/procurement/suppliers/:id",
  recordAssessment: "/procurement/suppliers/:id",
  recordAudit: "/procurement/suppliers/:id",
  updateCorrectiveAction: "/procurement/suppliers/:id",

  // Governance: agreements, action plans, meetings and maturity.
  createSharingAgreement: "/governance/agreements/new",
  signSharingAgreement: "/governance/agreements/:id",
  suspendSharingAgreement: "/governance/agreements/:id",
  reactivateSharingAgreement: "/governance/agreements/:id",
  createActionPlan: "/governance",
  addPlanObjective: "/governance/plans/:id",
  addPlanKpi: "/governance/plans/:id",
  addPlanAction: "/governance/plans/:id",
  addActionMilestone: "/governance/plans/:id",
  completeActionMilestone: "/governance/plans/:id",
  recordActionProgress: "/governance/plans/:id",
  recordMeeting: "/governance/meetings",
  recordMaturityAssessment: "/governance/maturity",

  // Partnership administration: members, roles, areas, agencies, people and integrations.
  addPartnershipMember: "/partnership",
  endPartnershipMembership: "/partnership",
  grantPartnershipRole: "/partnership",
  revokePartnershipRole: "/partnership",
  defineArea: "/partnership",
  createAgency: "/partnership/directory",
  updateAgency: "/partnership/directory",
  createPerson: "/partnership/directory",
  importDirectory: "/partnership/directory",
  registerWebhook: "/partnership/integrations",
  disableWebhook: "/partnership/integrations",
  rotateWebhookSecret: "/partnership/integrations",
  registerMachineClient: "/partnership/integrations",
  revokeMachineClient: "/partnership/integrations",

  // The platform's own administration, outside any partnership.
  createPartnership: "/platform",
  createNetwork: "/platform",

  // Data protection: subject requests.
  recordSubjectRequest: "/subject-requests",
  extendSubjectRequest: "/subject-requests",
  completeSubjectRequest: "/subject-requests",
} as const satisfies Record<string, RoutePath>;
