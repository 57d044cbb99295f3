import type { RecordAccess } from "@partnership/runtime";
import type { ProcurementContext } from "./context.js";

/** Which agency owns each procurement record: COMMERCIAL records are their owner's without an agreement. */
export const recordAccess: Record<string, RecordAccess<ProcurementContext>> = {
  // The contracting agency sees its contracts' values, the auditing (assessing) agency its
  // findings, their actions and its notes.
  Contract: { owner: (contract: { agencyId: string }) => contract.agencyId },
  AuditFinding: { owner: (finding: { agencyId: string }) => finding.agencyId },
  CorrectiveAction: { owner: (action: { agencyId: string }) => action.agencyId },
  Assessment: { owner: (assessment: { agencyId: string }) => assessment.agencyId },
  // A rating's commercial part is its owner's when it is from that agency's own records alone.
  SupplierRisk: {
    owner: (risk: { commercialOwner: string | null }) => risk.commercialOwner,
    entityId: (risk: { supplierId: string }) => risk.supplierId,
  },
};
