import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type ProcurementLoaders } from "./loaders/index.js";

export interface ProcurementContext extends BaseContext {
  loaders: ProcurementLoaders;
}

export function createContext(base: BaseContext): ProcurementContext {
  return { ...base, loaders: createLoaders(base) };
}
