import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The header a request names the partnership it acts in with. */
export const PARTNERSHIP_HEADER = "x-partnership-id";

/** The name the portal's requests carry (apollographql-client-name): the gateway holds them to its trusted documents. */
export const PORTAL_CLIENT_NAME = "partnership-portal";

/**
 * One client per signed-in user, so signing out drops everything the last user could see.
 * `errorPolicy: "all"` keeps the data next to the per-field refusals, and `network-only` reads
 * because a cached answer would lose the errors that say which fields are restricted.
 */
export function createClient(token: string, partnershipId: string): ApolloClient {
  return new ApolloClient({
    // Every request acts in the partnership the user chose (or the only one they can act in).
    link: new HttpLink({
      uri: "/graphql",
      headers: { authorization: `Bearer ${token}`, [PARTNERSHIP_HEADER]: partnershipId },
    }),
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
