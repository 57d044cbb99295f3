import { describe, expect, it } from "vitest";
import { GatewayMetrics } from "./metrics.js";

describe("gateway metrics", () => {
  it("gives only the first client names a label of their own: a client inventing names cannot grow the series", async () => {
    const metrics = new GatewayMetrics(2);
    const plugin = metrics.plugin({ info: () => {} } as never);
    const answer = async (client: { name: string; version: string | null } | null) => {
      const listener = await plugin.requestDidStart!({} as never);
      await listener!.willSendResponse!({
        contextValue: { requestId: "r", caller: { client } },
        operation: { operation: "query" },
        operationName: null,
        errors: undefined,
      } as never);
    };
    for (const name of ["a", "b", "c", "d", "a"]) await answer({ name, version: "1" });
    await answer(null);
    const text = await metrics.registry.metrics();
    const series = text.split("\n").filter((line) => line.startsWith("gateway_graphql_requests_total{"));
    expect(series.sort()).toEqual([
      'gateway_graphql_requests_total{client_name="a",client_version="1",operation_type="query",outcome="ok"} 2',
      'gateway_graphql_requests_total{client_name="b",client_version="1",operation_type="query",outcome="ok"} 1',
      'gateway_graphql_requests_total{client_name="none",client_version="none",operation_type="query",outcome="ok"} 1',
      'gateway_graphql_requests_total{client_name="other",client_version="other",operation_type="query",outcome="ok"} 2',
    ]);
  });
});
