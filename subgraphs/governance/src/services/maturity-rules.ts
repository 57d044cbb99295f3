import { MaturityArea } from "../entities/enums.js";

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
