import { badUserInput, DATA_CATEGORIES, DataCategory } from "@partnership/runtime";
import type { GraphQLError } from "graphql";
import { MAX_RETENTION_YEARS, RetentionEvent } from "../entities/index.js";

/** One retention term as stated: a category, a period and the event it runs from. */
export interface RetentionTermValue {
  category: DataCategory;
  years: number;
  months?: number | null;
  after: RetentionEvent;
}

/** A term as stored: the months always stated (0 when none). */
export type StoredRetentionTerm = Omit<RetentionTermValue, "months"> & { months: number };

const { RECORD_CREATED, CONCERN_CLOSED, EMPLOYMENT_ENDED, CONTRACT_ENDED, AGREEMENT_ENDED } = RetentionEvent;

/**
 * The platform's default schedule: what an agreement drawn up without terms keeps, per category.
 * Casework runs from the concern's closure (six years: the limitation period for civil claims, and
 * the review point of police information management); health follows the NHS records code's eight
 * years for adults; supplier signals are refreshed from new casework, so three years from when they
 * were made; contracts six years after they end (Limitation Act 1980); staff details while
 * employed plus a year; aggregate figures ten years, to compare annual reports.
 */
export const DEFAULT_RETENTION: Readonly<Record<DataCategory, Omit<StoredRetentionTerm, "category">>> = {
  [DataCategory.CASE_SUMMARY]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.LOCATION_ADDRESS]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.VICTIM_IDENTITY]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.VICTIM_DEMOGRAPHICS]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.SAFEGUARDING]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.HEALTH]: { years: 8, months: 0, after: CONCERN_CLOSED },
  [DataCategory.POLICE_INTELLIGENCE]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.OFFENDER_IDENTITY]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.ENFORCEMENT]: { years: 6, months: 0, after: CONCERN_CLOSED },
  [DataCategory.SUPPLIER_RISK]: { years: 3, months: 0, after: RECORD_CREATED },
  [DataCategory.COMMERCIAL]: { years: 6, months: 0, after: CONTRACT_ENDED },
  [DataCategory.PERSONNEL]: { years: 1, months: 0, after: EMPLOYMENT_ENDED },
  [DataCategory.STATISTICS]: { years: 10, months: 0, after: RECORD_CREATED },
};

/** Categories whose records belong to a concern, so may run from its closure. */
const CASEWORK: readonly DataCategory[] = [
  DataCategory.CASE_SUMMARY,
  DataCategory.LOCATION_ADDRESS,
  DataCategory.VICTIM_IDENTITY,
  DataCategory.VICTIM_DEMOGRAPHICS,
  DataCategory.SAFEGUARDING,
  DataCategory.HEALTH,
  DataCategory.POLICE_INTELLIGENCE,
  DataCategory.OFFENDER_IDENTITY,
  DataCategory.ENFORCEMENT,
  DataCategory.SUPPLIER_RISK,
];

/**
 * The events a category's period may run from: a term must name an event its records have, or the
 * retention run could never start the clock (a member of staff's details do not close with a concern).
 */
export function eventsFor(category: DataCategory): RetentionEvent[] {
  return [
    RECORD_CREATED,
    ...(CASEWORK.includes(category) ? [CONCERN_CLOSED] : []),
    ...(category === DataCategory.PERSONNEL ? [EMPLOYMENT_ENDED] : []),
    ...(category === DataCategory.COMMERCIAL ? [CONTRACT_ENDED] : []),
    AGREEMENT_ENDED,
  ];
}

/**
 * The first problem with an agreement's stated terms, as BAD_USER_INPUT naming the field under
 * `path` (e.g. `input.retention[2].years`), or null: each term is for a granted category, once,
 * with a period of 0–100 years and 0–11 months from an event its records have, and every granted
 * category has its term.
 */
export function retentionProblem(
  granted: readonly DataCategory[],
  terms: readonly RetentionTermValue[],
  path = "input.retention",
): GraphQLError | null {
  const seen = new Set<DataCategory>();
  for (const [index, term] of terms.entries()) {
    const at = `${path}[${index}]`;
    if (!granted.includes(term.category))
      return badUserInput(
        `${at}.category`,
        `the agreement does not grant ${term.category}: state terms only for the categories it grants`,
      );
    if (seen.has(term.category))
      return badUserInput(`${at}.category`, `${term.category} already has a term; each category has exactly one`);
    seen.add(term.category);
    if (!Number.isInteger(term.years) || term.years < 0 || term.years > MAX_RETENTION_YEARS)
      return badUserInput(`${at}.years`, `must be a whole number of years from 0 to ${MAX_RETENTION_YEARS}`);
    const months = term.months ?? 0;
    if (!Number.isInteger(months) || months < 0 || months > 11)
      return badUserInput(`${at}.months`, "must be from 0 to 11 (state whole years in `years`)");
    if (!eventsFor(term.category).includes(term.after))
      return badUserInput(
        `${at}.after`,
        `${term.category} records have no ${term.after}; their period may run from ${eventsFor(term.category).join(", ")}`,
      );
  }
  const missing = DATA_CATEGORIES.filter((category) => granted.includes(category) && !seen.has(category));
  if (missing.length > 0)
    return badUserInput(
      path,
      `every category the agreement grants needs a retention term; none is stated for ${missing.join(", ")}`,
    );
  return null;
}

/**
 * The terms an agreement is drawn up with: those stated, or, when none are (left out or null), the
 * default schedule for each category it grants. An empty list is a statement of no terms, and refused.
 */
export function termsToStore(
  granted: readonly DataCategory[],
  stated: readonly RetentionTermValue[] | null | undefined,
): StoredRetentionTerm[] {
  if (stated == null)
    return DATA_CATEGORIES.filter((category) => granted.includes(category)).map((category) => ({
      category,
      ...DEFAULT_RETENTION[category],
    }));
  return stated.map(({ category, years, months, after }) => ({ category, years, months: months ?? 0, after }));
}

const EVENT_WORDS: Record<RetentionEvent, string> = {
  RECORD_CREATED: "the record is made",
  CONCERN_CLOSED: "the concern closes",
  EMPLOYMENT_ENDED: "employment ends",
  CONTRACT_ENDED: "the contract ends",
  AGREEMENT_ENDED: "the agreement ends",
};

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** A term in plain words for a published record, e.g. "6 years after the concern closes". */
export function retentionSummary(term: { years: number; months: number; after: RetentionEvent }): string {
  const parts = [
    ...(term.years > 0 ? [plural(term.years, "year")] : []),
    ...(term.months > 0 ? [plural(term.months, "month")] : []),
  ];
  if (parts.length === 0) return `until ${EVENT_WORDS[term.after]}`;
  return `${parts.join(" and ")} after ${EVENT_WORDS[term.after]}`;
}

/** Terms in the order of the DataCategory enum, the order every list of categories is shown in. */
export function inCategoryOrder<T extends { category: DataCategory }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => DATA_CATEGORIES.indexOf(a.category) - DATA_CATEGORIES.indexOf(b.category));
}
