import "reflect-metadata";

export { procurement } from "./module.js";
export * from "./entities/index.js";
export type { ProcurementContext } from "./context.js";
export { latestYearEndBefore } from "./services/dates.js";
export { dueDate } from "./services/statement-check.js";
export { importRegistryCsv } from "./services/registry-import.js";
export { refreshStaleAssessments } from "./services/supplier-assessment.js";
