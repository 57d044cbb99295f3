import { graphql } from "../gql";
import type { DataCategory } from "../gql/graphql";
import { usePortalQuery } from "./use-portal-query";

export const GRANTED_CATEGORIES = graphql(`
  query PortalGrantedCategories {
    grantedCategories
  }
`);

/**
 * Whether the caller's agency may write a category: writing needs the grant reading needs, so a
 * form shows a field of another category as restricted rather than as a box refused on save.
 * Everything counts as granted until the answer is in: a slow answer never hides a field.
 */
export function useGranted(): (category: DataCategory) => boolean {
  const { data } = usePortalQuery(GRANTED_CATEGORIES, { fetchPolicy: "cache-first" });
  const granted = data ? new Set(data.grantedCategories) : null;
  return (category) => !granted || granted.has(category);
}
