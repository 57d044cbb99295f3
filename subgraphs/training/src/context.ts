import type { BaseContext } from "@partnership/runtime";
import { createLoaders, type TrainingLoaders } from "./loaders/index.js";

export interface TrainingContext extends BaseContext {
  loaders: TrainingLoaders;
}

export function createContext(base: BaseContext): TrainingContext {
  return { ...base, loaders: createLoaders(base) };
}
