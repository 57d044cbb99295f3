import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { decodeJwt } from "jose";
import { of } from "rxjs";
import { liveToken, TOKEN_REFUSED_EVENT } from "./live-token";

/** The header a request names the partnership it acts in with. */
export const PARTNERSHIP_HEADER = "x-partnership-id";

/** The name the portal's requests carry (apollographql-client-name): the gateway holds them to its trusted documents. */
export const PORTAL_CLIENT_NAME = "partnership-portal";

/** What a page shows when the gateway refused the token, in place of the token library's words. */
export const SIGN_IN_ENDED =
  "Your sign-in has ended, so this was not done. Sign in again and carry on: what you entered is kept.";

/** The user a token names, so the client follows a new token of the same user only. */
function subjectOf(token: string): string {
  try {
    return decodeJwt(token).sub ?? "";
  } catch {
    return "";
  }
}

/**
 * A refused token (expired, revoked) answers in words, and the session is told, which asks to sign
 * in again over the page. The gateway answers 401 with its verifier's reason, which is for logs.
 */
const refusedToken = new ErrorLink(({ error }) => {
  const refused =
    (ServerError.is(error) && error.statusCode === 401) ||
    (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED"));
  if (!refused) return;
  window.dispatchEvent(new Event(TOKEN_REFUSED_EVENT));
  return of({ errors: [{ message: SIGN_IN_ENDED, extensions: { code: "UNAUTHENTICATED" } }] });
});

/**
 * One client per signed-in user, so signing out drops everything the last user could see.
 * `errorPolicy: "all"` keeps the data next to the per-field refusals, and `network-only` reads
 * because a cached answer would lose the errors that say which fields are restricted.
 */
export function createClient(token: string, partnershipId: string): ApolloClient {
  const userId = subjectOf(token);
  return new ApolloClient({
    // Every request acts in the partnership the user chose (or the only one they can act in).
    link: ApolloLink.from([
      refusedToken,
      // The token is read per request: signing in again as the same user keeps this client and its pages.
      new SetContextLink((previous) => ({
        headers: { ...previous.headers, authorization: `Bearer ${liveToken(userId, token)}` },
      })),
      new HttpLink({ uri: "/graphql", headers: { [PARTNERSHIP_HEADER]: partnershipId } }),
    ]),
    cache: new InMemoryCache(),
    clientAwareness: { name: PORTAL_CLIENT_NAME },
    defaultOptions: {
      watchQuery: { fetchPolicy: "network-only", errorPolicy: "all" },
      query: { fetchPolicy: "network-only", errorPolicy: "all" },
      mutate: { errorPolicy: "all" },
    },
  });
}

// Tells Apollo's types that every operation defaults to errorPolicy "all", as createClient sets.
// Apollo declares these defaults as namespaced interfaces, so augmenting them needs namespaces.
/* eslint-disable @typescript-eslint/no-namespace */
declare module "@apollo/client" {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: "all";
      }
      interface Query {
        errorPolicy: "all";
      }
      interface Mutate {
        errorPolicy: "all";
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */
