import { Writable } from "node:stream";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { serviceTracer } from "./tracing.js";

/** The JSON lines a logger writes, kept for the test to read. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger("trace-ids-test", "info", destination), lines };
}

describe("log lines and traces", () => {
  it("carry the active span's trace and span ids, in child loggers too, and none outside a span", async () => {
    const tracer = serviceTracer(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] }),
      "trace-ids-test",
    )!;
    const { logger, lines } = capturedLogger();
    logger.info("before");
    const ids = await tracer.startActiveSpan("request", async (span) => {
      // Past an await, as a resolver's log line is.
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.child({ requestId: "r-1" }).info("inside");
      span.end();
      return span.spanContext();
    });
    logger.info("after");
    expect(lines.map(({ msg, trace_id, span_id }) => ({ msg, trace_id, span_id }))).toEqual([
      { msg: "before", trace_id: undefined, span_id: undefined },
      { msg: "inside", trace_id: ids.traceId, span_id: ids.spanId },
      { msg: "after", trace_id: undefined, span_id: undefined },
    ]);
  });
});
