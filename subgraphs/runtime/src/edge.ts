/**
 * What the gateway shares with the subgraphs, without their database, ORM and schema-building
 * code: a gateway process that loads only this entry point needs about half the memory and start-up
 * time of one that loads the whole runtime (measured with `npm run bench`).
 */
export * from "./config.js";
export * from "./errors.js";
export * from "./graphql/format-error.js";
export * from "./logger.js";
export * from "./server/listen.js";
export * from "./server/shutdown.js";
export * from "./security/caller.js";
export * from "./security/keys.js";
export * from "./security/roles.js";
export type { DataCategory } from "./data-category.js";
export type { RunningService } from "./server/subgraph.js";
