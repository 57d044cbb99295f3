import type { DocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";

/**
 * useQuery with the portal's reading of results: `data` is the shape asked for, in which any
 * field may be null where the gateway refused it (the `error` then says which, and why).
 * Apollo types partial results as deep-partial objects; the query's own interface is the
 * honest description here, since a refused field is null, not missing.
 */
export function usePortalQuery<TData>(
  query: DocumentNode,
  options: {
    variables?: Record<string, unknown>;
    skip?: boolean;
    fetchPolicy?: "network-only" | "cache-first";
  } = {},
) {
  const result = useQuery(query, options);
  return { ...result, data: result.data as TData | undefined };
}
