import "reflect-metadata";

export { procurement } from "./module.js";
export * from "./entities/index.js";
export type { ProcurementContext } from "./context.js";
