export * from "./compose.js";
export * from "./subgraphs.js";
export * from "./endpoints.js";
export * from "./classification-check.js";
export * from "./schema-check.js";
export * from "./classified-fields.js";
export * from "./api-schema.js";
