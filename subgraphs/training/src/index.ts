import "reflect-metadata";

export { training } from "./module.js";
export * from "./entities/index.js";
export type { TrainingContext } from "./context.js";
