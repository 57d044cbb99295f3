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
export * from "./telemetry/bounded-label.js";
export * from "./telemetry/error-codes.js";
export * from "./telemetry/graphql-spans.js";
export * from "./telemetry/metrics-endpoint.js";
export * from "./telemetry/otlp.js";
export * from "./telemetry/trace-ids.js";
export * from "./telemetry/tracing.js";
export type { DataCategory } from "./data-category.js";
export type { RunningService } from "./server/subgraph.js";
