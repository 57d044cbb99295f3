import { CombinedGraphQLErrors } from "@apollo/client";

/** A field someone else changed since the version a write was made to, as the CONFLICT error lists it. */
export interface Clash {
  field: string;
  /** The value now saved; null when empty or withheld. */
  value: unknown;
  /** Why the value is withheld; null when it is shown. */
  restricted: string | null;
  changedBy: string;
  changedByAgency: string;
  version: number;
}

/** A refused versioned write: the version it was made to, the version now saved, and the fields that clash. */
export interface Conflict {
  expected: number;
  actual: number;
  clashes: Clash[];
}

/** The CONFLICT among an operation's errors, if any. */
export function conflictOf(error: unknown): Conflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === "CONFLICT");
  if (!found) return null;
  const extensions = found.extensions as { expectedVersion?: number; actualVersion?: number; fields?: Clash[] };
  return {
    expected: Number(extensions.expectedVersion),
    actual: Number(extensions.actualVersion),
    clashes: Array.isArray(extensions.fields) ? extensions.fields : [],
  };
}
