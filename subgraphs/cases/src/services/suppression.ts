import type { Caller, DataCategory } from "@partnership/runtime";

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

export function suppress(count: number, detailAccess: boolean): Suppressible {
  const small = count >= SMALL_COUNT.min && count <= SMALL_COUNT.max;
  return small && !detailAccess ? { count: null, suppressed: true } : { count, suppressed: false };
}
