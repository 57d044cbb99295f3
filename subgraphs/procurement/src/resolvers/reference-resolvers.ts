import { type FederatedSchemaDefinition, isUuid } from "@partnership/runtime";
import type { ProcurementContext } from "../context.js";
import { normaliseCompanyNumber } from "../services/company-number.js";

/** The entities the gateway asks procurement for by key: the federation stubs (entities/references.ts) and suppliers. */
export const referenceResolvers: FederatedSchemaDefinition<ProcurementContext>["referenceResolvers"] = {
  Partnership: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
  Network: (ref) => (isUuid(ref.id) ? { id: ref.id } : null),
  Supplier: async (ref, ctx) => {
    const supplier =
      ref.id != null
        ? isUuid(ref.id)
          ? await ctx.loaders.supplier.load(ref.id)
          : null
        : await ctx.loaders.supplierByCompanyNumber.load(normaliseCompanyNumber(String(ref.companyNumber)));
    // The gateway brings the cases subgraph's signals for riskIncludingIntelligence (@requires).
    return supplier && "intelligenceSignals" in ref
      ? Object.assign(Object.create(Object.getPrototypeOf(supplier) as object) as object, supplier, {
          intelligenceSignals: ref.intelligenceSignals ?? null,
        })
      : supplier;
  },
};
