import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HARDENING } from "@partnership/gateway";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";
import { leaksNothing, postAs, send } from "./helpers.js";

/** Operation limits, the body cap, batching, CSRF and production masking, through a production gateway. */
describe("gateway limits (production mode)", () => {
  let t: TestPlatform;
  let token: string;
  beforeAll(async () => {
    t = await startTestPlatform({ production: true, hardening: { rateLimitRequests: 0 } });
    token = (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!;
  });
  afterAll(async () => {
    await t?.stop();
  });

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    postAs(t.gatewayUrl, token, payload, headers);
  const nested = (depth: number) => {
    // agencies → nodes → people → nodes → agency → people → … : each level one field deeper.
    let selection = "id";
    for (let level = 0; level < depth; level++) {
      selection = level % 2 === 0 ? `agency { ${selection} }` : `people(first: 1) { nodes { ${selection} } }`;
    }
    return `{ people(first: 1) { nodes { ${selection} } } }`;
  };

  it("answers an ordinary query", async () => {
    const answer = await post({ query: "{ agencies(first: 2) { nodes { name } } }" });
    expect(answer.status).toBe(200);
    expect(answer.json?.data?.agencies.nodes).toHaveLength(2);
  });

  it("refuses an operation deeper than MAX_DEPTH with 400, naming the limit", async () => {
    const answer = await post({ query: nested(DEFAULT_HARDENING.maxDepth + 2) });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.json?.errors?.[0]?.message).toMatch(/depth limit/i);
    expect(answer.json?.data).toBeUndefined();
  });

  it("refuses an alias flood beyond MAX_ALIASES", async () => {
    const aliases = Array.from(
      { length: DEFAULT_HARDENING.maxAliases + 1 },
      (_, i) => `a${i}: agencies(first: 1) { totalCount }`,
    );
    const answer = await post({ query: `{ ${aliases.join(" ")} }` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it("refuses a document with more than MAX_TOKENS tokens before parsing it whole", async () => {
    const fields = Array.from({ length: DEFAULT_HARDENING.maxTokens }, () => "__typename").join(" ");
    const answer = await post({ query: `{ ${fields} }` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(answer.json?.errors?.[0]?.message).toMatch(/tokens/i);
  });

  it("refuses more directives than MAX_DIRECTIVES", async () => {
    const directives = Array.from({ length: DEFAULT_HARDENING.maxDirectives + 1 }, () => "@include(if: true)").join(
      " ",
    );
    const answer = await post({ query: `{ agencies(first: 1) ${directives} { totalCount } }` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toMatch(/directives/i);
  });

  it("refuses an operation over MAX_COST", async () => {
    // Within the depth and alias limits, but wide: every scalar of a page of people, fifteen times.
    const wide =
      "id name email jobTitle agency { id name shortName sector firstResponder people(first: 5) { nodes { id name email jobTitle agency { id name shortName sector } } } }";
    const aliases = Array.from({ length: 15 }, (_, i) => `p${i}: people(first: 100) { nodes { ${wide} } }`);
    const answer = await post({ query: `{ ${aliases.join(" ")} }` });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toMatch(/cost/i);
  });

  it("refuses a body over MAX_BODY_BYTES with 413 and a typed JSON error", async () => {
    const answer = await post({
      query: "{ __typename }",
      variables: { pad: "x".repeat(DEFAULT_HARDENING.maxBodyBytes) },
    });
    expect(answer.status).toBe(413);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
    expect(leaksNothing(answer)).toBe(true);
  });

  it("refuses batched operations", async () => {
    const answer = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/batching/i);
  });

  it("hides field suggestions in production", async () => {
    const answer = await post({ query: "{ agencies(first: 1) { nodes { nam } } }" });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.message).toContain('Cannot query field "nam"');
    expect(answer.text).not.toMatch(/did you mean/i);
  });

  it("has no introspection in production", async () => {
    const answer = await post({ query: "{ __schema { types { name } } }" });
    expect(answer.status).toBe(400);
    expect(answer.json?.data).toBeUndefined();
  });

  it("prevents CSRF: a GET query without a preflight header is refused; with one it is answered", async () => {
    const url = `${t.gatewayUrl}?query=${encodeURIComponent("{ agencies(first: 1) { totalCount } }")}`;
    const simple = await send(url, { method: "GET", headers: { authorization: `Bearer ${token}` } });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF/i);
    const preflighted = await send(url, {
      method: "GET",
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
    expect(preflighted.json?.data?.agencies.totalCount).toBeGreaterThan(0);
  });

  it("masks unexpected errors in production: no stack trace, SQL or host name", async () => {
    const auditor = await t.as("SMBC", Role.AUDITOR);
    // Auditors read the log through its view of one row per value.
    await t.database.query("ALTER VIEW governance.audit_event_value RENAME TO audit_event_value_away");
    try {
      const answer = await postAs(t.gatewayUrl, auditor.token, {
        query: "{ governanceAuditEvents(first: 5) { totalCount } }",
      });
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(answer.json?.errors?.[0]?.message).toBe("Internal server error");
      expect(answer.text).not.toMatch(/audit_event|relation|stack|127\.0\.0\.1/);
      expect(leaksNothing(answer)).toBe(true);
    } finally {
      await t.database.query("ALTER VIEW governance.audit_event_value_away RENAME TO audit_event_value");
    }
  });

  it("answers GET /ready with every subgraph ready", async () => {
    const answer = await send(t.gatewayUrl.replace(/\/graphql$/, "/ready"), { method: "GET" });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ status: "ready", subgraphs: { governance: "ready", training: "ready" } });
  });
});

describe("rate limiting", () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ hardening: { rateLimitRequests: 5, rateLimitWindowSeconds: 600 } });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("gives each user RATE_LIMIT_REQUESTS per window, then 429 with Retry-After and a clear typed error", async () => {
    const limited = await t.as("HFJ", Role.CASEWORKER);
    const query = { query: "{ agencies(first: 1) { totalCount } }" };
    for (let i = 0; i < 5; i++) expect((await postAs(t.gatewayUrl, limited.token, query)).status).toBe(200);
    const refused = await postAs(t.gatewayUrl, limited.token, query);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
    });
    expect(refused.json?.errors?.[0]?.message).toMatch(/too many requests.*try again in \d+ s/i);
    expect(refused.json?.data).toBeUndefined();

    // Another user is counted separately.
    const other = await t.as("WMP", Role.CASEWORKER);
    expect((await postAs(t.gatewayUrl, other.token, query)).status).toBe(200);
  });

  it("keeps field suggestions outside production (so hiding them in production is a real difference)", async () => {
    const user = await t.as("SMBC", Role.COORDINATOR);
    const answer = await postAs(t.gatewayUrl, user.token, { query: "{ agencies(first: 1) { nodes { nam } } }" });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/did you mean/i);
  });

  it("counts the verified user: requests without a valid token are refused as 401, not counted against anyone", async () => {
    const user = await t.as("GLAA", Role.CASEWORKER);
    for (let i = 0; i < 10; i++)
      expect((await postAs(t.gatewayUrl, "not-a-token", { query: "{ __typename }" })).status).toBe(401);
    expect((await postAs(t.gatewayUrl, user.token, { query: "{ __typename }" })).status).toBe(200);
  });
});
