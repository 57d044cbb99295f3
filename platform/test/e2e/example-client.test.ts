import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLClient, GraphQLRequestError } from "../../../docs/examples/partner-client/src/client.js";
import { fetchConcern } from "../../../docs/examples/partner-client/src/concern.js";
import { concernPages, type ConcernRecord } from "../../../docs/examples/partner-client/src/concerns.js";
import { createWebhookReceiver } from "../../../docs/examples/partner-client/src/receiver.js";
import { verifyWebhook, type WebhookPayload } from "../../../docs/examples/partner-client/src/webhook.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * The example partner client in docs/examples/partner-client (issue 26, item 7), run as a partner
 * agency's system would run it: over HTTP against the whole platform, with the typed documents it
 * generates from the API schema. Its pages hold every concern once, fields the agency's agreements
 * withhold are reported per field and the rest of each record is used; its webhook verification
 * accepts only what the platform's secret signed, recently.
 */
let t: TestPlatform;
const partnershipId = demoPartnershipId("SANDWELL");

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(async () => {
  await t?.stop();
});

async function exampleClientAs(agency: string, role: Role): Promise<GraphQLClient> {
  const user = await t.as(agency, role);
  return new GraphQLClient({
    url: t.gatewayUrl,
    accessToken: user.token!,
    partnershipId,
    clientName: "example-client-test",
    clientVersion: "1.2.3",
  });
}

async function everyConcern(client: GraphQLClient, pageSize: number) {
  const records: ConcernRecord[] = [];
  const totals = new Set<number>();
  let pages = 0;
  for await (const page of concernPages(client, { pageSize })) {
    pages += 1;
    expect(page.records.length).toBeLessThanOrEqual(pageSize);
    records.push(...page.records);
    totals.add(page.totalCount);
  }
  return { records, pages, totalCount: [...totals] };
}

const withheldOf = (records: ConcernRecord[]) => records.flatMap((record) => record.withheld);
const valueAt = (record: ConcernRecord, field: string): unknown =>
  field.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], record.concern);

describe("the example client pages through concerns", () => {
  let ngo: Awaited<ReturnType<typeof everyConcern>>;
  let police: Awaited<ReturnType<typeof everyConcern>>;

  beforeAll(async () => {
    ngo = await everyConcern(await exampleClientAs("HFJ", Role.CASEWORKER), 17);
    police = await everyConcern(await exampleClientAs("WMP", Role.CASEWORKER), 17);
  });

  it("as an NGO caseworker: every concern once, across several small pages, with no error thrown", async () => {
    const ids = ngo.records.map((record) => record.concern.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ngo.totalCount).toEqual([ids.length]);
    expect(ngo.pages).toBe(Math.ceil(ids.length / 17));
    expect(ngo.pages).toBeGreaterThan(3);
    // The NGO lists every concern of the partnership (its agreements grant the case summary).
    const [count] = await t.database.query<{ count: string }>(
      `SELECT count(*) FROM cases.concern WHERE partnership_id = $1`,
      [partnershipId],
    );
    expect(ids.length).toBe(Number(count!.count));
  });

  it("as an NGO caseworker: the police intelligence is withheld field by field, with its reason, and the rest of each record is used", () => {
    const withheld = withheldOf(ngo.records);
    expect(withheld.length).toBeGreaterThan(0);
    const intelligence = ngo.records.filter((record) =>
      record.withheld.some((field) => field.field === "intelligenceSummary"),
    );
    expect(intelligence.length).toBeGreaterThan(0);
    for (const record of intelligence) {
      const field = record.withheld.find((entry) => entry.field === "intelligenceSummary")!;
      expect(field).toMatchObject({ category: "POLICE_INTELLIGENCE", reason: "NO_AGREEMENT" });
      expect(field.message).toMatch(/Concern\.intelligenceSummary needs POLICE_INTELLIGENCE/);
      expect(record.concern.intelligenceSummary).toBeNull();
      // The record is still used: what the agreements grant came back.
      expect(record.concern.reference).toMatch(/^SHOP-/);
      expect(record.concern.status).not.toBeNull();
    }
    // Every withheld field is null in its record, and named by its path within the record.
    for (const record of ngo.records)
      for (const field of record.withheld) {
        expect(valueAt(record, field.field), `${record.concern.id} ${field.field}`).toBeNull();
        expect(field.category).toMatch(/^[A-Z_]+$/);
        expect(["NO_AGREEMENT", "NOT_TAKING_PART"]).toContain(field.reason);
      }
  });

  it("as a police caseworker: the same concerns, with more of their fields", () => {
    const policeIds = police.records.map((record) => record.concern.id).sort();
    expect(new Set(policeIds).size).toBe(policeIds.length);
    expect(policeIds).toEqual(ngo.records.map((record) => record.concern.id).sort());
    expect(withheldOf(police.records).length).toBeLessThan(withheldOf(ngo.records).length);
    // The police force holds every category these fields need; what it still does not get is the
    // detail of concerns it takes no part in, and the reason says so.
    expect(withheldOf(police.records).length).toBeGreaterThan(0);
    expect(new Set(withheldOf(police.records).map((field) => field.reason))).toEqual(new Set(["NOT_TAKING_PART"]));
    for (const record of police.records)
      if (record.concern.takingPart) expect(record.withheld, record.concern.reference ?? "").toEqual([]);
    // A concern whose intelligence the NGO was refused carries it for the police.
    const byId = new Map(police.records.map((record) => [record.concern.id, record]));
    const refusedToNgo = ngo.records.filter(
      (record) =>
        record.withheld.some((field) => field.field === "intelligenceSummary") &&
        byId.get(record.concern.id)?.concern.intelligenceSummary,
    );
    expect(refusedToNgo.length).toBeGreaterThan(0);
  });

  it("names itself: the audit trail records the client's name and version beside what it read", async () => {
    const rows = await t.database.query<{ client_name: string; client_version: string }>(
      `SELECT DISTINCT client_name, client_version FROM cases.audit_event WHERE client_name = 'example-client-test'`,
    );
    expect(rows).toEqual([{ client_name: "example-client-test", client_version: "1.2.3" }]);
  });

  it("a refused request is an error naming its status and code, not an empty page", async () => {
    const forged = new GraphQLClient({ url: t.gatewayUrl, accessToken: "not-a-token", partnershipId });
    const failure = await concernPages(forged, { pageSize: 5 })
      .next()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).status).toBe(401);
  });
});

