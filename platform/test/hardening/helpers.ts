/** A raw answer from the gateway: status, headers and the body, parsed when it is JSON. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> } | null;
}

/** Sends exactly these bytes and headers (no JSON encoding), for requests a normal client would not make. */
export async function send(
  url: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: init.method ?? "POST",
    body: init.body as BodyInit | undefined,
    headers: init.headers,
  });
  const text = await response.text();
  let json: RawAnswer["json"] = null;
  try {
    json = JSON.parse(text) as RawAnswer["json"];
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A JSON POST of one GraphQL operation with a bearer token. */
export function postAs(url: string, token: string | null, payload: unknown, headers: Record<string, string> = {}) {
  return send(url, {
    body: JSON.stringify(payload),
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  });
}

/** Nothing in an answer gives the server's insides away: no stack, SQL, file path or internal address. */
export function leaksNothing(answer: RawAnswer): boolean {
  return !/(\bat \S+ \(|node_modules|\/work\/|\.ts:\d+|SELECT |INSERT |\bFROM\s+"?\w+"?\.|127\.0\.0\.1:\d+|stacktrace|ECONNREFUSED)/i.test(
    answer.text,
  );
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
