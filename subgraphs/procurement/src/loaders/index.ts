import { actingPartnership, type BaseContext, DataCategory, groupLoader, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import { In, type ObjectLiteral, type Repository } from "typeorm";
import {
  Assessment,
  Audit,
  AuditFinding,
  CorrectiveAction,
  ModernSlaveryStatement,
  Supplier,
} from "../entities/index.js";
import {
  loadPartnershipInputs,
  loadStatements,
  NO_PARTNERSHIP_INPUTS,
  type PartnershipInputs,
} from "../queries/assessment-inputs.js";

/**
 * The rows of the acting partnership that share a supplier, in one query per batch. The partnership
 * is read when a batch runs, so a request without one is refused only if it asks for such rows.
 */
function ofPartnershipBySupplier<T extends ObjectLiteral & { supplierId: string; partnershipId: string }>(
  base: BaseContext,
  repository: Repository<T>,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">>,
): DataLoader<string, T[]> {
  return new DataLoader(async (supplierIds) => {
    const { id: partnershipId } = actingPartnership(base.caller);
    const rows = await repository.find({
      where: { supplierId: In([...supplierIds]), partnershipId } as never,
      order: order as never,
    });
    const groups = new Map<string, T[]>(supplierIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.supplierId)?.push(row);
    return supplierIds.map((id) => groups.get(id) ?? []);
  });
}

/** Every relation the procurement schema resolves, batched per request. */
export function createLoaders(base: BaseContext) {
  const { dataSource } = base;
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    // Suppliers and their statements are shared by every partnership.
    supplier: uniqueLoader(repo(Supplier)),
    supplierByCompanyNumber: uniqueLoader(repo(Supplier), "companyNumber"),
    statementsOfSupplier: new DataLoader<string, ModernSlaveryStatement[]>(async (ids) => {
      const statements = await loadStatements(dataSource.manager, ids);
      return ids.map((id) => statements.get(id)!);
    }),
    assessmentsOfSupplier: ofPartnershipBySupplier(base, repo(Assessment), { assessedOn: "DESC" }),
    auditsOfSupplier: ofPartnershipBySupplier(base, repo(Audit), { auditedOn: "DESC" }),
    // Reached only through an audit the acting partnership's filter already let through.
    findingsOfAudit: groupLoader(repo(AuditFinding), "auditId"),
    actionsOfFinding: groupLoader(repo(CorrectiveAction), "findingId", { dueOn: "ASC" }),
    /**
     * What contracts and open findings add to many suppliers' ratings, in two queries. Where the caller
     * holds COMMERCIAL, the acting partnership's (`owner` null: the grant decides); otherwise its own
     * agency's only, and `owner` is that agency where it has such records of the supplier (null where
     * it has none: there is nothing of its own to show, and an empty answer would read as "none anywhere").
     */
    commercialInputs: new DataLoader<string, PartnershipInputs & { owner: string | null }>(async (ids) => {
      const { id: partnershipId } = actingPartnership(base.caller);
      const granted = Boolean(base.caller.grants[DataCategory.COMMERCIAL]);
      const agency = granted ? undefined : base.caller.agencyId;
      const inputs = (await loadPartnershipInputs(dataSource.manager, ids, partnershipId, agency)).get(partnershipId);
      return ids.map((id) => {
        const own = inputs?.get(id);
        return { ...(own ?? NO_PARTNERSHIP_INPUTS), owner: agency && own ? agency : null };
      });
    }),
  };
}

export type ProcurementLoaders = ReturnType<typeof createLoaders>;
