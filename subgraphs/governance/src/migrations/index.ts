import type { MigrationInterface } from "typeorm";
import { DirectoryAndAgreements1763800000000 } from "./1763800000000-directory-and-agreements.js";
import { PlansMeetingsMaturity1763840000000 } from "./1763840000000-plans-meetings-maturity.js";
import { MilestonesKpisAgencyAssessments1763880000000 } from "./1763880000000-milestones-kpis-agency-assessments.js";
import { GrantsChangedNotification1764000000000 } from "./1764000000000-grants-changed-notification.js";
import { ActionAddedOn1764100000000 } from "./1764100000000-action-added-on.js";
import { Partnerships1764200000000 } from "./1764200000000-partnerships.js";
import { Networks1764210000000 } from "./1764210000000-networks.js";
import { MaturityAssessmentPartnership1764600000000 } from "./1764600000000-maturity-assessment-partnership.js";
import { AgreementHistory1764700000000 } from "./1764700000000-agreement-history.js";
import { AgreementRetention1765200000000 } from "./1765200000000-agreement-retention.js";
import { SubjectRequests1766200000000 } from "./1766200000000-subject-requests.js";
import { Webhooks1766400000001 } from "./1766400000001-webhooks.js";
import { MachineClients1766400000000 } from "./1766400000000-machine-clients.js";
import { GovernanceOutbox1766400000002 } from "./1766400000002-governance-outbox.js";
import { ActionCompletionReason1766500000010 } from "./1766500000010-action-completion-reason.js";

/** In order; each runs once per database, recorded in the schema's `migrations` table. */
export const migrations: Array<new () => MigrationInterface> = [
  DirectoryAndAgreements1763800000000,
  PlansMeetingsMaturity1763840000000,
  MilestonesKpisAgencyAssessments1763880000000,
  GrantsChangedNotification1764000000000,
  ActionAddedOn1764100000000,
  Partnerships1764200000000,
  Networks1764210000000,
  MaturityAssessmentPartnership1764600000000,
  AgreementHistory1764700000000,
  AgreementRetention1765200000000,
  SubjectRequests1766200000000,
  MachineClients1766400000000,
  Webhooks1766400000001,
  GovernanceOutbox1766400000002,
  ActionCompletionReason1766500000010,
];
