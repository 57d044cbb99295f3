import type { TracerProvider } from "@opentelemetry/api";

/** A tracer provider its builder must shut down: that flushes the spans not yet sent. */
export interface ExportingTracerProvider extends TracerProvider {
  shutdown(): Promise<void>;
}

/**
 * A provider exporting every span of one service over OTLP/HTTP to `endpoint` (the collector's
 * base URL, as OTEL_EXPORTER_OTLP_ENDPOINT is: traces go to its /v1/traces), in batches. Built only
 * when the operator configured an endpoint, and only then are the SDK and exporter loaded.
 */
export async function otlpTracerProvider(endpoint: string, service: string): Promise<ExportingTracerProvider> {
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, { BasicTracerProvider, BatchSpanProcessor }] =
    await Promise.all([
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
      import("@opentelemetry/sdk-trace-base"),
    ]);
  const url = new URL("v1/traces", endpoint.endsWith("/") ? endpoint : `${endpoint}/`).href;
  return new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": `partnership-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
}
