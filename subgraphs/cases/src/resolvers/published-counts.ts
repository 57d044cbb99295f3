import {
  type BreakdownOptions,
  type DataCategory,
  hasDetailAccess,
  suppressBreakdown,
  type Suppressible,
  SUPPRESSED_KEY,
} from "@partnership/runtime";
import type { CasesContext } from "../context.js";
import type { CountRow } from "../services/case-statistics-service.js";
import type { CountByAgency, CountByKey } from "../types/outputs.js";

type PublishedRow = { key: string | null } & Suppressible;

/**
 * Whether the caller sees exact counts: its agreements grant every category what is counted is
 * classified under (a referral counted by the nationality of the person referred is SAFEGUARDING
 * and VICTIM_DEMOGRAPHICS). Anyone else gets the suppressed, rounded counts.
 */
export function detailAccess(ctx: CasesContext, categories: DataCategory | DataCategory[]): boolean {
  return (Array.isArray(categories) ? categories : [categories]).every((category) =>
    hasDetailAccess(ctx.caller, category),
  );
}

/** A breakdown as the one suppression routine publishes it: withheld rows folded into one whose key is null. */
export function published(rows: CountRow[], detail: boolean, options?: BreakdownOptions): PublishedRow[] {
  return suppressBreakdown(rows, detail, options);
}

/** The folded row of withheld counts keyed SUPPRESSED. */
export const named = (rows: PublishedRow[]): CountByKey[] =>
  rows.map(({ key, ...count }) => ({ key: key ?? SUPPRESSED_KEY, ...count }));

/**
 * Rows keyed by agency id. Each row names its agency by id as well as by reference: the directory
 * resolves the reference, and one it cannot resolve makes that row's `agency` null, never the list.
 */
export const byAgency = (rows: PublishedRow[]): CountByAgency[] =>
  rows.map(({ key, ...count }) => ({ agencyId: key, agency: key === null ? null : { id: key }, ...count }));
