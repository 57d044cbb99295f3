import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { subgraphConfigSchema } from "../server/run-subgraph.js";
import { readConfig } from "../config.js";
import { otlpTracerProvider } from "./otlp.js";

describe("trace export", () => {
  it("sends a service's spans to the configured collector's /v1/traces, under the service's name, by the time it shuts down", async () => {
    const received: Array<{ path: string | undefined; body: string }> = [];
    const collector = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      received.push({ path: req.url, body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    collector.listen(0, "127.0.0.1");
    await once(collector, "listening");
    try {
      const { port } = collector.address() as AddressInfo;
      const provider = await otlpTracerProvider(`http://127.0.0.1:${port}`, "cases");
      provider.getTracer("otlp-test").startSpan("a request").end();
      await provider.shutdown();
      expect(received).toHaveLength(1);
      expect(received[0]!.path).toBe("/v1/traces");
      expect(received[0]!.body).toContain("partnership-cases");
      expect(received[0]!.body).toContain("a request");
    } finally {
      collector.close();
    }
  });

  it("is configured by OTEL_EXPORTER_OTLP_ENDPOINT, an http(s) URL, and off without it", () => {
    const base = {
      DATABASE_URL: "postgres://db/x",
      CONTEXT_PUBLIC_KEY: JSON.stringify({ kty: "EC", crv: "P-256", x: "x", y: "y" }),
    };
    expect(readConfig(subgraphConfigSchema, base).OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(
      readConfig(subgraphConfigSchema, { ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })
        .OTEL_EXPORTER_OTLP_ENDPOINT,
    ).toBe("http://collector:4318");
    expect(() => readConfig(subgraphConfigSchema, { ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });
});
