import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type ProcurementContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { recordAccess } from "./record-access.js";
import { registryUploadRoute } from "./routes/registry-upload.js";
import { schema } from "./schema.js";

/** The procurement subgraph: suppliers, contracts and their modern slavery statements. */
export const procurement: SubgraphModule<ProcurementContext> = {
  name: "procurement",
  databaseSchema: "procurement",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess,
  routes: registryUploadRoute,
};
