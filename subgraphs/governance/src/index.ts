import "reflect-metadata";

export { governance } from "./module.js";
export * from "./entities/index.js";
export type { GovernanceContext } from "./context.js";
export { demoAgencyId } from "@partnership/runtime";
export { DEMO_AGENCIES, demoAgreements } from "./seed/demo-data.js";
