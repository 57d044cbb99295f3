let page: Promise<string> | undefined;

/**
 * GraphiQL with its scripts inlined, so the IDE works on a machine with no internet. Loaded on the
 * first visit only: its inlined bundle costs a gateway about 60 MB of memory, and production
 * never serves it.
 */
export function idePage(): Promise<string> {
  page ??= import("@graphql-yoga/render-graphiql").then(({ renderGraphiQL }) =>
    renderGraphiQL({
      title: "Partnership graph",
      endpoint: "/graphql",
      defaultQuery:
        "# Welcome. Try:\n{\n  agencies(first: 10) {\n    totalCount\n    nodes { name shortName sector firstResponder }\n  }\n}\n",
    } as Parameters<typeof renderGraphiQL>[0]),
  );
  return page;
}
