import type { FoundRecord, SubjectFinder } from "@partnership/runtime";
import type { ProcurementContext } from "../context.js";
import { statementsSignedBy } from "../queries/statements.js";

/**
 * What procurement holds about a person: only the name and role of whoever signed a supplier's
 * modern slavery statement, as the statement published them (public, the same for every
 * partnership). Suppliers, contracts, assessments and audits are about companies: no one is found
 * there. Found by name alone; a signatory has no date of birth, email or reference here. One statement.
 */
export const findSubjectInProcurement: SubjectFinder<ProcurementContext> = async (search, _scope, ctx) => {
  if (!search.name || search.dateOfBirth || search.email || search.reference) return [];
  const statements = await statementsSignedBy(ctx.dataSource, search.name);
  return statements.map((s): FoundRecord => ({
    entityType: "ModernSlaveryStatement",
    entityId: s.id,
    description: `Signatory of ${s.supplier?.name ?? "a supplier"}'s modern slavery statement for the year to ${s.periodEnd}`,
    recordedAt: s.updatedAt,
    values: [
      { field: "signedBy", value: s.signedBy },
      { field: "signerRole", value: s.signerRole },
      { field: "signedByDirector", value: s.signedByDirector },
      { field: "url", value: s.url },
    ],
  }));
};
