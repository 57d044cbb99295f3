import { GraphQLError } from "graphql";

/** The typed error codes every service answers with; clients switch on `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  FORBIDDEN_BY_SHARING_AGREEMENT: "FORBIDDEN_BY_SHARING_AGREEMENT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  CONFLICT: "CONFLICT",
  /** A service the answer depends on is down; try again shortly. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The caller sent more requests than their rate limit allows; `Retry-After` says when to try again. */
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Runs `make` with no stack frames captured by the errors it creates, and restores the limit after.
 * For errors that are answers, not faults (a refusal, a subgraph's error re-created by the gateway):
 * their frames say nothing, and capturing and formatting them cost more than the errors themselves.
 * Every other error in the process keeps its stack.
 */
export function withoutStackFrames<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Invalid input; `field` is the path of the offending input field, e.g. `input.endDate`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, id },
  });
}

/** Refused to this caller; `field` names the input that crossed a boundary (e.g. a non-member agency). */
export function forbidden(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, ...(field ? { field } : {}) } });
}

/**
 * One field a versioned write sends that someone else changed since the version it was made to:
 * the value now stored (withheld, with `restricted` saying why, when the caller may not read it),
 * who changed it and in which version.
 */
export interface ConflictingField {
  /** The field as the API (and the record's history) names it, e.g. `crimeReference`. */
  field: string;
  message: string;
  value: unknown;
  restricted: string | null;
  changedBy: string;
  changedByAgency: string;
  version: number;
}

/**
 * A write carried a version older than the stored one and someone else changed the record first:
 * `fields` lists each field of the write that was changed since (empty when the whole write is
 * refused, e.g. for a version not yet written).
 */
export function conflict(
  entity: string,
  id: string,
  expected: number,
  actual: number,
  fields: ConflictingField[] = [],
): GraphQLError {
  const which = fields.length > 0 ? `${fields.map((f) => f.field).join(", ")} changed since` : "changed since";
  return new GraphQLError(
    `${entity} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${actual}; ${which}); reload and apply your change again`,
    {
      extensions: { code: ErrorCode.CONFLICT, entity, id, expectedVersion: expected, actualVersion: actual, fields },
    },
  );
}
