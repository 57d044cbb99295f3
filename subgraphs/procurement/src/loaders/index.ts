import { type BaseContext, uniqueLoader } from "@partnership/runtime";
import { Supplier } from "../entities/index.js";

/** Every relation the procurement schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    supplier: uniqueLoader(repo(Supplier)),
    supplierByCompanyNumber: uniqueLoader(repo(Supplier), "companyNumber"),
  };
}

export type ProcurementLoaders = ReturnType<typeof createLoaders>;
