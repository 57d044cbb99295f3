import "reflect-metadata";

export { governance } from "./module.js";
export * from "./entities/index.js";
export type { GovernanceContext } from "./context.js";
export { demoAgencyId } from "@partnership/runtime";
export { CATEGORY_CONTROLLERS } from "./services/data-controllers.js";
export { DEFAULT_RETENTION, retentionSummary } from "./services/retention-rules.js";
export {
  retentionTermsOfPartnerships,
  type PartnershipRetentionTerm,
  type PartnershipRetentionTerms,
} from "./services/retention-terms.js";
export { ATTENTION_DAYS } from "./services/record-of-processing-service.js";
export { AGREEMENT_EXPIRING_NOTICE_DAYS, announceExpiringAgreements } from "./services/agreement-expiry-announcer.js";
export * from "./services/webhooks/index.js";
