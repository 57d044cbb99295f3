import { CombinedGraphQLErrors } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";

/** The GraphQL errors a failed write answered (a transport error has none: OperationError shows it). */
export function serverErrors(error: unknown): ReadonlyArray<GraphQLFormattedError> {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}
