import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type GovernanceContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { recordAccess } from "./record-access.js";
import { schema } from "./schema.js";

/** The governance subgraph: the partnership's directory and its sharing agreements. */
export const governance: SubgraphModule<GovernanceContext> = {
  name: "governance",
  databaseSchema: "governance",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess,
};
