import type { SubgraphModule } from "@partnership/runtime";
import { createContext, type ProcurementContext } from "./context.js";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { registryUploadRoute } from "./registry-upload.js";
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
    // The contracting agency sees its contracts' values, the auditing (assessing) agency its
    // findings, their actions and its notes: COMMERCIAL records are their owner's without an agreement.
    Contract: { owner: (contract: { agencyId: string }) => contract.agencyId },
    AuditFinding: { owner: (finding: { agencyId: string }) => finding.agencyId },
    CorrectiveAction: { owner: (action: { agencyId: string }) => action.agencyId },
    Assessment: { owner: (assessment: { agencyId: string }) => assessment.agencyId },
    // A rating's commercial part is its owner's when it is from that agency's own records alone.
    SupplierRisk: {
      owner: (risk: { commercialOwner: string | null }) => risk.commercialOwner,
      entityId: (risk: { supplierId: string }) => risk.supplierId,
    },
  },
  seedDemo,
  routes: registryUploadRoute,
};
