// The gateway service (service.ts), then the platform launcher and what the tests and tools use.
export * from "./service.js";
export * from "./classification.js";
export * from "./gateway.js";
export * from "./platform/demo-users.js";
export * from "./platform/launch.js";
