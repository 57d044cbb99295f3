import { describe, expect, it } from "vitest";
import { withSubgraphUrls } from "./hive-gateway.js";

describe("withSubgraphUrls", () => {
  const sdl = `enum join__Graph {
  CASES @join__graph(name: "cases", url: "http://cases:4001/graphql")
  GOVERNANCE @join__graph(name: "governance", url: "http://governance:4001/graphql")
}`;

  it("points each subgraph named in the run at its URL and leaves the others as they were", () => {
    const pointed = withSubgraphUrls(sdl, { cases: "http://127.0.0.1:41001/graphql" });
    expect(pointed).toContain('CASES @join__graph(name: "cases", url: "http://127.0.0.1:41001/graphql")');
    expect(pointed).toContain('GOVERNANCE @join__graph(name: "governance", url: "http://governance:4001/graphql")');
  });
});
