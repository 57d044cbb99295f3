import { request } from "node:http";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, PARTNERSHIP_HEADER, startTestPlatform, type TestPlatform } from "../support/platform.js";
import { REGISTRY_HEADER, registryRow } from "../support/registry-file.js";

/**
 * How long a client may take to send its request: a GraphQL body has GATEWAY_TIMEOUT_MS in all; a
 * registry file streamed to POST /procurement/registry-import may take longer, as long as it keeps
 * sending. Here the deadline is 1.5 s, so the upload below (3 s, a row every 200 ms) outlives it.
 */
const DEADLINE_MS = 1_500;
let t: TestPlatform;
let officer: Client;
let partnershipId: string;

beforeAll(async () => {
  t = await startTestPlatform({ hardening: { requestTimeoutMs: DEADLINE_MS } });
  officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
  partnershipId = (await officer.query<{ actingPartnership: { id: string } }>(`{ actingPartnership { id } }`)).data!
    .actingPartnership.id;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

/** Sends the headers and `sent` of a `length`-byte body, then nothing: what answer, and when. */
function stalledRequest(path: string, contentType: string, length: number, sent: string) {
  return new Promise<{ status: number | null; ms: number }>((resolve) => {
    const started = performance.now();
    const req = request(new URL(path, t.gatewayUrl), {
      method: "POST",
      headers: {
        "content-type": contentType,
        "content-length": String(length),
        authorization: `Bearer ${officer.token}`,
        [PARTNERSHIP_HEADER]: partnershipId,
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? null, ms: performance.now() - started });
    });
    // A reset without an answer is a cut-off too; the assertions below tell the two apart.
    req.on("error", () => resolve({ status: null, ms: performance.now() - started }));
    req.write(sent);
  });
}

describe("request deadline", () => {
  it("answers 408 to a GraphQL body that stops arriving, once the deadline has passed", async () => {
    const answer = await stalledRequest("/graphql", "application/json", 1_000, '{"query":"{ to');
    expect(answer.status).toBe(408);
    expect(answer.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(answer.ms).toBeLessThan(DEADLINE_MS + 5_000);
  });

  it("lets a registry upload take longer than the deadline while it keeps sending", async () => {
    const period = { start: "2025-04-01", end: "2026-03-31", approved: "2026-06-30" };
    const rows = Array.from({ length: 15 }, (_, i) =>
      registryRow(String(30_000_001 + i), `Slow Line ${i} Ltd`, period.start, period.end, period.approved),
    );
    async function* trickle() {
      yield `${REGISTRY_HEADER}\r\n`;
      for (const row of rows) {
        await sleep(200);
        yield `${row}\r\n`;
      }
    }
    const started = performance.now();
    const response = await fetch(new URL("/procurement/registry-import", t.gatewayUrl), {
      method: "POST",
      headers: {
        "content-type": "text/csv",
        authorization: `Bearer ${officer.token}`,
        [PARTNERSHIP_HEADER]: partnershipId,
      },
      body: Readable.toWeb(Readable.from(trickle())),
      duplex: "half",
    } as RequestInit);
    const elapsed = performance.now() - started;
    const body = (await response.json()) as { report?: unknown; errors?: unknown };
    expect(elapsed).toBeGreaterThan(DEADLINE_MS);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.report).toBeDefined();
  });

  it("cuts off an upload that stops sending for longer than the deadline", async () => {
    const answer = await stalledRequest("/procurement/registry-import", "text/csv", 100_000, `${REGISTRY_HEADER}\r\n`);
    expect(answer.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(answer.ms).toBeLessThan(DEADLINE_MS + 5_000);
    expect(answer.status === 408 || answer.status === null).toBe(true);
  });
});
