import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  CALLER_CONTEXT_HEADER,
  createLogger,
  demoPartnershipId,
  type RunningService,
  Role,
} from "@partnership/runtime";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "@partnership/gateway";
import { clientFor, startTestPlatform, type TestPlatform, replicaGatewayConfig } from "../support/platform.js";

/**
 * What the gateway sends every subgraph, seen on the wire by a relay between the gateway and
 * governance: one caller context per request, bound to that request's id, living seconds, naming
 * its signing key, the operation's name and its document's SHA-256. The relay also adds an
 * `x-request-id` of its own, which the subgraph must not believe.
 */
describe("the caller context on the wire", () => {
  let t: TestPlatform;
  let relay: Server;
  let gateway: RunningService;
  const seen: IncomingHttpHeaders[] = [];
  const FORGED_ID = "forged-by-the-relay";

  beforeAll(async () => {
    t = await startTestPlatform();
    const governance = t.platform.subgraphs.find((s) => s.name === "governance")!.url;
    relay = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      seen.push(req.headers);
      const answer = await fetch(governance, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [CALLER_CONTEXT_HEADER]: String(req.headers[CALLER_CONTEXT_HEADER] ?? ""),
          "x-request-id": FORGED_ID,
        },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const urls = Object.fromEntries(t.platform.subgraphs.map((s) => [s.name, s.url]));
    urls.governance = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway(replicaGatewayConfig(t, { subgraphUrls: urls }), createLogger("relayed", "silent"));
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => relay?.close(resolve));
    await t?.stop();
  });

  const QUERY = 'query HelenEmail { people(filter: { search: "Helen Marsh" }) { nodes { email } } }';

  it("is signed anew for every request, names that request, its key, operation and document hash, and lives seconds", async () => {
    const police = clientFor(gateway.url, (await t.as("WMP", Role.CASEWORKER)).token, demoPartnershipId("SANDWELL"));
    const contexts: string[] = [];
    for (let i = 0; i < 3; i++) {
      seen.length = 0;
      const answer = await police.query<any>(QUERY);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.people.nodes[0].email).toBe("helen.marsh@smbc.example.org");
      // The caller's profile is read once and cached; the request's own fetch is the last one.
      contexts.push(String(seen.at(-1)![CALLER_CONTEXT_HEADER]));
    }
    expect(new Set(contexts).size).toBe(3);
    const rids = new Set<string>();
    for (const context of contexts) {
      const header = decodeProtectedHeader(context);
      expect(header.alg).toBe("ES256");
      expect(header.kid).toBe(t.keys.callerContext.privateJwk.kid);
      const claims = decodeJwt(context);
      expect(claims.rid).toMatch(/^[0-9a-f-]{36}$/);
      rids.add(claims.rid as string);
      expect(claims.exp! - claims.iat!).toBeGreaterThan(0);
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(30);
      expect(claims.op).toBe("HelenEmail");
      expect(claims.oph).toBe(createHash("sha256").update(QUERY).digest("hex"));
    }
    expect(rids.size).toBe(3);
  });

  it("the subgraph takes the request id from the signed context only, never from x-request-id", async () => {
    const police = clientFor(gateway.url, (await t.as("WMP", Role.CASEWORKER)).token, demoPartnershipId("SANDWELL"));
    seen.length = 0;
    const answer = await police.query<any>(QUERY);
    expect(answer.errors).toBeUndefined();
    const rid = decodeJwt(String(seen.at(-1)![CALLER_CONTEXT_HEADER])).rid as string;
    let rows: Array<{ request_id: string }> = [];
    for (let i = 0; i < 100 && rows.length === 0; i++) {
      rows = await t.database.query("SELECT request_id FROM governance.audit_event WHERE request_id IN ($1, $2)", [
        rid,
        FORGED_ID,
      ]);
      if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.request_id))).toEqual(new Set([rid]));
  });
});
