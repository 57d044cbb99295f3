import { createServer, type Server, type ServerResponse } from "node:http";
import { training } from "@partnership/training";
import {
  CallerContextVerifier,
  createLogger,
  type RunningService,
  Role,
  serveSubgraph,
  type SubgraphModule,
} from "@partnership/runtime";
import { SUPERGRAPH_PATH } from "@partnership/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING, demoIssuer, startGateway } from "@partnership/gateway";
import { startTestPlatform, testClock, type TestPlatform } from "../support/platform.js";
import { postAs, send, sleep } from "./helpers.js";

/**
 * Governance (agencies, a person) and training (the person's training record, a nullable field) in
 * one query: one subgraph can fail without the other. (A failing non-null root field would null the
 * whole answer, as GraphQL requires; the fields another subgraph adds to an entity are nullable.)
 */
const QUERY = {
  query: `query Mixed {
    agencies(first: 2) { totalCount }
    person(email: "helen.marsh@smbc.example.org") { name trainingRecord { completedOn } }
  }`,
};

describe("a subgraph that fails", () => {
  let t: TestPlatform;
  let token: string;
  let replacement: RunningService | undefined;
  beforeAll(async () => {
    t = await startTestPlatform({ production: true, subgraphTimeoutMs: 3_000, hardening: { rateLimitRequests: 0 } });
    token = (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!;
  });
  afterAll(async () => {
    await replacement?.stop();
    await t?.stop();
  });

  const readyOf = (url: string) => send(url.replace(/\/graphql$/, "/ready"), { method: "GET" });

  it("down during load: its fields are null with an error naming it, the rest is answered, the gateway stays up, and it recovers by itself", async () => {
    const service = t.platform.subgraphs.find((s) => s.name === "training")!;
    const answers: Array<{ status: number; json: any }> = [];
    let phase: "up" | "down" | "back" = "up";
    const seen = { up: 0, down: 0, back: 0 };
    let stop = false;
    // Four clients keep querying while the subgraph goes away and comes back.
    const clients = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const answer = await postAs(t.gatewayUrl, token, QUERY).catch(() => ({ status: 0, json: null }));
        answers.push({ status: answer.status, json: answer.json });
        seen[phase]++;
      }
    });
    const waitFor = async (count: () => number, target: number) => {
      for (let i = 0; i < 600 && count() < target; i++) await sleep(50);
    };
    try {
      await waitFor(() => seen.up, 20);

      await service.stop();
      phase = "down";
      const down = await postAs(t.gatewayUrl, token, QUERY);
      expect(down.status).toBe(200);
      expect(down.json?.data?.agencies?.totalCount).toBeGreaterThan(0);
      expect(down.json?.data?.person?.name).toBeTruthy();
      expect(down.json?.data?.person?.trainingRecord).toBeNull();
      expect(down.json?.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("training service is unavailable"),
          extensions: { code: "SERVICE_UNAVAILABLE", service: "training", reason: "UNREACHABLE" },
        }),
      ]);
      expect(down.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
      expect((await send(t.gatewayUrl.replace(/\/graphql$/, "/health"), { method: "GET" })).status).toBe(200);
      const notReady = await readyOf(t.gatewayUrl);
      expect(notReady.status).toBe(503);
      expect(notReady.json).toMatchObject({
        status: "unavailable",
        subgraphs: { training: "unavailable", governance: "ready" },
      });
      await waitFor(() => seen.down, 20);

      // The same subgraph started again where the gateway expects it; the gateway is not touched.
      replacement = await serveSubgraph(training as unknown as SubgraphModule, {
        databaseUrl: t.database.url,
        port: service.port,
        host: "127.0.0.1",
        production: true,
        poolSize: 2,
        logger: createLogger("training-again", "silent"),
        contextVerifier: await CallerContextVerifier.fromJwk(t.keys.callerContext.publicJwk),
        clock: testClock,
      });
      phase = "back";
      await waitFor(() => seen.back, 20);
    } finally {
      stop = true;
      await Promise.all(clients);
    }

    const back = await postAs(t.gatewayUrl, token, QUERY);
    expect(back.json?.errors).toBeUndefined();
    expect(back.json?.data?.person?.trainingRecord?.length).toBeGreaterThan(0);
    expect((await readyOf(t.gatewayUrl)).status).toBe(200);

    // Under load, every answer was a 200 with the governance part; the only errors named training.
    expect(seen.up).toBeGreaterThanOrEqual(20);
    expect(seen.down).toBeGreaterThanOrEqual(20);
    expect(seen.back).toBeGreaterThanOrEqual(20);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.json?.data?.agencies?.totalCount).toBeGreaterThan(0);
      for (const error of answer.json?.errors ?? []) {
        expect(error.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "training" });
      }
    }
    expect(answers.some((a) => a.json?.data?.person?.trainingRecord === null)).toBe(true);
  });
});

