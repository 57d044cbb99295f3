import { ActionPlan, ActionUpdate, PlanAction, PlanObjective } from "./action-plan.js";
import { AgreementGrant } from "./agreement-grant.js";
import { AgreementEvent } from "./agreement-event.js";
import { MaturityAssessment, MaturityRating } from "./maturity.js";
import { Meeting, MeetingAttendance } from "./meeting.js";
import { AgreementParty } from "./agreement-party.js";
import { Agency } from "./agency.js";
import { KpiDefinition } from "./kpi.js";
import { Milestone } from "./milestone.js";
import { MachineClient } from "./machine-client.js";
import { Membership } from "./membership.js";
import { Network, NetworkMember } from "./network.js";
import { Partnership } from "./partnership.js";
import { PartnershipRole } from "./partnership-role.js";
import { Person } from "./person.js";
import { RetentionTerm } from "./retention-term.js";
import { SharingAgreement } from "./sharing-agreement.js";
import { SubjectRequest } from "./subject-request.js";
import { WebhookDelivery } from "./webhook-delivery.js";
import { WebhookSubscription } from "./webhook-subscription.js";

export {
  ActionPlan,
  ActionUpdate,
  AgreementEvent,
  AgreementGrant,
  AgreementParty,
  Agency,
  KpiDefinition,
  MachineClient,
  MaturityAssessment,
  MaturityRating,
  Meeting,
  MeetingAttendance,
  Membership,
  Milestone,
  Network,
  NetworkMember,
  Partnership,
  PartnershipRole,
  Person,
  PlanAction,
  PlanObjective,
  RetentionTerm,
  SharingAgreement,
  SubjectRequest,
  WebhookDelivery,
  WebhookSubscription,
};
export { RAG_ORDER, RagCount, ragSummary } from "./action-plan.js";
export { AttendanceRate } from "./meeting.js";
export { type AreaComparison, compareAreas, LEVEL_ORDER, levelChange, MaturityAreaComparison } from "./maturity.js";
export { AgreementDeadline, CategoryProcessing, RecordOfProcessing } from "./record-of-processing.js";
export { MAX_RETENTION_YEARS } from "./retention-term.js";
export { SubjectRequestSearch } from "./subject-request.js";
export { MACHINE_CLIENT_ROLES } from "./machine-client.js";

export const entities = [
  Agency,
  Person,
  Partnership,
  Membership,
  Network,
  NetworkMember,
  PartnershipRole,
  SharingAgreement,
  AgreementParty,
  AgreementGrant,
  AgreementEvent,
  RetentionTerm,
  ActionPlan,
  PlanObjective,
  PlanAction,
  Milestone,
  KpiDefinition,
  ActionUpdate,
  Meeting,
  MeetingAttendance,
  MaturityAssessment,
  MaturityRating,
  SubjectRequest,
  MachineClient,
  WebhookSubscription,
  WebhookDelivery,
];
export * from "./enums.js";
