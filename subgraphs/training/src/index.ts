import "reflect-metadata";

export { training } from "./module.js";
export * from "./entities/index.js";
export type { TrainingContext } from "./context.js";
export { announceDueCertificates, CERTIFICATE_DUE_NOTICE_DAYS } from "./services/certificate-due-announcer.js";
