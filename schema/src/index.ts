export * from "./compose.js";
export * from "./subgraphs.js";
export * from "./endpoints.js";
