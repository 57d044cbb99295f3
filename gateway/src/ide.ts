import { renderGraphiQL } from "@graphql-yoga/render-graphiql";

let page: string | undefined;

/** GraphiQL with its scripts inlined, so the IDE works on a machine with no internet. */
export function idePage(): string {
  page ??= renderGraphiQL({
    title: "Partnership graph",
    endpoint: "/graphql",
    defaultQuery:
      "# Welcome. Try:\n{\n  agencies(first: 10) {\n    totalCount\n    nodes { name shortName sector firstResponder }\n  }\n}\n",
  } as Parameters<typeof renderGraphiQL>[0]);
  return page;
}
