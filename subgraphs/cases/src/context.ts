import { type BaseContext, SnapshotReader } from "@partnership/runtime";
import { createLoaders, type CasesLoaders } from "./loaders/index.js";
import { AreaService } from "./services/area-service.js";
import { CaseStatisticsService } from "./services/case-statistics-service.js";
import { CaseworkService } from "./services/casework-service.js";
import { ConcernService } from "./services/concern-service.js";
import { DirectoryClient, type DirectoryEndpoint } from "./services/directory-client.js";
import { ErasureService } from "./services/erasure-service.js";
import { LegalHoldService } from "./services/legal-hold-service.js";
import { NetworkStatisticsService } from "./services/network-statistics.js";
import { NrmImportService } from "./services/nrm-import-service.js";
import { RectificationService } from "./services/rectification-service.js";
import { RetentionRunService } from "./services/retention-runs.js";

export interface CasesContext extends BaseContext {
  loaders: CasesLoaders;
  areas: AreaService;
  concerns: ConcernService;
  casework: CaseworkService;
  statistics: CaseStatisticsService;
  networkStatistics: NetworkStatisticsService;
  legalHolds: LegalHoldService;
  rectification: RectificationService;
  erasure: ErasureService;
  nrmImport: NrmImportService;
  retentionRuns: RetentionRunService;
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
    const casework = new CaseworkService(base.dataSource, base.clock, directory, concerns);
    return {
      ...base,
      loaders: createLoaders(base),
      areas: new AreaService(base.dataSource),
      concerns,
      casework,
      statistics: new CaseStatisticsService(new SnapshotReader(base.dataSource, base.resources)),
      networkStatistics: new NetworkStatisticsService(base.dataSource),
      legalHolds: new LegalHoldService(base.dataSource, base.clock),
      rectification: new RectificationService(base.dataSource, base.clock, base.audit),
      erasure: new ErasureService(base.dataSource, base.clock),
      nrmImport: new NrmImportService(base.dataSource, base.clock, casework, directory),
      retentionRuns: new RetentionRunService(base.dataSource),
      directory,
    };
  };
}

export const createContext = contextFactory();
