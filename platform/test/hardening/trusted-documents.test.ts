import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { createLogger, demoPartnershipId, Role, type RunningService } from "@partnership/runtime";
import { parse, print } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_TRUSTED_DOCUMENTS_FILE,
  loadGatewayConfig,
  PORTAL_CLIENT_NAME,
  readManifest,
  readTrustedDocuments,
  startGateway,
} from "@partnership/gateway";
import {
  type Client,
  clientFor,
  replicaGatewayConfig,
  startTestPlatform,
  type TestPlatform,
} from "../support/platform.js";

/** The portal's operations, id to normalised document, as its build registered them. */
const MANIFEST = JSON.parse(readFileSync(DEFAULT_TRUSTED_DOCUMENTS_FILE, "utf8")) as Record<string, string>;
const AS_PORTAL = { "apollographql-client-name": PORTAL_CLIENT_NAME, "apollographql-client-version": "0.1.0" };
const AS_PARTNER_SYSTEM = { "apollographql-client-name": "acme-case-system" };

/** A registered operation, laid out as a person writes it rather than as the manifest normalises it. */
function registered(name: string): string {
  const document = Object.values(MANIFEST).find((text) => text.includes(` ${name} `) || text.includes(` ${name}(`));
  if (!document) throw new Error(`${name} is not in the portal's manifest`);
  return print(parse(document));
}

/** Not the portal's: a registered operation asking for one field more. */
const UNREGISTERED = `query PortalActingPartnership { actingPartnership { id name __typename } today }`;

describe("trusted documents: the portal's requests held to its registered operations", () => {
  let t: TestPlatform;
  let requiring: RunningService;
  let logging: RunningService;
  const warnings: Array<Record<string, unknown>> = [];
  /** The same signed-in user, against each gateway. */
  let offClient: Client;
  let requireClient: Client;
  let logClient: Client;

  beforeAll(async () => {
    t = await startTestPlatform();
    const ids = readManifest(DEFAULT_TRUSTED_DOCUMENTS_FILE);
    requiring = await startGateway(
      replicaGatewayConfig(t, { trustedDocuments: { mode: "require", ids } }),
      createLogger("trusted-documents-required", "silent"),
    );
    const sink = new Writable({
      write(chunk, _encoding, done) {
        warnings.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    logging = await startGateway(
      replicaGatewayConfig(t, { trustedDocuments: { mode: "log", ids } }),
      pino({ level: "warn" }, sink),
    );
    const signedIn = await t.as("SMBC", Role.COORDINATOR);
    offClient = signedIn;
    requireClient = clientFor(requiring.url, signedIn.token, demoPartnershipId("SANDWELL"));
    logClient = clientFor(logging.url, signedIn.token, demoPartnershipId("SANDWELL"));
  }, 120_000);

  afterAll(async () => {
    await logging?.stop();
    await requiring?.stop();
    await t?.stop();
  });

  it("answers every one of the portal's registered operations sent as the portal, however laid out", async () => {
    expect(Object.keys(MANIFEST).length).toBeGreaterThan(20);
    for (const document of Object.values(MANIFEST)) {
      // Without variables: an operation needing some is refused for them, after the trusted check.
      const answer = await requireClient.query(print(parse(document)), undefined, AS_PORTAL);
      const untrusted = answer.errors?.filter((error) => error.extensions?.reason === "UNTRUSTED_DOCUMENT") ?? [];
      expect(untrusted, document.slice(0, 60)).toEqual([]);
    }
    const today = await requireClient.query<{ actingPartnership: { name: string } }>(
      registered("PortalActingPartnership"),
      undefined,
      AS_PORTAL,
    );
    expect(today.status).toBe(200);
    expect(today.errors).toBeUndefined();
    expect(today.data?.actingPartnership.name).toBeTruthy();
  });

  it("refuses a portal request whose document is not registered, before any subgraph is asked", async () => {
    const answer = await requireClient.query(UNREGISTERED, undefined, AS_PORTAL);
    expect(answer.status).toBe(403);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.message).toMatch(/not one of the portal's trusted documents/);
    expect(answer.errors![0]!.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "UNTRUSTED_DOCUMENT",
      documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    // A mutation the portal never sends in this form (it asks for more back) is refused before it runs.
    const mutation = await requireClient.query(
      `mutation PortalRecordConcern($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`,
      undefined,
      AS_PORTAL,
    );
    expect(mutation.status).toBe(403);
    expect(mutation.errors![0]!.extensions?.reason).toBe("UNTRUSTED_DOCUMENT");
  });

  it("leaves partner systems and requests naming no client to the schema and their token alone", async () => {
    for (const headers of [AS_PARTNER_SYSTEM, {}]) {
      const answer = await requireClient.query<{ today: string }>(UNREGISTERED, undefined, headers);
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.today).toBeTruthy();
    }
  });

  it("in log mode answers an unregistered portal document and logs a warning naming it", async () => {
    const answer = await logClient.query<{ today: string }>(UNREGISTERED, undefined, AS_PORTAL);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(warnings).toContainEqual(
      expect.objectContaining({
        operationName: "PortalActingPartnership",
        documentId: expect.stringMatching(/^sha256:/),
        msg: "a portal request's document is not one of the portal's trusted documents",
      }),
    );
    const before = warnings.length;
    await logClient.query(registered("PortalToday"), undefined, AS_PORTAL);
    expect(warnings).toHaveLength(before);
  });

  it("is off by default: the portal's unregistered document is answered as before", async () => {
    const answer = await offClient.query<{ today: string }>(UNREGISTERED, undefined, AS_PORTAL);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
  });
});

describe("trusted documents configuration", () => {
  it("defaults to off, reads the portal's manifest when asked, and refuses anything else at start", async () => {
    expect(readTrustedDocuments({}).mode).toBe("off");
    const required = readTrustedDocuments({ TRUSTED_DOCUMENTS: "require" });
    expect(required.mode).toBe("require");
    expect(required.ids.size).toBe(Object.keys(MANIFEST).length);
    await expect(loadGatewayConfig({ TRUSTED_DOCUMENTS: "sometimes" })).rejects.toThrow(/TRUSTED_DOCUMENTS/);
    expect(() =>
      readTrustedDocuments({ TRUSTED_DOCUMENTS: "log", TRUSTED_DOCUMENTS_FILE: "/nonexistent.json" }),
    ).toThrow(/TRUSTED_DOCUMENTS_FILE \/nonexistent.json cannot be read/);
    expect(() => readTrustedDocuments({ TRUSTED_DOCUMENTS: "require", TRUSTED_DOCUMENTS_FILE: __filename })).toThrow(
      /TRUSTED_DOCUMENTS_FILE/,
    );
  });
});
