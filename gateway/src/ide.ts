import { idePolicy } from "./security-headers.js";

let page: Promise<{ html: string; policy: string }> | undefined;

/**
 * GraphiQL with its scripts inlined, so the IDE works on a machine with no internet. Loaded on the
 * first visit only: its inlined bundle costs a gateway about 60 MB of memory, and production
 * never serves it. It comes with its own Content-Security-Policy (its inline script by hash).
 */
export function idePage(): Promise<{ html: string; policy: string }> {
  page ??= import("@graphql-yoga/render-graphiql")
    .then(({ renderGraphiQL }) =>
      renderGraphiQL({
        title: "Partnership graph",
        endpoint: "/graphql",
        defaultQuery:
          "# Welcome. Try:\n{\n  agencies(first: 10) {\n    totalCount\n    nodes { name shortName sector firstResponder }\n  }\n}\n",
      } as Parameters<typeof renderGraphiQL>[0]),
    )
    .then((html) => ({ html, policy: idePolicy(html) }));
  return page;
}
