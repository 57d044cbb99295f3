export * from "./config.js";
export * from "./gateway.js";
export * from "./server.js";
export * from "./platform/launch.js";
