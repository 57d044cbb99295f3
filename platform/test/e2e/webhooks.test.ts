import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { demoAgencyId, demoPartnershipId, EVENT_NAMES, Role } from "@partnership/runtime";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * Partner systems' webhooks, end to end: changes made through GraphQL are written to the outbox in
 * their own transaction, fanned out by the dispatcher to the webhooks that want them, and POSTed
 * signed per Standard Webhooks to a receiver that is down for a while and then comes back. The
 * receiver verifies each delivery with the example client's `verifyWebhook`.
 */

const SANDWELL = demoPartnershipId("SANDWELL");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const CONCERN_EVENTS = ["CONCERN_CREATED", "CONCERN_ASSIGNED", "CONCERN_STATUS_CHANGED"];

/** A short loop and backoff: the receiver's down time spans several retries, and the whole file stays well under a minute. */
const WEBHOOKS = {
  intervalMs: 100,
  retryScheduleMs: [300, 300, 400, 400, 500, 500, 500, 500, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
  jitter: 0.2,
  timeoutMs: 2_000,
};
const DOWN_FOR_MS = 3_000;

type Verify = (secret: string, headers: Record<string, string>, body: string) => unknown;

interface Received {
  headers: Record<string, string>;
  body: string;
  /** Verified and answered 204 (rather than 503 while down, or 400 when the signature failed). */
  accepted: boolean;
  status: number;
}

/** A partner system's endpoint: answers 503 while down; once up, verifies each delivery and answers 204 or 400. */
class Receiver {
  readonly requests: Received[] = [];
  up = false;
  secret = "";
  private server: Server | undefined;

  constructor(private readonly verify: Verify) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void body(request).then((text) => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
        );
        if (!this.up) {
          this.requests.push({ headers, body: text, accepted: false, status: 503 });
          response.writeHead(503).end();
          return;
        }
        let accepted = false;
        try {
          this.verify(this.secret, headers, text);
          accepted = true;
        } catch {
          accepted = false;
        }
        this.requests.push({ headers, body: text, accepted, status: accepted ? 204 : 400 });
        response.writeHead(accepted ? 204 : 400).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  accepted(): Received[] {
    return this.requests.filter((r) => r.accepted);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every string anywhere in a JSON value (object keys aside). */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, into));
  return into;
}

const REGISTER = `mutation($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) { id secret webhook { id url eventTypes active agency { shortName } } } }`;
const WEBHOOKS_QUERY = `query($status: WebhookDeliveryStatus) { webhooks(first: 5) { totalCount nodes { id url active
  deliveries(first: 10, status: $status) { totalCount nodes { eventId eventType subjectType subjectId agencyIds status attempts
    lastStatus lastError nextAttemptAt lastAttemptAt deliveredAt } } } } }`;
const RECORD = `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id version } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
  changeConcernStatus(id: $id, version: $version, input: $input) { id version status } }`;

