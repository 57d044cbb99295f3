import type { Request, Response } from "express";

/**
 * How the gateway's own download routes (the audit CSV, the subject access export) ask its
 * GraphQL endpoint: as the caller, with the caller's token and partnership, so a download holds
 * exactly what the same user may read there (roles, scope, validation, rate limits) and nothing more.
 */

/** Headers passed on to the GraphQL request: who asks, and in which partnership (server.ts). */
export const FORWARDED_HEADERS = ["authorization", "x-partnership-id"] as const;

/** A GraphQL error as the gateway answers it. */
export interface OwnGraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface OwnGraphQLAnswer<T> {
  data?: T | null;
  errors?: OwnGraphQLError[];
}

/** The HTTP status a download answers with when GraphQL refused with this code. */
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/** This gateway's GraphQL endpoint, on the address and port the request itself arrived at. */
export function graphqlUrlOf(req: Request): string {
  const address = req.socket.localAddress ?? "127.0.0.1";
  const host = address.includes(":") ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/graphql`;
}

/** The JSON content type and the caller's forwarded headers, for a request to `graphqlUrlOf(req)`. */
export function forwardedHeaders(req: Request): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const name of FORWARDED_HEADERS) {
    const value = req.header(name);
    if (value) headers[name] = value;
  }
  return headers;
}

/** One operation sent to this gateway's GraphQL endpoint as the caller: the HTTP status and the answer. */
export async function askOwnGraphQL<T>(
  req: Request,
  body: { query: string; operationName: string; variables?: Record<string, unknown> },
): Promise<{ status: number; ok: boolean; answer: OwnGraphQLAnswer<T> }> {
  const response = await fetch(graphqlUrlOf(req), {
    method: "POST",
    headers: forwardedHeaders(req),
    body: JSON.stringify(body),
  });
  return { status: response.status, ok: response.ok, answer: (await response.json()) as OwnGraphQLAnswer<T> };
}

/**
 * A refusal in the gateway's own JSON error shape, with the status its code implies (or the
 * GraphQL response's own status when that already is an error). `unreadable` is the message when
 * there is no error to pass on (the endpoint could not be reached, or answered nothing).
 */
export function refuse(res: Response, status: number, errors: OwnGraphQLError[] | undefined, unreadable: string): void {
  const code = errors?.[0]?.extensions?.code;
  res.status(status >= 400 ? status : (STATUS_OF_CODE[code ?? ""] ?? 502)).json({
    errors: errors ?? [{ message: unreadable, extensions: { code: "BAD_GATEWAY" } }],
  });
}
