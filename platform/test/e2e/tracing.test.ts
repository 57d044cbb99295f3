import { SpanKind } from "@opentelemetry/api";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualReportQuery } from "../../../bench/src/annual-report.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";

const exporter = new InMemorySpanExporter();

/** The scope each service's tracer records under (runtime's serviceTracer). */
const scopeOf = (span: ReadableSpan) => span.instrumentationScope.name.replace(/^partnership\./, "");
const spanId = (span: ReadableSpan) => span.spanContext().spanId;
const traceId = (span: ReadableSpan) => span.spanContext().traceId;

/** A span's chain of parents among the recorded spans, nearest first. */
function ancestors(span: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const chain: ReadableSpan[] = [];
  for (let at = span.parentSpanContext; at;) {
    const parent = spans.find((candidate) => spanId(candidate) === at!.spanId);
    if (!parent) break;
    chain.push(parent);
    at = parent.parentSpanContext;
  }
  return chain;
}

/**
 * One annual report, traced across the services: the gateway's request, its fetch to each subgraph
 * the query plan calls, each subgraph's request as the child of that fetch (through the W3C
 * traceparent header on the wire) and the SQL each subgraph sent for it, all in one trace.
 */
describe("tracing the annual report", () => {
  let t: TestPlatform;
  let spans: ReadableSpan[];
  beforeAll(async () => {
    t = await startTestPlatform({
      tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    });
    const coordinator = await t.as("SMBC", Role.COORDINATOR);
    exporter.reset();
    const answer = await coordinator.query(annualReportQuery(), {
      id: demoPartnershipId("SANDWELL"),
      from: "2019-04-01",
      to: "2020-03-31",
    });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    // The gateway's span ends when its response has closed, a moment after the client read it.
    const isGatewayRequest = (span: ReadableSpan) => scopeOf(span) === "gateway" && span.kind === SpanKind.SERVER;
    for (let tries = 0; tries < 100 && !exporter.getFinishedSpans().some(isGatewayRequest); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    spans = exporter.getFinishedSpans();
  });
  afterAll(async () => t?.stop());

  const gatewayRequest = () => spans.find((span) => scopeOf(span) === "gateway" && span.kind === SpanKind.SERVER)!;
  const fetches = () => spans.filter((span) => scopeOf(span) === "gateway" && span.kind === SpanKind.CLIENT);

  it("is one trace, with the gateway's request at its root, named for the operation and its request id", () => {
    const root = gatewayRequest();
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.attributes["graphql.operation.name"]).toBe("AnnualReport");
    expect(root.attributes["partnership.request_id"]).toEqual(expect.any(String));
    expect(new Set(spans.map(traceId))).toEqual(new Set([traceId(root)]));
  });

  it("has a fetch span for every subgraph the plan calls, under the gateway's request", () => {
    const fetched = new Set(fetches().map((span) => span.attributes["partnership.subgraph"]));
    expect(fetched).toEqual(new Set(t.platform.subgraphs.map((service) => service.name)));
    for (const fetch of fetches()) expect(ancestors(fetch, spans)).toContain(gatewayRequest());
  });

  it("has each subgraph's request as the child of the gateway's fetch to it, with the same request id", () => {
    for (const fetch of fetches()) {
      const service = fetch.attributes["partnership.subgraph"] as string;
      const requests = spans.filter((span) => span.parentSpanContext?.spanId === spanId(fetch));
      expect(requests, service).toHaveLength(1);
      expect(scopeOf(requests[0]!)).toBe(service);
      expect(requests[0]!.kind).toBe(SpanKind.SERVER);
      expect(requests[0]!.attributes["partnership.request_id"]).toBe(
        gatewayRequest().attributes["partnership.request_id"],
      );
    }
  });

  it("has SQL spans under every subgraph's request, with the statement's text and no parameter values", () => {
    for (const fetch of fetches()) {
      const service = fetch.attributes["partnership.subgraph"] as string;
      const statements = spans.filter(
        (span) => scopeOf(span) === service && span.kind === SpanKind.CLIENT && ancestors(span, spans).includes(fetch),
      );
      expect(statements.length, service).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.attributes["db.system.name"]).toBe("postgresql");
        expect(statement.attributes["db.query.text"]).toEqual(expect.stringMatching(/\S/));
        expect(Object.keys(statement.attributes).some((key) => /param/i.test(key))).toBe(false);
      }
    }
    const texts = spans.map((span) => String(span.attributes["db.query.text"] ?? "")).join("\n");
    expect(texts).not.toContain(demoPartnershipId("SANDWELL"));
    expect(texts).not.toContain("2019-04-01");
  });

  it("continues in a subgraph the trace its traceparent header names, and no other", async () => {
    const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    const training = t.platform.subgraphs.find((service) => service.name === "training")!;
    const send = async (headers: Record<string, string>) => {
      const context = await signer.sign({
        userId: "tracing-test",
        agencyId: demoAgencyId("WMP"),
        sector: "POLICE",
        roles: [Role.TRAINING_ADMIN],
        grants: {},
        partnership: null,
        requestId: "tracing-test-request",
      });
      const response = await fetch(training.url, {
        method: "POST",
        headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context, ...headers },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(200);
      await response.text();
    };
    const requestSpans = () =>
      exporter
        .getFinishedSpans()
        .filter(
          (span) =>
            scopeOf(span) === "training" && span.attributes["partnership.request_id"] === "tracing-test-request",
        );
    exporter.reset();
    await send({ traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" });
    await send({});
    for (let tries = 0; tries < 100 && requestSpans().length < 2; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const [joined, alone] = requestSpans();
    expect(traceId(joined!)).toBe("0af7651916cd43dd8448eb211c80319c");
    expect(joined!.parentSpanContext?.spanId).toBe("b7ad6b7169203331");
    expect(alone!.parentSpanContext).toBeUndefined();
    expect(traceId(alone!)).not.toBe("0af7651916cd43dd8448eb211c80319c");
  });
});
