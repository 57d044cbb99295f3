import "reflect-metadata";

// What the gateway also loads (edge.ts), then what only subgraphs need.
export * from "./edge.js";
export * from "./database/data-source.js";
export * from "./database/database-admin.js";
export * from "./database/migration-test-database.js";
export * from "./database/embedded.js";
export * from "./graphql/connection.js";
export * from "./graphql/federation.js";
export * from "./graphql/validation.js";
export * from "./server/run-subgraph.js";
export * from "./server/subgraph.js";
export * from "./server/import-gate.js";
export * from "./security/audit-log.js";
export * from "./security/audit-migration.js";
export * from "./security/audit-trail.js";
export * from "./security/audit-query.js";
export * from "./security/audit-chain.js";
export * from "./security/federated-audit.js";
export * from "./security/subject-access.js";
export * from "./security/subject-access-search.js";
export * from "./security/subject-access-types.js";
export * from "./security/subject-access-readers.js";
export * from "./security/classification.js";
export * from "./security/permissions.js";
// Named, so the enum value wins over edge.ts's type-only export of it.
export { DATA_CATEGORIES, DataCategory } from "./data-category.js";
export * from "./graphql/local-date.js";
export * from "./database/loaders.js";
export * from "./database/statement-counter.js";
export * from "./database/snapshot-reader.js";
export * from "./server/request-resources.js";
export * from "./database/ids.js";
export * from "./demo-ids.js";
export * from "./clock.js";
export * from "./statistics/suppression.js";
export * from "./events/event-types.js";
export * from "./events/outbox.js";
