import type { DocumentNode, OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";

/** The reading options the portal's pages use. */
export interface PortalQueryOptions<TVariables extends OperationVariables> {
  variables?: TVariables;
  skip?: boolean;
  fetchPolicy?: "network-only" | "cache-first";
}

/**
 * useQuery with the portal's reading of results: `data` is the shape asked for, in which any
 * field may be null where the gateway refused it (the `error` then says which, and why).
 * Apollo types partial results as deep-partial objects; the operation's generated type is the
 * honest description here, since a refused field is null, not missing.
 *
 * Documents come from the generated `graphql()` (src/gql), so `data` and `variables` take the
 * operation's generated types.
 */
export function usePortalQuery<TData, TVariables extends OperationVariables = OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  options: PortalQueryOptions<TVariables> = {},
) {
  // The variables' type is checked at this function's boundary; Apollo's own overloads cannot
  // follow a generic one through.
  const result = useQuery(query as DocumentNode, options as PortalQueryOptions<OperationVariables>);
  return { ...result, data: result.data as TData | undefined };
}
