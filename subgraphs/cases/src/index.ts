import "reflect-metadata";

export { cases, casesModule } from "./module.js";
export * from "./entities/index.js";
export type { CasesContext, CasesOptions } from "./context.js";
export { DirectoryClient, type DirectoryEndpoint, type DirectoryPerson } from "./services/directory-client.js";
export {
  applyRetention,
  type RetentionActionReport,
  type RetentionReport,
  type RetentionTermOf,
  type RetentionTerms,
} from "./services/retention-service.js";
