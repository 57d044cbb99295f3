import { LEVEL_ORDER, MaturityArea, type MaturityLevel } from "../entities/index.js";

/** One area across assessments: its ratings and levels oldest first, the latest level and the latest change. */
export interface AreaComparison<R> {
  area: MaturityArea;
  levels: MaturityLevel[];
  ratings: R[];
  change: number;
  latest: MaturityLevel | null;
}

/** Levels gained (positive) or lost (negative) going from one level to another. */
export function levelChange(before: MaturityLevel, after: MaturityLevel): number {
  return LEVEL_ORDER.indexOf(after) - LEVEL_ORDER.indexOf(before);
}

/**
 * Each of the five areas across assessments: `ratings` come oldest assessment first; an area's
 * change is between its last two ratings (0 with fewer than two).
 */
export function compareAreas<R extends { area: MaturityArea; level: MaturityLevel }>(
  ratings: readonly R[],
): Array<AreaComparison<R>> {
  return Object.values(MaturityArea).map((area) => {
    const ofArea = ratings.filter((rating) => rating.area === area);
    const levels = ofArea.map((rating) => rating.level);
    const [before, latest] = levels.slice(-2);
    return {
      area,
      levels,
      ratings: ofArea,
      change: before !== undefined && latest !== undefined ? levelChange(before, latest) : 0,
      latest: levels.at(-1) ?? null,
    };
  });
}

/**
 * Why an assessment's ratings will not do, as the index of the offending rating and a message;
 * null when they rate each of the five areas exactly once.
 */
export function ratingsProblem(
  ratings: ReadonlyArray<{ area: MaturityArea }>,
): { index: number; message: string } | null {
  const seen = new Set<MaturityArea>();
  for (const [index, rating] of ratings.entries()) {
    if (seen.has(rating.area)) return { index, message: `${rating.area} is rated twice` };
    seen.add(rating.area);
  }
  const missing = Object.values(MaturityArea).filter((area) => !seen.has(area));
  if (missing.length > 0) return { index: ratings.length - 1, message: `${missing.join(", ")} not rated` };
  return null;
}
