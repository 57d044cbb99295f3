import pino, { type DestinationStream, type Logger } from "pino";
import { activeTraceIds } from "./telemetry/trace-ids.js";

export type { Logger };

/**
 * Structured JSON logs, one logger per service, tagged with the service name. A line written while
 * a request is traced carries its trace and span ids (`trace_id`, `span_id`), so a log search
 * leads to the trace and back.
 */
export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? "info",
  destination?: DestinationStream,
): Logger {
  return pino({ name: service, level, base: { service }, mixin: activeTraceIds }, destination);
}
