import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type GovernanceLoaders } from "./loaders/index.js";
import { CallerGrantsService } from "./services/caller-grants-service.js";
import { DirectoryService } from "./services/directory-service.js";
import { SharingAgreementService } from "./services/sharing-agreement-service.js";

export interface GovernanceContext extends BaseContext {
  loaders: GovernanceLoaders;
  directory: DirectoryService;
  agreements: SharingAgreementService;
  callerGrants: CallerGrantsService;
}

export function createContext(base: BaseContext): GovernanceContext {
  return {
    ...base,
    loaders: createLoaders(base),
    directory: new DirectoryService(base.dataSource),
    agreements: new SharingAgreementService(base.dataSource),
    callerGrants: new CallerGrantsService(base.dataSource),
  };
}
