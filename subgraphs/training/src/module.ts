import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type TrainingContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { recordAccess } from "./record-access.js";
import { schema } from "./schema.js";

/** The training subgraph: courses, sessions, attendance and who is qualified. */
export const training: SubgraphModule<TrainingContext> = {
  name: "training",
  databaseSchema: "training",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess,
};
