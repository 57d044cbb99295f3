import { CombinedGraphQLErrors } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
// With its extension: the tests compile this module under node16 resolution as well.
import { daysInWords } from "./format.js";

/**
 * A form's fields by the path the server names them with, without the argument (`input.`) and
 * with every list index written `#`: "attendees.#.email". `{n}` in a label is the item's number
 * counted from 1, as the person counts ("Delegate 8: Email"); `{i}` in an id is its index.
 */
export type FieldTable = Record<string, { id: string; label: string }>;

/** One problem with what the person entered, in their words, and where to fix it. */
export interface FieldProblem {
  /** The element to focus and describe; none when the form has no field for the path. */
  id: string | null;
  label: string;
  message: string;
}

/** "input.attendees[7].email" → ["attendees", 7, "email"]: the argument dropped, indexes as numbers. */
export function pathOf(field: string): Array<string | number> {
  const segments = field
    .split(/[.[\]]/)
    .filter((segment) => segment !== "")
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return segments.length > 1 && typeof segments[1] === "string" ? segments.slice(1) : segments;
}

function fill(template: string, index: number | undefined): string {
  if (index === undefined) return template;
  return template.replaceAll("{n}", String(index + 1)).replaceAll("{i}", String(index));
}

/** "businessName" → "Business name": for a path no table names, still a word and not code. */
function words(name: string): string {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The server's message without the field path it starts with (`input.location.postcode: …`) or
 * the property name class-validator starts with (`ward must be longer…`), as a sentence.
 */
export function messageOf(message: string, field: string | undefined, property: string | undefined): string {
  let text = message;
  if (field && text.startsWith(`${field}: `)) text = text.slice(field.length + 2);
  if (property && text.startsWith(`${property} `)) text = text.slice(property.length + 1);
  text = daysInWords(text.trim());
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a server path lands in this form, and what the person calls it. */
export function fieldFor(field: string, table: FieldTable): { id: string | null; label: string; property?: string } {
  const path = pathOf(field);
  const key = path.map((segment) => (typeof segment === "number" ? "#" : segment)).join(".");
  const index = [...path].reverse().find((segment): segment is number => typeof segment === "number");
  const property = [...path].reverse().find((segment): segment is string => typeof segment === "string");
  const known = table[key];
  if (known) return { id: fill(known.id, index), label: fill(known.label, index), property };
  // "attendees[7].email" → "Attendees 8: Email": an item numbered with its list's name.
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === "number" && parts.length > 0) parts[parts.length - 1] += ` ${segment + 1}`;
    else parts.push(typeof segment === "number" ? String(segment + 1) : words(segment));
  }
  return { id: null, label: parts.join(": "), property };
}

/**
 * Splits an operation's error into the problems with what was entered (every BAD_USER_INPUT
 * field the server listed, each where the form shows it) and everything else, shown as it is.
 */
export function problemsFrom(
  error: unknown,
  table: FieldTable,
): { problems: FieldProblem[]; others: GraphQLFormattedError[] } {
  const problems: FieldProblem[] = [];
  const others: GraphQLFormattedError[] = [];
  if (!CombinedGraphQLErrors.is(error)) return { problems, others };
  for (const graphqlError of error.errors) {
    const extensions = graphqlError.extensions ?? {};
    if (extensions.code !== "BAD_USER_INPUT" || typeof extensions.field !== "string") {
      others.push(graphqlError);
      continue;
    }
    const listed = Array.isArray(extensions.fields)
      ? (extensions.fields as Array<{ field: string; message: string }>)
      : [{ field: extensions.field, message: graphqlError.message }];
    for (const { field, message } of listed) {
      const { id, label, property } = fieldFor(field, table);
      problems.push({ id, label, message: messageOf(message, field, property) });
    }
  }
  return { problems, others };
}
