import type { Logger } from "@partnership/runtime/edge";
import type { ErrorRequestHandler, RequestHandler } from "express";

/** The GraphQL-shaped error body every refusal outside GraphQL execution is answered with. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * A POST to `/graphql` must be JSON; anything else is refused with 415 before it is read. Other
 * methods (GET for queries) reach Apollo, which applies CSRF prevention and its own checks.
 */
export function requireJsonPost(): RequestHandler {
  return (req, res, next) => {
    if (req.method === "POST" && !req.is("application/json")) {
      res.status(415).json(errorBody("POST /graphql takes Content-Type: application/json", "UNSUPPORTED_MEDIA_TYPE"));
      return;
    }
    // Apollo's middleware needs a body property even when there is none to parse (GET).
    if (!Object.hasOwn(req, "body")) (req as { body?: unknown }).body = undefined;
    next();
  };
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What PostgreSQL's text cannot hold, and why, or null for text it can. */
function unstorable(text: string): string | null {
  if (text.includes("\u0000")) return "the NUL character (\\u0000)";
  // A UTF-16 surrogate without its other half is not a character: it has no UTF-8 form to store.
  if (LONE_SURROGATE.test(text))
    return "a lone surrogate (\\ud800-\\udfff without its pair), which is not valid Unicode";
  return null;
}

/**
 * Escapes in a GraphQL document that decode to what PostgreSQL cannot store: `\u0000`, `\u{0}`, and
 * a surrogate escape without its pair (`\uD83D\uDE00` is one character; `\uD800` alone is none).
 */
const UNSTORABLE_ESCAPES: Array<[RegExp, string]> = [
  [/\\u0000|\\u\{0+\}/i, "the NUL character (\\u0000)"],
  [
    /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u\{0*[dD][89a-fA-F][0-9a-fA-F]{2}\}/,
    "a lone surrogate (\\ud800-\\udfff without its pair), which is not valid Unicode",
  ],
];

/** The first place in a parsed JSON value (a dotted path) holding text PostgreSQL cannot store, and why. */
function findUnstorable(value: unknown, path: string, depth = 0): { path: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = unstorable(value);
    return reason ? { path, reason } : null;
  }
  if (depth > 64 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const keyReason = unstorable(key);
    // A bad key is named by the object holding it: the key itself cannot be printed faithfully.
    if (keyReason) return { path, reason: keyReason };
    const found = findUnstorable(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A GET request's operation, as Apollo reads it from the URL (JSON that does not parse is Apollo's to refuse). */
function fromUrl(query: Record<string, unknown>): Record<string, unknown> & { query?: unknown } {
  const json = (value: unknown) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  };
  return { ...query, variables: json(query.variables), extensions: json(query.extensions) };
}

/**
 * Refuses, as 400 `BAD_USER_INPUT` naming where (`extensions.field`: `variables.input.name`,
 * `query`, `operationName`), text that no text column can store: the NUL character and lone UTF-16
 * surrogates, whether in a variable, in the document (raw, or as a `\u` escape) or anywhere else in
 * the request, before any subgraph (or PostgreSQL) sees them.
 */
export function refuseUnstorableText(): RequestHandler {
  return (req, res, next) => {
    // A GET carries the operation in the URL, its variables and extensions as JSON text there.
    const body = req.method === "GET" ? fromUrl(req.query) : (req as { body?: { query?: unknown } }).body;
    const query = typeof body?.query === "string" ? body.query : "";
    let found = findUnstorable(body, "");
    if (!found) {
      const escape = UNSTORABLE_ESCAPES.find(([pattern]) => pattern.test(query));
      if (escape) found = { path: "query", reason: escape[1] };
    }
    if (!found && /%00|\\u0000/i.test(req.url)) found = { path: "url", reason: "the NUL character (\\u0000)" };
    if (found) {
      res.status(400).json({
        errors: [
          {
            message: `${found.path}: text may not contain ${found.reason}`,
            extensions: { code: "BAD_USER_INPUT", field: found.path },
          },
        ],
      });
      return;
    }
    next();
  };
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: (limit?: number) => string }> = {
  "entity.too.large": {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: (limit) => `the request body is larger than the limit of ${limit} bytes`,
  },
  "entity.parse.failed": { status: 400, code: "BAD_REQUEST", message: () => "the request body is not valid JSON" },
  "entity.verify.failed": { status: 400, code: "BAD_REQUEST", message: () => "the request body was refused" },
  "request.aborted": { status: 400, code: "BAD_REQUEST", message: () => "the request was aborted" },
  "request.size.invalid": { status: 400, code: "BAD_REQUEST", message: () => "the request body has the wrong length" },
  "charset.unsupported": { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: () => "the charset must be utf-8" },
  "encoding.unsupported": {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: () => "the content encoding is not supported",
  },
};

/**
 * Errors raised before GraphQL runs (body too large, malformed JSON, wrong charset) answered as
 * JSON with a typed code, never as Express's HTML page with a stack trace; anything unexpected is
 * logged and answered as a bare 500.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error.type ? BODY_ERRORS[error.type] : undefined;
    if (known) {
      res.status(known.status).json(errorBody(known.message(error.limit), known.code));
      return;
    }
    if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody("the request was refused", "BAD_REQUEST"));
      return;
    }
    logger.error({ err: error }, "unexpected error handling a request");
    res.status(500).json(errorBody("Internal server error", "INTERNAL_SERVER_ERROR"));
  };
}
