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

/** Whether any string in a parsed JSON value holds a NUL character (PostgreSQL text cannot). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item, depth + 1));
}

/**
 * Refuses NUL characters anywhere in a request (a variable, or a `\u0000` escape in the document):
 * no text column can store them, so they are refused as bad input before any subgraph sees them.
 */
export function refuseNulCharacters(): RequestHandler {
  return (req, res, next) => {
    const body = (req as { body?: { query?: unknown } }).body;
    const query = typeof body?.query === "string" ? body.query : "";
    if (holdsNul(body) || /\\u0000|\\u\{0+\}/i.test(query) || /%00|\\u0000/i.test(req.url)) {
      res.status(400).json(errorBody("text may not contain the NUL character (\\u0000)", "BAD_USER_INPUT"));
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
