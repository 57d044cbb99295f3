import { createLogger, type RunningService, Role } from "@partnership/runtime";
import { Client as PgClient } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRANTS_CHANGED_CHANNEL } from "../../../gateway/src/auth/grants-listener.js";
import { type GatewayConfig, startGateway } from "@partnership/gateway";
import {
  type Client,
  clientFor,
  startTestPlatform,
  type TestPlatform,
  replicaGatewayConfig,
} from "../support/platform.js";

/** Far longer than the test: a replica that sees a change can only have been told of it. */
const LONG_TTL_MS = 600_000;
/** How soon every replica must reflect an agreement change it was notified of. */
const NOTIFIED_WITHIN_MS = 2_000;

describe("grants cached by many gateway replicas", () => {
  let t: TestPlatform;
  let replicaB: RunningService;
  let replicaC: RunningService;
  let admin: Client;
  let shopId: string;

  const replicaConfig = (grantsNotifyUrl?: string): GatewayConfig =>
    replicaGatewayConfig(t, { grantsCacheTtlMs: LONG_TTL_MS, grantsNotifyUrl });

  beforeAll(async () => {
    // Replica A: the platform's own gateway, through which the agreement changes are made.
    t = await startTestPlatform();
    // Replica B listens for agreement changes on the platform's PostgreSQL; replica C does not.
    replicaB = await startGateway(replicaConfig(t.database.url), createLogger("replica-b", "silent"));
    replicaC = await startGateway(replicaConfig(), createLogger("replica-c", "silent"));
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const agreements: any = await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }");
    shopId = agreements.data.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-SHOP-2019-01").id;
  });
  afterAll(async () => {
    await replicaB?.stop();
    await replicaC?.stop();
    await t?.stop();
  });

  /** Helen Marsh's email (council staff) as a police caseworker sees it through one replica: PERSONNEL comes from ISA-SHOP-2019-01. */
  const emailVia = async (replica: RunningService) => {
    const police = clientFor(replica.url, (await t.as("WMP", Role.CASEWORKER)).token);
    const result = await police.query<any>('{ people(filter: { search: "Helen Marsh" }) { nodes { email } } }');
    return result.data!.people.nodes[0].email as string | null;
  };
  const suspend = async () => {
    const result = await admin.query(
      'mutation($id: ID!) { suspendSharingAgreement(input: { agreementId: $id, reason: "Replica test" }) { status } }',
      { id: shopId },
    );
    expect(result.errors).toBeUndefined();
  };
  const reactivate = async () => {
    const result = await admin.query(
      "mutation($id: ID!) { reactivateSharingAgreement(input: { agreementId: $id }) { status } }",
      { id: shopId },
    );
    expect(result.errors).toBeUndefined();
  };
  /** Milliseconds until the replica answers `expected`, or -1 if it does not within `limitMs`. */
  const msUntil = async (replica: RunningService, expected: string | null, limitMs = NOTIFIED_WITHIN_MS * 2) => {
    const since = performance.now();
    while (performance.now() - since < limitMs) {
      if ((await emailVia(replica)) === expected) return performance.now() - since;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return -1;
  };
  const listenerBackends = async () =>
    (
      await t.database.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'partnership-gateway-grants-listener' AND datname = current_database()",
      )
    ).map((row) => row.pid);

  it("a suspension made through replica A reaches replica B within the configured time; re-activation too", async () => {
    const email = "helen.marsh@smbc.example.org";
    expect(await emailVia(replicaB)).toBe(email);
    expect(await emailVia(replicaC)).toBe(email);

    await suspend();
    const suspendedSeenAfter = await msUntil(replicaB, null);
    expect(suspendedSeenAfter).toBeGreaterThanOrEqual(0);
    expect(suspendedSeenAfter).toBeLessThanOrEqual(NOTIFIED_WITHIN_MS);
    // Without the notification, the same long TTL keeps the old grants: the notification made the difference.
    expect(await emailVia(replicaC)).toBe(email);

    await reactivate();
    const reactivatedSeenAfter = await msUntil(replicaB, email);
    expect(reactivatedSeenAfter).toBeGreaterThanOrEqual(0);
    expect(reactivatedSeenAfter).toBeLessThanOrEqual(NOTIFIED_WITHIN_MS);
  });

  it("replica B listens again after its PostgreSQL connection is killed, and still hears every change", async () => {
    const [before] = await listenerBackends();
    expect(before).toBeDefined();
    await t.database.query("SELECT pg_terminate_backend($1)", [before]);
    let after: number | undefined;
    for (let i = 0; i < 100 && !after; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await listenerBackends()).find((pid) => pid !== before);
    }
    expect(after, "a new listening connection").toBeDefined();

    expect(await emailVia(replicaB)).toBe("helen.marsh@smbc.example.org");
    await suspend();
    try {
      const seenAfter = await msUntil(replicaB, null);
      expect(seenAfter).toBeGreaterThanOrEqual(0);
      expect(seenAfter).toBeLessThanOrEqual(NOTIFIED_WITHIN_MS);
    } finally {
      await reactivate();
    }
  });

  it("governance announces a change to the tables grants come from when it commits, and not when it is rolled back", async () => {
    const listener = new PgClient({ connectionString: t.database.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (message) => {
      if (message.channel === GRANTS_CHANGED_CHANNEL) heard.push(message.payload ?? "");
    });
    await listener.query(`LISTEN ${GRANTS_CHANGED_CHANNEL}`);
    const writer = new PgClient({ connectionString: t.database.url });
    await writer.connect();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    try {
      await writer.query("BEGIN");
      await writer.query("UPDATE governance.sharing_agreement SET title = title");
      await settle();
      expect(heard, "nothing before the commit").toEqual([]);
      await writer.query("ROLLBACK");
      await settle();
      expect(heard, "nothing for a rolled-back change").toEqual([]);
      for (const table of ["agency", "sharing_agreement", "agreement_party", "agreement_grant"]) {
        await writer.query(`UPDATE governance.${table} SET id = id`);
      }
      await settle();
      expect(heard.sort()).toEqual(["agency", "agreement_grant", "agreement_party", "sharing_agreement"]);
    } finally {
      await writer.end();
      await listener.end();
    }
  });
});
