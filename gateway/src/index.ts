/**
 * The gateway service: what a gateway container runs and what a process embedding a gateway needs
 * (the one-process platform in @partnership/platform, the benchmark's peers). It loads no subgraph
 * code: the subgraphs are reached over HTTP at the endpoints @partnership/supergraph names.
 */
export * from "./auth/caller-profiles.js";
export * from "./auth/demo-identity-provider.js";
export * from "./auth/trusted-issuers.js";
export * from "./auth/user-token.js";
export * from "./classification.js";
export * from "./config.js";
export * from "./gateway.js";
export * from "./limits/settings.js";
export * from "./server.js";
export * from "./telemetry.js";
export * from "./trusted-documents.js";
