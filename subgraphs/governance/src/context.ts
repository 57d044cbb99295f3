import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type GovernanceLoaders } from "./loaders/index.js";
import { ActionPlanService } from "./services/action-plan-service.js";
import { CallerGrantsService } from "./services/caller-grants-service.js";
import { MachineClientService } from "./services/machine-client-service.js";
import { MaturityService } from "./services/maturity-service.js";
import { MeetingService } from "./services/meeting-service.js";
import { PartnershipService } from "./services/partnership-service.js";
import { DirectoryService } from "./services/directory-service.js";
import { DirectoryImportService } from "./services/directory-import-service.js";
import { RecordOfProcessingService } from "./services/record-of-processing-service.js";
import { SharingAgreementService } from "./services/sharing-agreement-service.js";
import { SubjectRequestService } from "./services/subject-request-service.js";
import { WebhookSubscriptionService } from "./services/webhooks/subscription-service.js";

export interface GovernanceContext extends BaseContext {
  loaders: GovernanceLoaders;
  directory: DirectoryService;
  agreements: SharingAgreementService;
  callerGrants: CallerGrantsService;
  plans: ActionPlanService;
  meetings: MeetingService;
  partnerships: PartnershipService;
  maturity: MaturityService;
  directoryImport: DirectoryImportService;
  recordOfProcessing: RecordOfProcessingService;
  subjectRequests: SubjectRequestService;
  webhooks: WebhookSubscriptionService;
  machineClients: MachineClientService;
}

export function createContext(base: BaseContext): GovernanceContext {
  const loaders = createLoaders(base);
  return {
    ...base,
    loaders,
    directory: new DirectoryService(base.dataSource),
    agreements: new SharingAgreementService(base.dataSource, base.clock),
    callerGrants: new CallerGrantsService(base.dataSource, base.clock),
    plans: new ActionPlanService(base.dataSource),
    meetings: new MeetingService(base.dataSource),
    partnerships: new PartnershipService(base.dataSource, base.clock),
    maturity: new MaturityService(base.dataSource),
    directoryImport: new DirectoryImportService(base.dataSource, base.clock),
    recordOfProcessing: new RecordOfProcessingService(base.dataSource, base.clock, loaders),
    subjectRequests: new SubjectRequestService(base.dataSource),
    webhooks: new WebhookSubscriptionService(base.dataSource),
    machineClients: new MachineClientService(base.dataSource, base.clock),
  };
}
