// What the benchmark and the cross-service tests start: the whole platform in one process.
export * from "./database.js";
export * from "./demo-seeds.js";
export * from "./demo-users.js";
export * from "./embedded-postgres.js";
export * from "./launch.js";
