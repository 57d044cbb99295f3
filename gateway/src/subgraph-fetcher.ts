import { Agent, request } from "undici";

/**
 * How the gateway reaches its subgraphs: undici's request API on one keep-alive pool per subgraph,
 * answering with a standard Response for Apollo's data source. Node's built-in fetch streams every
 * body through WHATWG streams; for a gateway that relays small JSON bodies all day, the plain
 * request API costs the gateway less CPU per subgraph fetch (measured with `npm run bench`).
 */
export function subgraphFetcher(timeoutMs: number) {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 256 });
  return async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
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
}
