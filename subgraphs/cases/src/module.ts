import type { SubgraphModule } from "@partnership/runtime";
import { type CasesContext, type CasesOptions, contextFactory } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { recordAccess } from "./record-access.js";
import { schema } from "./schema.js";

/**
 * The cases subgraph: the SHOP operational partnership's concerns and the work on them, reading the
 * staff directory from governance where `options.directory` says it answers.
 */
export function casesModule(options: CasesOptions = {}): SubgraphModule<CasesContext> {
  return {
    name: "cases",
    databaseSchema: "cases",
    entities,
    migrations,
    schema,
    createContext: contextFactory(options),
    recordAccess,
  };
}

/**
 * The subgraph with no directory configured: enough to compose the schema, migrate and seed; a
 * write that must check a person against the directory is refused as SERVICE_UNAVAILABLE.
 */
export const cases: SubgraphModule<CasesContext> = casesModule();
