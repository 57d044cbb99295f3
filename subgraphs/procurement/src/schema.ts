import { auditLogResolver, type FederatedSchemaDefinition, isUuid } from "@partnership/runtime";
import type { ProcurementContext } from "./context.js";
import { SupplierResolver } from "./resolvers/supplier-resolver.js";

/** The procurement subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<ProcurementContext> = {
  resolvers: [SupplierResolver, auditLogResolver("procurement")],
  referenceResolvers: {
    Supplier: (ref, ctx) => {
      if (ref.id != null) return isUuid(ref.id) ? ctx.loaders.supplier.load(ref.id) : null;
      return ctx.loaders.supplierByCompanyNumber.load(String(ref.companyNumber));
    },
  },
};
