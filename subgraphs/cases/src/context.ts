import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type CasesLoaders } from "./loaders/index.js";
import { AreaService } from "./services/area-service.js";
import { CaseStatisticsService } from "./services/case-statistics-service.js";
import { CaseworkService } from "./services/casework-service.js";
import { ConcernService } from "./services/concern-service.js";

export interface CasesContext extends BaseContext {
  loaders: CasesLoaders;
  areas: AreaService;
  concerns: ConcernService;
  casework: CaseworkService;
  statistics: CaseStatisticsService;
}

export function createContext(base: BaseContext): CasesContext {
  return {
    ...base,
    loaders: createLoaders(base),
    areas: new AreaService(base.dataSource),
    concerns: new ConcernService(base.dataSource, base.clock),
    casework: new CaseworkService(base.dataSource, base.clock),
    statistics: new CaseStatisticsService(base.dataSource),
  };
}
