import "reflect-metadata";

export { cases } from "./module.js";
export * from "./entities/index.js";
export type { CasesContext } from "./context.js";
export { clearSecondPartnershipYear } from "./seed/second-partnership.js";
