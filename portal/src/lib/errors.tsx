import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { useEffect } from "react";
import { fieldFor, messageOf } from "./form-errors";
import { daysInWords } from "./format";
import { useGrantingAgreements } from "./granting-agreements";
import { type NamedAgreement, restrictionText } from "./restriction-map";
import { useSession } from "./session";

/**
 * A plain sentence for an error: a refused write says in words what is withheld and who to ask,
 * and a problem with a field names the field as a person would, not by its path.
 */
export function describeError(
  error: GraphQLFormattedError,
  granting: (category: string) => readonly NamedAgreement[] | null = () => null,
): string {
  const extensions = error.extensions ?? {};
  if (extensions.code === "FORBIDDEN_BY_SHARING_AGREEMENT" && typeof extensions.category === "string")
    return restrictionText(
      extensions.category,
      typeof extensions.reason === "string" ? extensions.reason : undefined,
      granting(extensions.category),
    );
  const field = extensions.field;
  if (typeof field !== "string") return daysInWords(error.message);
  const { label, property } = fieldFor(field, {});
  return `${label}: ${messageOf(error.message, field, property)}`;
}

/** The errors of a failed operation as a list the user can read, e.g. BAD_USER_INPUT naming the field. */
export function ErrorList({ errors }: { errors: ReadonlyArray<GraphQLFormattedError> }) {
  const granting = useGrantingAgreements();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error">
      <ul>
        {errors.map((error, index) => (
          <li key={index}>{describeError(error, granting)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The non-restriction errors of an operation's error, or a transport error's message. */
export function OperationError({ error }: { error: unknown }) {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    if (error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return <SignInAgain />;
    const others = error.errors.filter((e) => e.extensions?.code !== "FORBIDDEN_BY_SHARING_AGREEMENT");
    return <ErrorList errors={others} />;
  }
  if (ServerError.is(error) && error.statusCode === 401) return <SignInAgain />;
  const message = ServerError.is(error) ? `The gateway answered ${error.statusCode}` : (error as Error).message;
  return (
    <div role="alert" className="error">
      {message}
    </div>
  );
}

/**
 * A token that has expired (demo tokens last 12 hours) or was revoked: the session asks to sign in
 * again over the page, which stays as it is, so nothing typed is lost.
 */
export function SignInAgain() {
  const { refused } = useSession();
  useEffect(refused, [refused]);
  return (
    <div role="alert" className="error">
      Your sign-in has ended, so this was not done. Sign in again and carry on: what you entered is kept.
    </div>
  );
}