describe("the example program (npm start in docs/examples/partner-client, built by the build)", () => {
  const MAIN = path.resolve(__dirname, "../../../docs/examples/partner-client/dist/main.js");
  const run = async (env: Record<string, string>) => {
    const { PATH, HOME } = process.env;
    return promisify(execFile)(process.execPath, [MAIN], { env: { PATH, HOME, ...env } }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  };

  it("prints a summary of each page, with the fields withheld and why, from GRAPHQL_URL, ACCESS_TOKEN and PARTNERSHIP_ID", async () => {
    const ngo = await t.as("HFJ", Role.CASEWORKER);
    const { code, stdout } = await run({
      GRAPHQL_URL: t.gatewayUrl,
      ACCESS_TOKEN: ngo.token!,
      PARTNERSHIP_ID: partnershipId,
      PAGE_SIZE: "50",
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Page 1: 50 concerns (50 of 171)");
    expect(stdout).toContain("Page 4: 21 concerns (171 of 171)");
    expect(stdout).toContain("withheld: intelligenceSummary (POLICE_INTELLIGENCE, NO_AGREEMENT) ×50");
    expect(stdout).toMatch(/SHOP-\S+ {2}[A-Z_]+ {2}lead: /);
    expect(stdout).toContain("Done: 171 concerns in 4 pages.");
  });

  it("says what is missing or refused, and exits non-zero", async () => {
    const missing = await run({ GRAPHQL_URL: t.gatewayUrl });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Set ACCESS_TOKEN/);
    const refused = await run({
      GRAPHQL_URL: t.gatewayUrl,
      ACCESS_TOKEN: "not-a-token",
      PARTNERSHIP_ID: partnershipId,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/HTTP 401/);
  });
});

describe("the example client verifies webhooks", () => {
  const secret = "whsec_" + Buffer.from("a secret of thirty-two bytes!!!!").toString("base64");
  const otherSecret = "whsec_" + Buffer.from("another secret of 32 bytes!!!!!!").toString("base64");
  const eventId = "6f1c1c4e-0c4b-4f7e-9a53-2f0b6a4f9d10";
  const payload: WebhookPayload = {
    type: "concern.created",
    timestamp: "2026-12-11T09:30:00.000Z",
    data: {
      eventId,
      partnershipId: "0b7e4d2e-4a43-4c38-9f55-9a1c0a6b1f00",
      subject: { type: "Concern", id: "5d0f3c59-95b7-4f52-a2a8-1b56f0e0f0a1" },
      agencyIds: ["1c6f1d4a-3b9e-4e7a-8f1e-2d4c5b6a7e80"],
    },
  };
  const body = JSON.stringify(payload);

  // Standard Webhooks' timestamp is the moment of sending, checked against the receiver's own clock.
  // eslint-disable-next-line no-restricted-syntax -- a signature's timestamp is wall-clock time by the specification
  const now = () => new Date();
  const signed = (options: { id?: string; at?: Date; body?: string; secret?: string } = {}) => {
    const at = options.at ?? now();
    return {
      "webhook-id": options.id ?? eventId,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": new Webhook(options.secret ?? secret).sign(options.id ?? eventId, at, options.body ?? body),
    };
  };

  it("accepts a delivery signed with the webhook's secret and returns its payload", () => {
    expect(verifyWebhook(secret, signed(), body)).toEqual(payload);
  });

  it("reads the headers whatever their case", () => {
    const headers = Object.fromEntries(Object.entries(signed()).map(([name, value]) => [name.toUpperCase(), value]));
    expect(verifyWebhook(secret, headers, body).data.eventId).toBe(eventId);
  });

  it("detects a signature made with another secret", () => {
    expect(() => verifyWebhook(secret, signed({ secret: otherSecret }), body)).toThrow(/no matching signature/);
  });

  it("detects an altered body", () => {
    const altered = body.replace("concern.created", "concern.status_changed");
    expect(altered).not.toBe(body);
    expect(() => verifyWebhook(secret, signed(), altered)).toThrow(/no matching signature/);
    // Even a change that means the same JSON: the signature covers the bytes.
    expect(() => verifyWebhook(secret, signed(), JSON.stringify(payload, null, 2))).toThrow(/no matching signature/);
  });

  it("detects an altered id", () => {
    const headers = { ...signed(), "webhook-id": "7a2d9e1b-0000-4000-8000-000000000000" };
    expect(() => verifyWebhook(secret, headers, body)).toThrow(/no matching signature/);
  });

  it("detects a stale timestamp (a replay), even correctly signed", () => {
    const tenMinutesAgo = new Date(now().getTime() - 10 * 60_000);
    expect(() => verifyWebhook(secret, signed({ at: tenMinutesAgo }), body)).toThrow(/timestamp too old/);
    // A signed timestamp moved forward no longer matches its signature.
    const moved = { ...signed({ at: tenMinutesAgo }), "webhook-timestamp": signed()["webhook-timestamp"] };
    expect(() => verifyWebhook(secret, moved, body)).toThrow(/no matching signature/);
  });

  it("detects a missing header", () => {
    const unsigned: Record<string, string> = signed();
    delete unsigned["webhook-signature"];
    expect(() => verifyWebhook(secret, unsigned, body)).toThrow(/missing required headers/);
  });

  it("refuses a signed body that is not an event, or whose event id is not the delivery's", () => {
    const notAnEvent = JSON.stringify({ type: "concern.created" });
    expect(() => verifyWebhook(secret, signed({ body: notAnEvent }), notAnEvent)).toThrow(/not an event/);
    const otherId = "0e9a7a52-1111-4111-8111-111111111111";
    expect(() => verifyWebhook(secret, signed({ id: otherId }), body)).toThrow(/is not the event's id/);
  });

  it("the receiver answers at once, handles each event once, refuses forgeries, and fetches the record through GraphQL", async () => {
    // A concern the NGO takes no part in, with a crime reference it may not read.
    const [concern] = await t.database.query<{ id: string }>(
      `SELECT id FROM cases.concern WHERE partnership_id = $1 AND crime_reference IS NOT NULL
          AND lead_agency_id IS DISTINCT FROM $2 AND referring_agency_id IS DISTINCT FROM $2
          AND NOT ($2 = ANY (participating_agency_ids))
        ORDER BY id LIMIT 1`,
      [partnershipId, demoAgencyId("HFJ")],
    );
    expect(concern).toBeDefined();
    const ngo = await exampleClientAs("HFJ", Role.CASEWORKER);
    const handled: Array<{ event: WebhookPayload; fetched: Awaited<ReturnType<typeof fetchConcern>> }> = [];
    let done!: () => void;
    const handledOnce = new Promise<void>((resolve) => (done = resolve));
    const server = createWebhookReceiver({
      secret,
      handle: async (event) => {
        handled.push({ event, fetched: await fetchConcern(ngo, event.data.subject.id) });
        done();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const event = {
        ...payload,
        data: { ...payload.data, partnershipId, subject: { type: "Concern", id: concern!.id } },
      };
      const delivery = JSON.stringify(event);
      const post = (headers: Record<string, string>, text = delivery) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: text });

      const forged = await post(signed({ secret: otherSecret, body: delivery }));
      expect(forged.status).toBe(401);
      expect(await forged.text()).toMatch(/no matching signature/);
      expect((await post(signed({ body: delivery }))).status).toBe(204);
      // The same event again (a retry after a lost answer): accepted, not handled twice.
      expect((await post(signed({ body: delivery }))).status).toBe(204);
      await handledOnce;
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(handled).toHaveLength(1);
      expect(handled[0]!.event).toEqual(event);
      const fetched = handled[0]!.fetched!;
      expect(fetched.concern.id).toBe(concern!.id);
      expect(fetched.concern.reference).toMatch(/^SHOP-/);
      expect(fetched.concern.crimeReference).toBeNull();
      expect(fetched.withheld).toContainEqual(
        expect.objectContaining({ field: "crimeReference", category: "POLICE_INTELLIGENCE" }),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
