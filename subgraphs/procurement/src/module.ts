import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type ProcurementContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { schema } from "./schema.js";
import { seedDemo } from "./seed/demo.js";

/** The procurement subgraph: suppliers, contracts and their modern slavery statements. */
export const procurement: SubgraphModule<ProcurementContext> = {
  name: "procurement",
  databaseSchema: "procurement",
  entities,
  migrations,
  schema,
  createContext,
  recordAccess: {
    // The contracting agency sees its contracts' values, the auditing agency its findings.
    Contract: { owner: (contract: { agencyId: string }) => contract.agencyId },
    AuditFinding: { owner: (finding: { agencyId: string }) => finding.agencyId },
  },
  seedDemo,
};
