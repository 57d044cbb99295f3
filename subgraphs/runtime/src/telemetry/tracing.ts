import type { IncomingHttpHeaders } from "node:http";
import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import type { RequestHandler } from "express";

/**
 * The services' trace context crosses HTTP as W3C `traceparent`/`tracestate` headers. The
 * propagator is used directly, never the global one: another library in the process may have
 * registered its own.
 */
const propagator = new W3CTraceContextPropagator();

let asyncContext = false;

/**
 * Spans follow a request through promises and timers only with the AsyncLocalStorage context
 * manager. It is process-wide (every service of `npm start` and every test share it) and harmless
 * to share: a context holds the spans of whichever service set them. Registered on the first
 * tracer asked for, so a process that traces nothing never pays for it.
 */
function useAsyncContext(): void {
  if (asyncContext) return;
  const manager = new AsyncLocalStorageContextManager().enable();
  // Refused (false) when something registered one first: theirs carries our spans as well.
  if (!context.setGlobalContextManager(manager)) manager.disable();
  asyncContext = true;
}

/**
 * The tracer a service records its spans with, from the provider it was given; none when it was
 * given none (tracing off: no span, no context manager, nothing on the request path).
 */
export function serviceTracer(provider: TracerProvider | undefined, service: string): Tracer | undefined {
  if (!provider) return undefined;
  useAsyncContext();
  return provider.getTracer(`partnership.${service}`);
}

/** Adds the active trace's `traceparent` (and `tracestate`) to an outgoing request's headers. */
export function injectTraceContext(headers: Record<string, string>): void {
  propagator.inject(context.active(), headers, defaultTextMapSetter);
}

/**
 * Opens a SERVER span for each request and makes it the active one for everything the handlers
 * after it do, ending it when the response closes. With `acceptIncoming`, a `traceparent` header
 * makes the span a child of the caller's (a subgraph, whose caller is the gateway); the gateway
 * starts every trace itself, so no client can join or steer its traces. Mount it after the body
 * parser: a parser's stream callbacks run outside the request's async context.
 */
export function serverSpans(tracer: Tracer, acceptIncoming: boolean): RequestHandler {
  return (req, res, next) => {
    const parent = acceptIncoming
      ? propagator.extract(ROOT_CONTEXT, req.headers as IncomingHttpHeaders, defaultTextMapGetter)
      : ROOT_CONTEXT;
    const path = req.originalUrl.split("?")[0] ?? "";
    const span = tracer.startSpan(
      `${req.method} ${path}`,
      { kind: SpanKind.SERVER, attributes: { "http.request.method": req.method, "url.path": path } },
      parent,
    );
    res.once("close", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Sets attributes on the active span, if a request is being traced. */
export function annotateActiveSpan(attributes: Record<string, string | number | boolean>): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}
