import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";

/** A plain sentence for an error that is not a field restriction (those show in place). */
export function describeError(error: GraphQLFormattedError): string {
  const field = error.extensions?.field;
  return typeof field === "string" ? `${error.message} (${field})` : error.message;
}

/** The errors of a failed operation as a list the user can read, e.g. BAD_USER_INPUT naming the field. */
export function ErrorList({ errors }: { errors: ReadonlyArray<GraphQLFormattedError> }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error">
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{describeError(error)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The non-restriction errors of an operation's error, or a transport error's message. */
export function OperationError({ error }: { error: unknown }) {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const others = error.errors.filter((e) => e.extensions?.code !== "FORBIDDEN_BY_SHARING_AGREEMENT");
    return <ErrorList errors={others} />;
  }
  const message = ServerError.is(error) ? `The gateway answered ${error.statusCode}` : (error as Error).message;
  return (
    <div role="alert" className="error">
      {message}
    </div>
  );
}
