import { createLogger, generateEs256KeyPair, type RunningService, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING, DemoIdentityProvider, startGateway } from "@partnership/gateway";
import { startTestPlatform, type TestPlatform, replicaGatewayConfig } from "../support/platform.js";
import { postAs, type RawAnswer, send } from "./helpers.js";

/**
 * What every request to a production gateway meets before and around GraphQL: security headers on
 * every response, text that PostgreSQL could not store refused as bad input, masked messages with
 * nothing left dangling, and a per-IP limit that refuses floods before any token is verified.
 */
describe("a production gateway's answers", () => {
  let t: TestPlatform;
  let token: string;
  const base = () => t.gatewayUrl.replace(/\/graphql$/, "");

  beforeAll(async () => {
    t = await startTestPlatform({ production: true, hardening: { rateLimitRequests: 0 } });
    token = (await t.as("SMBC", Role.COORDINATOR)).token!;
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("carry security headers, whatever the route and status", () => {
    const routes: Array<[string, () => Promise<RawAnswer>]> = [
      ["the portal", () => send(`${base()}/portal/`, { method: "GET" })],
      ["a portal asset that does not exist", () => send(`${base()}/portal/assets/missing.js`, { method: "GET" })],
      ["a GraphQL answer", () => postAs(t.gatewayUrl, token, { query: "{ __typename }" })],
      ["a refused token", () => postAs(t.gatewayUrl, "forged", { query: "{ __typename }" })],
      ["a body that is not JSON", () => send(t.gatewayUrl, { body: "x", headers: { "content-type": "text/plain" } })],
      ["health", () => send(`${base()}/health`, { method: "GET" })],
      ["the classification", () => send(`${base()}/classification`, { method: "GET" })],
      ["an unknown route", () => send(`${base()}/nothing-here`, { method: "GET" })],
    ];
    for (const [name, request] of routes) {
      it(name, async () => {
        const answer = await request();
        const csp = answer.headers.get("content-security-policy") ?? "";
        expect(csp, "Content-Security-Policy").toContain("frame-ancestors 'none'");
        expect(csp).toMatch(/default-src 'self'|default-src 'none'/);
        expect(csp).toContain("object-src 'none'");
        // No inline script may run on the portal: only its own files.
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
        expect(answer.headers.get("x-frame-options")).toBe("DENY");
        expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
        expect(answer.headers.get("referrer-policy")).toBe("no-referrer");
        expect(answer.headers.get("x-powered-by")).toBeNull();
      });
    }
  });

  describe("refuse lone surrogates (text PostgreSQL cannot store) as 400 BAD_USER_INPUT naming where", () => {
    const lone = ["\ud800", "\udfff", "a\ud83dz", "\ude00b"];
    const cases: Array<{ name: string; field: string; payload: (bad: string) => unknown }> = [
      {
        name: "a variable",
        field: "variables.search",
        payload: (bad) => ({
          query: "query($search: String!) { people(filter: { search: $search }) { totalCount } }",
          variables: { search: bad },
        }),
      },
      {
        name: "a nested input variable",
        field: "variables.filter.search",
        payload: (bad) => ({
          query: "query($filter: PersonFilter) { people(filter: $filter) { totalCount } }",
          variables: { filter: { search: bad } },
        }),
      },
      {
        name: "a key of an input object",
        field: "variables.filter",
        payload: (bad) => ({
          query: "query($filter: PersonFilter) { people(filter: $filter) { totalCount } }",
          variables: { filter: { [bad]: "x" } },
        }),
      },
      {
        name: "a list item",
        field: "variables.list.1",
        payload: (bad) => ({ query: "query($list: [String!]) { __typename }", variables: { list: ["ok", bad] } }),
      },
      {
        name: "a string literal of the document",
        field: "query",
        payload: (bad) => ({ query: `{ people(filter: { search: "${bad}" }) { totalCount } }` }),
      },
      {
        name: "an escape in the document",
        field: "query",
        payload: () => ({ query: '{ people(filter: { search: "\\ud800" }) { totalCount } }' }),
      },
      {
        name: "the operation name",
        field: "operationName",
        payload: (bad) => ({ query: "{ __typename }", operationName: bad }),
      },
    ];
    for (const { name, field, payload } of cases) {
      it(name, async () => {
        for (const bad of lone) {
          const answer = await postAs(t.gatewayUrl, token, payload(bad));
          expect(answer.status, `${name}: ${JSON.stringify(bad)}`).toBe(400);
          const error = answer.json?.errors?.[0];
          expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
          expect(error?.extensions?.field).toBe(field);
          expect(error?.message).toContain(field);
          expect(error?.message).toMatch(/surrogate/i);
        }
      });
    }

    it("in a GET request's variables too", async () => {
      const url = new URL(t.gatewayUrl);
      url.searchParams.set("query", "query($search: String!) { people(filter: { search: $search }) { totalCount } }");
      url.searchParams.set("variables", '{"search":"\\ud800"}');
      const answer = await send(url.href, {
        method: "GET",
        headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "1" },
      });
      expect(answer.status).toBe(400);
      expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "variables.search" });
    });

    it("while a well-formed pair (an emoji) is accepted", async () => {
      const answer = await postAs(t.gatewayUrl, token, {
        query: "query($search: String!) { people(filter: { search: $search }) { totalCount } }",
        variables: { search: "\ud83d\ude00" },
      });
      expect(answer.status).toBe(200);
      expect(answer.json?.errors).toBeUndefined();
    });
  });

  describe("mask suggestions without leaving anything dangling", () => {
    const mistakes: Array<[string, unknown]> = [
      ["an unknown field", { query: "{ agencies(first: 1) { nodes { nam } } }" }],
      ["an unknown root field", { query: "{ agencie(first: 1) { totalCount } }" }],
      ["an unknown argument", { query: "{ agencies(frist: 1) { totalCount } }" }],
      ["an unknown type", { query: "query($f: PersonFiltr) { people(filter: $f) { totalCount } }" }],
      ["an unknown enum value", { query: "{ agencies(first: 1, filter: { sector: POLISE }) { totalCount } }" }],
      [
        "an unknown input field in a variable",
        {
          query: "query($f: PersonFilter) { people(filter: $f) { totalCount } }",
          variables: { f: { serch: "x" } },
        },
      ],
      ["an unknown input field in the document", { query: '{ people(filter: { serch: "x" }) { totalCount } }' }],
      ["a fragment on an unknown type", { query: "{ ...on Querry { __typename } }" }],
    ];
    for (const [name, payload] of mistakes) {
      it(name, async () => {
        const answer = await postAs(t.gatewayUrl, token, payload);
        expect(answer.status).toBe(400);
        for (const error of answer.json?.errors ?? []) {
          expect(error.message).not.toMatch(/did you mean/i);
          // What the masking left: a lone "?", a space before punctuation, or two spaces.
          expect(error.message, error.message).not.toMatch(/\s\?|\?\s*\?|\s[.,;:]|\s{2}|^\s|\s$/);
        }
        expect(answer.json?.errors?.length).toBeGreaterThan(0);
      });
    }
  });
});

