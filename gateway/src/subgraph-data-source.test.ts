import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { SubgraphErrors } from "./subgraph-data-source.js";

describe("a subgraph's errors as Apollo Gateway maps them", () => {
  it("are re-created with no stack frames captured, and the limit is restored after", () => {
    const before = Error.stackTraceLimit;
    const errors = SubgraphErrors.from([
      { message: "Restricted", stack: "GraphQLError: Restricted (answered by cases)" },
    ]);
    const limits: number[] = [];
    const recreated = errors.map((error) => {
      limits.push(Error.stackTraceLimit);
      return new GraphQLError(error.message, { originalError: error as unknown as Error });
    });
    expect(limits).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
    // graphql-js keeps the subgraph's one line, not the gateway's frames.
    expect(recreated[0]!.stack).toBe("GraphQLError: Restricted (answered by cases)");
    expect(recreated).not.toBeInstanceOf(SubgraphErrors);
  });

  it("restores the limit when a mapping throws", () => {
    const before = Error.stackTraceLimit;
    expect(() =>
      SubgraphErrors.from([1]).map(() => {
        throw new Error("mapping failed");
      }),
    ).toThrow("mapping failed");
    expect(Error.stackTraceLimit).toBe(before);
  });

  it("leaves every other error's stack alone", () => {
    expect(new Error("elsewhere").stack!.split("\n").length).toBeGreaterThan(1);
  });
});