describe("a subgraph that does not answer, or answers something else than GraphQL", () => {
  let t: TestPlatform;
  let hanging: Server;
  let gateway: RunningService;
  const held: Array<() => void> = [];
  /** How the stand-in training service answers; by default it accepts every request and never answers. */
  let answer: ((res: ServerResponse) => void) | undefined;
  beforeAll(async () => {
    t = await startTestPlatform({ hardening: { rateLimitRequests: 0 } });
    hanging = createServer((_req, res) => (answer ? answer(res) : held.push(() => res.destroy())));
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const address = hanging.address() as { port: number };
    const subgraphUrls = Object.fromEntries(t.platform.subgraphs.map((s) => [s.name, s.url]));
    subgraphUrls.training = `http://127.0.0.1:${address.port}/graphql`;
    gateway = await startGateway(
      {
        production: true,
        port: 0,
        host: "127.0.0.1",
        supergraphPath: SUPERGRAPH_PATH,
        subgraphTimeoutMs: 500,
        logLevel: "silent",
        subgraphUrls,
        trustedIssuers: [demoIssuer(t.keys.users.publicJwk)],
        contextPrivateJwk: t.keys.callerContext.privateJwk,
        grantsCacheTtlMs: 30_000,
        hardening: { ...DEFAULT_HARDENING, rateLimitRequests: 0 },
      },
      createLogger("gateway", "silent"),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    held.forEach((release) => release());
    await new Promise((resolve) => hanging?.close(resolve));
    await t?.stop();
  });

  it("is abandoned after SUBGRAPH_TIMEOUT_MS: its fields are null with a TIMEOUT error naming it, the rest answered", async () => {
    const token = (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!;
    const started = performance.now();
    const answer = await postAs(gateway.url, token, QUERY);
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.json?.data?.agencies?.totalCount).toBeGreaterThan(0);
    expect(answer.json?.data?.person?.name).toBeTruthy();
    expect(answer.json?.data?.person?.trainingRecord).toBeNull();
    expect(answer.json?.errors?.[0]?.extensions).toEqual({
      code: "SERVICE_UNAVAILABLE",
      service: "training",
      reason: "TIMEOUT",
    });
    expect(answer.json?.errors?.[0]?.message).toContain("no answer within 500 ms");
    // Abandoned at its own timeout, far inside the gateway's (generous bound: a loaded CI machine).
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(DEFAULT_HARDENING.requestTimeoutMs);
  });

  it.each([
    {
      what: "an HTTP 502 with an HTML page",
      status: 502,
      type: "text/html",
      body: "<h1>Bad gateway</h1> at 10.0.0.7",
      expected: { code: "SERVICE_UNAVAILABLE", service: "training", reason: "BAD_RESPONSE" },
    },
    {
      what: "an HTTP 200 that is not JSON",
      status: 200,
      type: "text/plain",
      body: "ok",
      expected: { code: "SERVICE_UNAVAILABLE", service: "training", reason: "BAD_RESPONSE" },
    },
    {
      what: "an HTTP 200 whose JSON is not a GraphQL answer",
      status: 200,
      type: "application/json",
      body: "[1, 2]",
      expected: { code: "SERVICE_UNAVAILABLE", service: "training", reason: "BAD_RESPONSE" },
    },
    {
      what: "an HTTP 400 with the subgraph's own typed GraphQL error",
      status: 400,
      type: "application/json",
      body: JSON.stringify({
        errors: [{ message: "Variable $x is not a date", extensions: { code: "BAD_USER_INPUT" } }],
      }),
      expected: { code: "BAD_USER_INPUT", service: "training" },
    },
  ])(
    "answering $what costs only its own fields, with a typed error naming it and never its address or body",
    async ({ status, type, body, expected }) => {
      answer = (res) => res.writeHead(status, { "content-type": type }).end(body);
      try {
        const token = (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!;
        const reply = await postAs(gateway.url, token, QUERY);
        expect(reply.status).toBe(200);
        expect(reply.json?.data?.agencies?.totalCount).toBeGreaterThan(0);
        expect(reply.json?.data?.person?.trainingRecord).toBeNull();
        expect(reply.json?.errors).toHaveLength(1);
        expect(reply.json?.errors?.[0]?.extensions).toEqual(expected);
        expect(JSON.stringify(reply.json)).not.toMatch(/127\.0\.0\.1|10\.0\.0\.7|Bad gateway/);
      } finally {
        answer = undefined;
      }
    },
  );

  it("refuses a configuration whose subgraph timeout is not shorter than the gateway's", async () => {
    const { gatewayConfigSchema } = await import("../../../gateway/src/config.js");
    const parsed = gatewayConfigSchema(false).safeParse({ SUBGRAPH_TIMEOUT_MS: "30000", GATEWAY_TIMEOUT_MS: "30000" });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("GATEWAY_TIMEOUT_MS");
    expect(gatewayConfigSchema(false).safeParse({}).success).toBe(true);
  });
});
