import "reflect-metadata";

export { governance } from "./module.js";
export * from "./entities/index.js";
export type { GovernanceContext } from "./context.js";
