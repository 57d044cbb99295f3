import type { DataCategory } from "../data-category.js";
import type { Caller } from "../security/caller.js";

/** Counts from 1 to 4 could identify people; they are withheld from callers without detail access. */
export const SMALL_COUNT = { min: 1, max: 4 } as const;

export interface Suppressible {
  count: number | null;
  suppressed: boolean;
}

/** Whether the caller's agreements grant the category the counted records are classified under. */
export function hasDetailAccess(caller: Caller, category: DataCategory): boolean {
  return Boolean(caller.grants[category]);
}

/**
 * The one suppression routine every count that leaves the platform goes through. A network's
 * figures pass `detailAccess: false`: no one has detail access to a network's records.
 */
export function suppress(count: number, detailAccess: boolean): Suppressible {
  const small = count >= SMALL_COUNT.min && count <= SMALL_COUNT.max;
  return small && !detailAccess ? { count: null, suppressed: true } : { count, suppressed: false };
}
