import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type ProcurementLoaders } from "./loaders/index.js";
import { AssuranceService } from "./services/assurance-service.js";
import { ContractService } from "./services/contract-service.js";
import { StatementService } from "./services/statement-service.js";
import { StatisticsService } from "./services/statistics-service.js";
import { SupplierService } from "./services/supplier-service.js";

export interface ProcurementContext extends BaseContext {
  loaders: ProcurementLoaders;
  suppliers: SupplierService;
  statements: StatementService;
  contracts: ContractService;
  assurance: AssuranceService;
  statistics: StatisticsService;
}

export function createContext(base: BaseContext): ProcurementContext {
  const { dataSource, clock } = base;
  const loaders = createLoaders(base);
  return {
    ...base,
    loaders,
    suppliers: new SupplierService(dataSource, clock, loaders),
    statements: new StatementService(dataSource, clock),
    contracts: new ContractService(dataSource, clock),
    assurance: new AssuranceService(dataSource, clock),
    statistics: new StatisticsService(dataSource, clock),
  };
}
