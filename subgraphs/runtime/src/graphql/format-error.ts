import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";

const TYPED_CODES = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);
const GRAPHQL_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** PostgreSQL's connection-exception class (08) and the shutdown / starting-up codes (57P0x). */
const DATABASE_DOWN_SQLSTATES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03"]);
const DATABASE_DOWN_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
/**
 * TypeORM's errors when a transaction's connection died under it: pg releases the client on a
 * connection error, and the COMMIT or ROLLBACK that follows finds no connection. Nothing was
 * committed, so the request can be tried again once the database is back.
 */
const CONNECTION_LOST_ERRORS = new Set(["QueryRunnerAlreadyReleasedError", "TransactionNotStartedError"]);
const DATABASE_DOWN_MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error",
  "Connection is not established",
];

/** An error and the errors it wraps (a driver's, a resolver's original, a cause), each once. */
function* causes(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    yield current;
    const next = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
}

/**
 * Whether an error says the database could not be reached (down, restarting, connection lost),
 * rather than that a statement failed: such a request can succeed once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const current of causes(error)) {
    const { code, message, name, errors } = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string" && (DATABASE_DOWN_SQLSTATES.has(code) || DATABASE_DOWN_ERRNOS.has(code))) return true;
    if (typeof message === "string" && DATABASE_DOWN_MESSAGES.some((text) => message.includes(text))) return true;
    if (typeof name === "string" && CONNECTION_LOST_ERRORS.has(name)) return true;
    // Node's happy-eyeballs connect gives an AggregateError whose parts carry the codes.
    if (Array.isArray(errors) && errors.some((part) => isDatabaseUnavailable(part))) return true;
  }
  return false;
}

/**
 * pg-pool's answer when every connection of a full pool stayed in use for the whole wait
 * (`connectionTimeoutMillis`): the database answers, this service has more work than connections.
 * (A new connection that does not open in time fails as "Connection terminated due to connection
 * timeout", an outage.)
 */
const POOL_WAIT_EXPIRED = "timeout exceeded when trying to connect";

/** How long a client is asked to wait before trying a busy service again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** Whether an error says the service's connection pool stayed full for the whole wait (busy, not down). */
export function isServiceBusy(error: unknown): boolean {
  for (const { message } of causes(error) as Iterable<{ message?: unknown }>)
    if (typeof message === "string" && message.includes(POOL_WAIT_EXPIRED)) return true;
  return false;
}

/**
 * graphql-js's "Did you mean …?" suggestions (field, argument, type, enum value and input field
 * names, in validation and in variable coercion alike): the whole sentence with the space before
 * it, so nothing dangles (a mask that kept the " ?" did).
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** The message without schema suggestions, for production answers. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, "").trim();
}

/**
 * In production, suggestions are removed from every message first (they name the schema's
 * fields to someone who may not know them). Then typed errors pass through as they are; a service
 * whose connections are all in use is answered as `SERVICE_UNAVAILABLE` with reason `BUSY` and a
 * time to wait; a database that cannot be reached, as `SERVICE_UNAVAILABLE` with reason
 * `DATABASE_UNAVAILABLE` (try again shortly); anything else is a fault: logged in full, and in
 * production answered with a bare message so no stack trace, SQL or host name leaves the server.
 */
export function formatErrorFor(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (production && formatted.message.includes("Did you mean"))
      formatted = { ...formatted, message: withoutSuggestions(formatted.message) };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && (TYPED_CODES.has(code) || GRAPHQL_CODES.has(code))) return formatted;
    const cause = unwrapResolverError(error);
    if (isServiceBusy(cause)) {
      logger.warn({ path: formatted.path }, "busy: no database connection free within the wait");
      return {
        message: `This service is busy; try again in ${BUSY_RETRY_AFTER_SECONDS} seconds`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          reason: "BUSY",
          retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
        },
      };
    }
    if (isDatabaseUnavailable(cause)) {
      logger.warn({ err: cause, path: formatted.path }, "database unavailable");
      return {
        message: "The database is unavailable right now; try again shortly",
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: "DATABASE_UNAVAILABLE" },
      };
    }
    logger.error({ err: cause, path: formatted.path }, "unexpected error");
    if (!production) return formatted;
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
