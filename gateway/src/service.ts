/**
 * The gateway service alone (what a gateway container runs), without the one-process platform
 * launcher that loads every subgraph's code: for processes that serve only the gateway.
 */
export * from "./auth/caller-profiles.js";
export * from "./auth/demo-identity-provider.js";
export * from "./auth/trusted-issuers.js";
export * from "./auth/user-token.js";
export * from "./config.js";
export * from "./limits/settings.js";
export * from "./server.js";
export * from "./telemetry.js";
