/** The webhook dispatcher and its settings, for the process that runs it (gateway/src/platform/webhooks.ts). */
export { WebhookDispatcher, type CycleReport, type EventScan } from "./dispatcher.js";
export {
  DEFAULT_DISPATCHER_SETTINGS,
  dispatcherConfigSchema,
  readDispatcherSettings,
  type DispatcherSettings,
} from "./settings.js";
export { DEFAULT_RETRY_SCHEDULE_MS, retryDelayMs } from "./backoff.js";
export { webhookPayload } from "./payload.js";
