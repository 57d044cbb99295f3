import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type ProcurementLoaders } from "./loaders/index.js";
import { ProcurementService } from "./services/procurement-service.js";

export interface ProcurementContext extends BaseContext {
  loaders: ProcurementLoaders;
  procurement: ProcurementService;
}

export function createContext(base: BaseContext): ProcurementContext {
  return { ...base, loaders: createLoaders(base), procurement: new ProcurementService(base.dataSource, base.clock) };
}
