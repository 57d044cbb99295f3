import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type CasesContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { recordAccess } from "./record-access.js";
import { schema } from "./schema.js";
import { seedDemo } from "./seed/demo.js";

/** The cases subgraph: the SHOP operational partnership's concerns and the work on them. */
export const cases: SubgraphModule<CasesContext> = {
  name: "cases",
  databaseSchema: "cases",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess,
  seedDemo,
};