describe("webhooks: partner systems receive signed events, at least once and in order", () => {
  let t: TestPlatform;
  let verifyWebhook: Verify;
  let admin: Client;
  let police: Client;
  /** WMP's webhook in Sandwell: down for a while, then back. */
  let wmp: Receiver;
  /** HFJ's webhook in Sandwell: the concerns changed name WMP only. */
  let hfj: Receiver;
  /** WMP's webhook in Tame Valley: Sandwell's changes are none of its business. */
  let tame: Receiver;
  const ids = { wmp: "", hfj: "", tame: "" };
  const concerns: string[] = [];
  /** The outbox's events for the changed concerns, in commit order. */
  let events: Array<{ id: string; subject_id: string; type: string; occurred_at: Date }> = [];
  let downAttempts: Received[] = [];

  const ok = async (client: Client, query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const register = async (client: Client, receiver: Receiver, agencyId: string) => {
    const url = await receiver.start();
    const { registerWebhook } = await ok(client, REGISTER, {
      input: { agencyId, url, eventTypes: CONCERN_EVENTS },
    });
    expect(registerWebhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(registerWebhook.webhook).toMatchObject({ url, active: true, eventTypes: CONCERN_EVENTS });
    receiver.secret = registerWebhook.secret;
    return registerWebhook.id as string;
  };

  beforeAll(async () => {
    // The example client's verifier (an ES module: loaded as one).
    ({ verifyWebhook } = await import("../../../docs/examples/partner-client/src/webhook.js"));
    t = await startTestPlatform({ webhooks: WEBHOOKS });
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    police = await t.as("WMP", Role.CASEWORKER);
    wmp = new Receiver(verifyWebhook);
    hfj = new Receiver(verifyWebhook);
    tame = new Receiver(verifyWebhook);
    hfj.up = tame.up = true;
    ids.wmp = await register(admin, wmp, WMP);
    ids.hfj = await register(admin, hfj, HFJ);
    ids.tame = await register(await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN), tame, WMP);

    // Several changes to two concerns, interleaved, while WMP's receiver is down.
    const record = async () =>
      (
        await ok(police, RECORD, {
          input: {
            receivedOn: "2026-12-01",
            source: "PUBLIC",
            exploitationTypes: ["LABOUR"],
            participatingAgencyIds: [],
            referringAgencyId: WMP,
            intelligenceSummary: "Workers collected from the address before dawn.",
            location: { type: "NOT_KNOWN" },
          },
        })
      ).recordConcern;
    const move = async (concern: { id: string; version: number }, input: Record<string, unknown>) =>
      (await ok(police, STATUS, { id: concern.id, version: concern.version, input })).changeConcernStatus;
    const started = performance.now();
    let first = await record();
    let second = await record();
    concerns.push(first.id, second.id);
    first = await move(first, { status: "SCOPING" });
    second = await move(second, { status: "SCOPING" });
    first = await move(first, { status: "RESPONSE_PLANNED", responseLevel: "SINGLE_AGENCY" });
    first = await move(first, { status: "ACTIVE" });
    second = await move(second, { status: "RESPONSE_PLANNED", responseLevel: "JOINT_MULTI_AGENCY" });
    events = await t.database.query(
      `SELECT id::text, subject_id::text, type, occurred_at FROM cases.outbox_event WHERE subject_id = ANY($1) ORDER BY seq`,
      [concerns],
    );
    // Down long enough for several attempts of the first event.
    await until("several refused attempts", () => wmp.requests.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, DOWN_FOR_MS - (performance.now() - started))));
    downAttempts = [...wmp.requests];
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
    await Promise.all([wmp, hfj, tame].map((receiver) => receiver?.stop()));
  });

  it("writes an event per change in the outbox: created twice, then each status change", () => {
    expect(events.map((e) => [concerns.indexOf(e.subject_id), e.type])).toEqual([
      [0, "CONCERN_CREATED"],
      [1, "CONCERN_CREATED"],
      [0, "CONCERN_STATUS_CHANGED"],
      [1, "CONCERN_STATUS_CHANGED"],
      [0, "CONCERN_STATUS_CHANGED"],
      [0, "CONCERN_STATUS_CHANGED"],
      [1, "CONCERN_STATUS_CHANGED"],
    ]);
  });

  it("while the receiver is down, the administrator sees the failures and the next attempt", async () => {
    // Only the head of each record's events is attempted while down: the rest wait behind it.
    const attempted = new Set(downAttempts.map((r) => r.headers["webhook-id"]));
    expect([...attempted].sort()).toEqual(
      [
        events.find((e) => e.subject_id === concerns[0])!.id,
        events.find((e) => e.subject_id === concerns[1])!.id,
      ].sort(),
    );
    expect(downAttempts.every((r) => !r.accepted)).toBe(true);
    const { webhooks } = await ok(admin, WEBHOOKS_QUERY);
    const webhook = webhooks.nodes.find((w: any) => w.id === ids.wmp);
    const head = webhook.deliveries.nodes.find((d: any) => d.eventId === events[0]!.id);
    // Attempts may have gone on since; at least those the receiver saw while down are recorded.
    expect(head.attempts).toBeGreaterThanOrEqual(
      downAttempts.filter((r) => r.headers["webhook-id"] === head.eventId).length,
    );
    if (head.status === "PENDING") {
      expect(head).toMatchObject({ lastStatus: 503, lastError: "HTTP 503", deliveredAt: null });
      expect(head.nextAttemptAt).toBeTruthy();
    }
  });

  it("once the receiver is back, every event arrives, each accepted once, in order per record, with one webhook-id across its retries", async () => {
    wmp.up = true;
    await until("every event delivered", () => wmp.accepted().length >= events.length);
    // A little longer: nothing more arrives (each event is accepted once).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const accepted = wmp.accepted();
    const acceptedIds = accepted.map((r) => r.headers["webhook-id"]);
    expect([...acceptedIds].sort()).toEqual(events.map((e) => e.id).sort());
    for (const concern of concerns) {
      const ofRecord = (list: string[]) => list.filter((id) => events.find((e) => e.id === id)!.subject_id === concern);
      expect(ofRecord(acceptedIds)).toEqual(ofRecord(events.map((e) => e.id)));
    }
    // Every attempt, refused or accepted, carried its event's id as webhook-id.
    for (const request of wmp.requests)
      expect(request.headers["webhook-id"]).toBe(JSON.parse(request.body).data.eventId);
    const attemptsOfFirst = wmp.requests.filter((r) => r.headers["webhook-id"] === events[0]!.id);
    expect(attemptsOfFirst.length).toBeGreaterThanOrEqual(3);
    expect(new Set(attemptsOfFirst.map((r) => r.body)).size).toBe(1);

    const { webhooks } = await ok(admin, WEBHOOKS_QUERY, { status: "DELIVERED" });
    const deliveries = webhooks.nodes.find((w: any) => w.id === ids.wmp).deliveries;
    expect(deliveries.totalCount).toBe(events.length);
    // Newest event first.
    expect(deliveries.nodes.map((d: any) => d.eventId)).toEqual(events.map((e) => e.id).reverse());
    const first = deliveries.nodes.find((d: any) => d.eventId === events[0]!.id);
    expect(first).toMatchObject({ status: "DELIVERED", lastStatus: 204, lastError: null, nextAttemptAt: null });
    expect(first.attempts).toBe(attemptsOfFirst.length);
  });

  it("no payload carries a field value: only ids, the event's type and its time", () => {
    const allowed = new Set([
      ...events.flatMap((e) => [e.id, e.subject_id, e.occurred_at.toISOString()]),
      ...Object.values(EVENT_NAMES),
      "Concern",
      SANDWELL,
      WMP,
    ]);
    expect(wmp.requests.length).toBeGreaterThan(events.length);
    for (const request of wmp.requests) {
      const payload = JSON.parse(request.body);
      expect(Object.keys(payload).sort()).toEqual(["data", "timestamp", "type"]);
      expect(Object.keys(payload.data).sort()).toEqual(["agencyIds", "eventId", "partnershipId", "subject"]);
      expect(Object.keys(payload.data.subject).sort()).toEqual(["id", "type"]);
      for (const value of strings(payload)) expect(allowed, value).toContain(value);
      const event = events.find((e) => e.id === payload.data.eventId)!;
      expect(payload).toEqual({
        type: EVENT_NAMES[event.type as keyof typeof EVENT_NAMES],
        timestamp: event.occurred_at.toISOString(),
        data: {
          eventId: event.id,
          partnershipId: SANDWELL,
          subject: { type: "Concern", id: event.subject_id },
          agencyIds: [WMP],
        },
      });
    }
  });

  it("a webhook for another agency, or in the other partnership, gets nothing of these changes", () => {
    expect(hfj.requests).toEqual([]);
    expect(tame.requests).toEqual([]);
  });

  it("an event naming no agency goes to every webhook of its partnership that takes its type, and no other", async () => {
    // As a partnership-wide change would write it (the outbox's contract), straight into the outbox.
    const [{ id }] = await t.database.query<{ id: string }>(
      `INSERT INTO cases.outbox_event (partnership_id, type, subject_type, subject_id, agency_ids, occurred_at)
       VALUES ($1, 'CONCERN_STATUS_CHANGED', 'Concern', $2, '{}', $3) RETURNING id::text`,
      [SANDWELL, concerns[0], new Date(`${TEST_TODAY}T12:00:00Z`)],
    );
    await until("the event at both Sandwell webhooks", () =>
      [wmp, hfj].every((receiver) => receiver.accepted().some((r) => r.headers["webhook-id"] === id)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hfj.requests.map((r) => r.headers["webhook-id"])).toEqual([id]);
    expect(JSON.parse(hfj.requests[0]!.body).data.agencyIds).toEqual([]);
    expect(tame.requests).toEqual([]);
  });

  it("the example client's verifier rejects a payload altered or signed with another secret", () => {
    const genuine = wmp.accepted()[0]!;
    expect(() => verifyWebhook(wmp.secret, genuine.headers, genuine.body)).not.toThrow();
    const subjectId = JSON.parse(genuine.body).data.subject.id as string;
    const tampered = genuine.body.replace(subjectId, "00000000-0000-4000-8000-000000000000");
    expect(tampered).not.toBe(genuine.body);
    expect(() => verifyWebhook(wmp.secret, genuine.headers, tampered)).toThrow(/rejected/i);
    const forger = new Webhook(`whsec_${Buffer.from("not the platform's secret at all!").toString("base64")}`);
    const id = genuine.headers["webhook-id"]!;
    const at = new Date(Number(genuine.headers["webhook-timestamp"]) * 1000);
    const forged = { ...genuine.headers, "webhook-signature": forger.sign(id, at, genuine.body) };
    expect(() => verifyWebhook(wmp.secret, forged, genuine.body)).toThrow(/rejected/i);
    // Once up, the receiver refused nothing the platform sent.
    expect(wmp.requests.filter((r) => r.status === 400)).toEqual([]);
  });

  it("deliveries are visible to the partnership's administrators only, each to their own agency's unless chair", async () => {
    const list = async (client: Client) => {
      const result = await client.query<any>(WEBHOOKS_QUERY);
      return result;
    };
    const chair = await list(admin);
    expect(chair.data!.webhooks.nodes.map((w: any) => w.id).sort()).toEqual([ids.wmp, ids.hfj].sort());
    const police = await list(await t.as("WMP", Role.PARTNERSHIP_ADMIN));
    expect(police.data!.webhooks.nodes.map((w: any) => w.id)).toEqual([ids.wmp]);
    const ngo = await list(await t.as("HFJ", Role.PARTNERSHIP_ADMIN));
    expect(ngo.data!.webhooks.nodes.map((w: any) => w.id)).toEqual([ids.hfj]);
    const tameAdmin = await list(await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN));
    expect(tameAdmin.data!.webhooks.nodes.map((w: any) => w.id)).toEqual([ids.tame]);
    expect(tameAdmin.data!.webhooks.nodes[0].deliveries.totalCount).toBe(0);
    for (const role of [Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR]) {
      const refused = await list(await t.as("SMBC", role));
      expect(refused.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
      expect(refused.data?.webhooks ?? null).toBeNull();
    }
    // The secret is answered once and is no field of a webhook.
    const secretAgain = await admin.query(`{ webhooks { nodes { secret } } }`);
    expect(secretAgain.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses a bad URL or event types with BAD_USER_INPUT naming the field, and another agency's webhook unless chair, writing nothing", async () => {
    const count = async () =>
      (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM governance.webhook_subscription`))[0]!.n;
    const before = await count();
    const refused = async (client: Client, input: Record<string, unknown>, code: string, field: string) => {
      const result = await client.query(REGISTER, {
        input: { agencyId: WMP, url: "https://partner.example.org/hooks", eventTypes: ["CONCERN_CREATED"], ...input },
      });
      expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({ code, field });
    };
    await refused(admin, { url: "ftp://partner.example.org/hooks" }, "BAD_USER_INPUT", "input.url");
    await refused(admin, { url: "not a url" }, "BAD_USER_INPUT", "input.url");
    await refused(admin, { url: "' OR 1=1 --" }, "BAD_USER_INPUT", "input.url");
    await refused(admin, { url: "https://user:pass@partner.example.org/hooks" }, "BAD_USER_INPUT", "input.url");
    await refused(admin, { eventTypes: [] }, "BAD_USER_INPUT", "input.eventTypes");
    await refused(
      admin,
      { eventTypes: ["CONCERN_CREATED", "CONCERN_CREATED"] },
      "BAD_USER_INPUT",
      "input.eventTypes[1]",
    );
    // An agency of the other partnership; and, for a member agency's administrator, another member.
    await refused(admin, { agencyId: demoAgencyId("TVC") }, "FORBIDDEN", "input.agencyId");
    await refused(await t.as("HFJ", Role.PARTNERSHIP_ADMIN), { agencyId: WMP }, "FORBIDDEN", "input.agencyId");
    expect(await count()).toBe(before);
  });

  it("rotates a secret (answered once), disables a webhook, and refuses another agency's or partnership's", async () => {
    const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { id secret webhook { secretRotatedAt } } }`;
    const DISABLE = `mutation($id: ID!) { disableWebhook(id: $id) { id active disabledAt } }`;
    const hfjAdmin = await t.as("HFJ", Role.PARTNERSHIP_ADMIN);
    for (const query of [ROTATE, DISABLE]) {
      const refused = await hfjAdmin.query(query, { id: ids.wmp });
      expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const elsewhere = await admin.query(query, { id: ids.tame });
      expect(elsewhere.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const malformed = await admin.query(query, { id: "' OR 1=1 --" });
      expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    }
    const rotated = (await ok(hfjAdmin, ROTATE, { id: ids.hfj })).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(hfj.secret);
    expect(rotated.webhook.secretRotatedAt).toBeTruthy();
    const disabled = (await ok(admin, DISABLE, { id: ids.hfj })).disableWebhook;
    expect(disabled).toMatchObject({ id: ids.hfj, active: false });
    expect(disabled.disabledAt).toBeTruthy();
    const again = await admin.query(ROTATE, { id: ids.hfj });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});
