import { type BaseContext, SnapshotReader } from "@partnership/runtime";
import { createLoaders, type CasesLoaders } from "./loaders/index.js";
import { AreaService } from "./services/area-service.js";
import { CaseStatisticsService } from "./services/case-statistics-service.js";
import { CaseworkService } from "./services/casework-service.js";
import { ConcernService } from "./services/concern-service.js";
import { DirectoryClient, type DirectoryEndpoint } from "./services/directory-client.js";

export interface CasesContext extends BaseContext {
  loaders: CasesLoaders;
  areas: AreaService;
  concerns: ConcernService;
  casework: CaseworkService;
  statistics: CaseStatisticsService;
  /** The partnership's staff directory (governance), asked as this request's caller. */
  directory: DirectoryClient;
}

/** What cases needs besides its database: where the directory answers (none: writes that need it are refused as unavailable). */
export interface CasesOptions {
  directory?: DirectoryEndpoint | null;
}

export function contextFactory(options: CasesOptions = {}) {
  return (base: BaseContext): CasesContext => {
    const directory = new DirectoryClient(options.directory ?? null, base.callerContext);
    const concerns = new ConcernService(base.dataSource, base.clock, base.audit);
    return {
      ...base,
      loaders: createLoaders(base),
      areas: new AreaService(base.dataSource),
      concerns,
      casework: new CaseworkService(base.dataSource, base.clock, directory, concerns),
      statistics: new CaseStatisticsService(new SnapshotReader(base.dataSource, base.resources)),
      directory,
    };
  };
}

export const createContext = contextFactory();
