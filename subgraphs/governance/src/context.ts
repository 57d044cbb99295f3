import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type GovernanceLoaders } from "./loaders/index.js";
import { DirectoryService } from "./services/directory-service.js";
import { SharingAgreementService } from "./services/sharing-agreement-service.js";

export interface GovernanceContext extends BaseContext {
  loaders: GovernanceLoaders;
  directory: DirectoryService;
  agreements: SharingAgreementService;
}

export function createContext(base: BaseContext): GovernanceContext {
  return {
    ...base,
    loaders: createLoaders(base),
    directory: new DirectoryService(base.dataSource),
    agreements: new SharingAgreementService(base.dataSource),
  };
}
