import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import {
  Assessment,
  Audit,
  AuditFinding,
  CorrectiveAction,
  ModernSlaveryStatement,
  Supplier,
} from "../entities/index.js";
import { type AssessmentInputs, loadAssessmentInputs } from "../services/supplier-assessment.js";

/** Every relation the procurement schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    supplier: uniqueLoader(repo(Supplier)),
    supplierByCompanyNumber: uniqueLoader(repo(Supplier), "companyNumber"),
    statementsOfSupplier: groupLoader(repo(ModernSlaveryStatement), "supplierId", { periodEnd: "DESC" }),
    assessmentsOfSupplier: groupLoader(repo(Assessment), "supplierId", { assessedOn: "DESC" }),
    auditsOfSupplier: groupLoader(repo(Audit), "supplierId", { auditedOn: "DESC" }),
    findingsOfAudit: groupLoader(repo(AuditFinding), "auditId"),
    actionsOfFinding: groupLoader(repo(CorrectiveAction), "findingId", { dueOn: "ASC" }),
    /** Statements, largest contract value and open findings of many suppliers in three queries. */
    assessmentInputs: new DataLoader<string, AssessmentInputs>(async (ids) => {
      const inputs = await loadAssessmentInputs(dataSource.manager, ids);
      return ids.map((id) => inputs.get(id)!);
    }),
  };
}

export type ProcurementLoaders = ReturnType<typeof createLoaders>;
