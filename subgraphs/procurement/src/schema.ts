import {
  auditLogResolver,
  auditTrailResolver,
  type FederatedSchemaDefinition,
  subjectAccessResolver,
} from "@partnership/runtime";
import type { ProcurementContext } from "./context.js";
import { Network, Partnership } from "./entities/index.js";
import { AuditFindingResolver, AuditResolver, CorrectiveActionResolver } from "./resolvers/assurance-resolver.js";
import { ContractResolver } from "./resolvers/contract-resolver.js";
import { NetworkProcurementResolver } from "./resolvers/network-resolver.js";
import { referenceResolvers } from "./resolvers/reference-resolvers.js";
import { RegistryImportResolver } from "./resolvers/registry-import-resolver.js";
import { PartnershipProcurementResolver, StatisticsResolver } from "./resolvers/statistics-resolver.js";
import { SupplierResolver } from "./resolvers/supplier-resolver.js";
import { findSubjectInProcurement } from "./services/subject-finder.js";

/** The procurement subgraph's GraphQL schema and its entity reference resolvers. */
export const schema: FederatedSchemaDefinition<ProcurementContext> = {
  resolvers: [
    SupplierResolver,
    ContractResolver,
    AuditResolver,
    AuditFindingResolver,
    CorrectiveActionResolver,
    StatisticsResolver,
    RegistryImportResolver,
    PartnershipProcurementResolver,
    NetworkProcurementResolver,
    auditLogResolver("procurement"),
    auditTrailResolver("procurement"),
    subjectAccessResolver(
      "procurement",
      findSubjectInProcurement,
      "the signatories of suppliers' modern slavery statements, by name: the rest is about companies",
    ),
  ],
  // The partnership is reached only through the gateway, for the annual report.
  orphanedTypes: [Partnership, Network],
  referenceResolvers,
};
