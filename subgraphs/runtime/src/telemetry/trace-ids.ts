import { isSpanContextValid, trace } from "@opentelemetry/api";

/** The active span's trace and span ids, for a log line; nothing outside a traced request. */
export function activeTraceIds(): { trace_id: string; span_id: string } | Record<string, never> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
