import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type TrainingContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { schema } from "./schema.js";
import { seedDemo } from "./seed/demo.js";

/** The training subgraph: courses, sessions, attendance and who is qualified. */
export const training: SubgraphModule<TrainingContext> = {
  name: "training",
  databaseSchema: "training",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess: {
    // An agency's own people see their own records and figures without an agreement.
    Completion: { owner: (completion: { agencyId: string }) => completion.agencyId },
    Person: { owner: (person: { agency?: { id?: string } }) => person.agency?.id },
    Agency: { owner: (agency: { id: string }) => agency.id },
  },
  seedDemo,
};
