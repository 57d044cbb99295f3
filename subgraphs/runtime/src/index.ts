import "reflect-metadata";

export * from "./config.js";
export * from "./database/data-source.js";
export * from "./database/database-admin.js";
export * from "./database/embedded.js";
export * from "./errors.js";
export * from "./graphql/connection.js";
export * from "./graphql/federation.js";
export * from "./graphql/format-error.js";
export * from "./graphql/validation.js";
export * from "./logger.js";
export * from "./server/listen.js";
export * from "./server/run-subgraph.js";
export * from "./server/shutdown.js";
export * from "./server/subgraph.js";
