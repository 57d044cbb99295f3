import type { GraphQLErrorEntry } from "./client.js";

/** The code the platform gives a field it leaves out because of the caller's sharing agreements. */
export const FORBIDDEN_BY_SHARING_AGREEMENT = "FORBIDDEN_BY_SHARING_AGREEMENT";

/**
 * A field of a record the platform withheld. The record itself is fine: this one field came back
 * `null` because no sharing agreement lets your agency read it (or your agency does not take part
 * in the record), so show it as withheld, not as empty.
 */
export interface WithheldField {
  /** The field within the record, such as `intelligenceSummary` or `location.postcode`. */
  field: string;
  /** The data category the field needs (`POLICE_INTELLIGENCE`, `LOCATION_ADDRESS`, …). */
  category: string | null;
  /** Why it was withheld: `NO_AGREEMENT` or `NOT_TAKING_PART`. */
  reason: string | null;
  /** The platform's sentence saying so. */
  message: string;
}

/** A response's errors, sorted: sharing refusals by the record they belong to, and the rest. */
export interface SortedErrors {
  /** Withheld fields by the record's position in the list (its index in `edges`). */
  byRecord: Map<number, WithheldField[]>;
  /** Errors that are not sharing refusals: a real failure the caller must not ignore. */
  other: GraphQLErrorEntry[];
}

/**
 * Sorts a list query's errors. `listPath` is where the records are in the response, such as
 * `["concerns", "edges"]`; a refusal's path continues with the record's index, then `node`, then
 * the field (`["concerns", "edges", 3, "node", "location", "postcode"]`).
 */
export function sortErrors(errors: ReadonlyArray<GraphQLErrorEntry>, listPath: ReadonlyArray<string>): SortedErrors {
  const byRecord = new Map<number, WithheldField[]>();
  const other: GraphQLErrorEntry[] = [];
  for (const error of errors) {
    const located = recordOf(error.path ?? [], listPath);
    if (error.extensions?.code !== FORBIDDEN_BY_SHARING_AGREEMENT || !located) {
      other.push(error);
      continue;
    }
    const withheld: WithheldField = {
      field: located.field,
      category: stringOrNull(error.extensions.category),
      reason: stringOrNull(error.extensions.reason),
      message: error.message,
    };
    byRecord.set(located.index, [...(byRecord.get(located.index) ?? []), withheld]);
  }
  return { byRecord, other };
}

function recordOf(
  path: ReadonlyArray<string | number>,
  listPath: ReadonlyArray<string>,
): { index: number; field: string } | null {
  if (!listPath.every((segment, i) => path[i] === segment)) return null;
  const index = path[listPath.length];
  if (typeof index !== "number" || path[listPath.length + 1] !== "node") return null;
  const field = path.slice(listPath.length + 2);
  // A refusal of the whole record (no field named) is not a withheld field.
  if (field.length === 0) return null;
  return { index, field: field.join(".") };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/**
 * Sorts the errors of a query for one record at `recordPath` (such as `["concern"]`): the fields
 * withheld from it, and the errors that are not sharing refusals.
 */
export function withheldIn(
  errors: ReadonlyArray<GraphQLErrorEntry>,
  recordPath: ReadonlyArray<string>,
): { withheld: WithheldField[]; other: GraphQLErrorEntry[] } {
  const withheld: WithheldField[] = [];
  const other: GraphQLErrorEntry[] = [];
  for (const error of errors) {
    const path = error.path ?? [];
    const inRecord = path.length > recordPath.length && recordPath.every((segment, i) => path[i] === segment);
    if (error.extensions?.code !== FORBIDDEN_BY_SHARING_AGREEMENT || !inRecord) {
      other.push(error);
      continue;
    }
    withheld.push({
      field: path.slice(recordPath.length).join("."),
      category: stringOrNull(error.extensions.category),
      reason: stringOrNull(error.extensions.reason),
      message: error.message,
    });
  }
  return { withheld, other };
}
