import { SpanKind, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import { injectTraceContext } from "@partnership/runtime/edge";
import { Agent, request } from "undici";

interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * How the gateway reaches its subgraphs: undici's request API on one keep-alive pool per subgraph,
 * answering with a standard Response for Apollo's data source. Node's built-in fetch streams every
 * body through WHATWG streams; for a gateway that relays small JSON bodies all day, the plain
 * request API costs the gateway less CPU per subgraph fetch (measured with `npm run bench`).
 *
 * With a tracer, each fetch is a CLIENT span named for its subgraph, and its W3C `traceparent`
 * header carries that span to the subgraph, whose request span becomes its child.
 */
export function subgraphFetcher(timeoutMs: number, tracer?: Tracer) {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 256 });
  const send = async (url: string, init: FetchInit) => {
    const response = await request(url, {
      method: (init.method ?? "POST") as "POST",
      headers: init.headers,
      body: init.body,
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.body.text();
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    return new Response(body, { status: response.statusCode, headers });
  };
  /** The fetch function of one subgraph's data source. */
  return (service: string) => {
    if (!tracer) return send;
    return (url: string, init: FetchInit) =>
      tracer.startActiveSpan(
        `POST ${service}`,
        { kind: SpanKind.CLIENT, attributes: { "http.request.method": "POST", "partnership.subgraph": service } },
        async (span) => {
          try {
            const headers = { ...init.headers };
            injectTraceContext(headers);
            const response = await send(url, { ...init, headers });
            span.setAttribute("http.response.status_code", response.status);
            if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
            return response;
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
            throw error;
          } finally {
            span.end();
          }
        },
      );
  };
}