describe("the per-IP limit, counted before the token is verified", () => {
  let t: TestPlatform;
  let gateway: RunningService;
  const LIMIT = 8;

  beforeAll(async () => {
    t = await startTestPlatform();
    gateway = await startGateway(
      replicaGatewayConfig(t, {
        hardening: {
          ...DEFAULT_HARDENING,
          rateLimitRequests: 0,
          ipRateLimitRequests: LIMIT,
          ipRateLimitWindowSeconds: 600,
        },
      }),
      createLogger("ip-limited", "silent"),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await t?.stop();
  });

  it("refuses a flood of forged tokens with 429, Retry-After and RATE_LIMITED once the IP is over its limit", async () => {
    const forger = await DemoIdentityProvider.fromJwk((await generateEs256KeyPair("attacker")).privateJwk);
    const forged = await forger.issue({ userId: "x", agencyId: "y", roles: [Role.CASEWORKER], name: "X" });
    const statuses: number[] = [];
    let refused: RawAnswer | undefined;
    for (let i = 0; i < LIMIT * 3; i++) {
      const answer = await postAs(gateway.url, `${forged}${"A".repeat(i % 3)}`, { query: "{ __typename }" });
      statuses.push(answer.status);
      if (answer.status === 429) refused ??= answer;
    }
    // Verified (and refused as 401) only while the IP is within its limit; after that, not verified at all.
    expect(statuses).toEqual([...Array(LIMIT).fill(401), ...Array(LIMIT * 2).fill(429)]);
    const retryAfter = Number(refused!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refused!.json?.errors?.[0]?.extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
    });
    expect(refused!.json?.errors?.[0]?.message).toMatch(/too many requests from your address.*try again in \d+ s/i);
    expect(refused!.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");

    // The address is over its limit for everyone behind it, with a valid token too.
    const valid = (await t.as("SMBC", Role.COORDINATOR)).token!;
    expect((await postAs(gateway.url, valid, { query: "{ __typename }" })).status).toBe(429);
  });
});
