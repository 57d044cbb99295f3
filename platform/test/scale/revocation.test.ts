import { createLogger, demoPartnershipId, type RunningService, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "@partnership/gateway";
import {
  type Client,
  clientFor,
  startTestPlatform,
  type TestPlatform,
  replicaGatewayConfig,
} from "../support/platform.js";

/** Far longer than the test: a gateway that sees a change can only have dropped its cache for it. */
const LONG_TTL_MS = 600_000;
/** How soon a change made in the database alone must reach the gateway `npm start` runs. */
const NOTIFIED_WITHIN_MS = 2_000;
const HELEN = "helen.marsh@smbc.example.org";
const SANDWELL = demoPartnershipId("SANDWELL");

/**
 * Revocation comes from the database, never from reading the client's operation: the gateway
 * `launchPlatform` starts (what `npm start` and these tests run) always LISTENs, and any gateway
 * drops its cached grants after every mutation fetch it sends to governance, however the client
 * wrote the operation (inline fragment, named fragment, alias).
 */
describe("revoking grants", () => {
  let t: TestPlatform;
  /** A replica with no LISTEN connection: only the mutation fetches it relays can drop its cache. */
  let deaf: RunningService;
  let admin: Client;
  let shopId: string;

  beforeAll(async () => {
    t = await startTestPlatform({ grantsCacheTtlMs: LONG_TTL_MS });
    deaf = await startGateway(
      replicaGatewayConfig(t, { grantsCacheTtlMs: LONG_TTL_MS }),
      createLogger("deaf-replica", "silent"),
    );
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const agreements: any = await admin.query("{ sharingAgreements(first: 50) { nodes { id reference } } }");
    shopId = agreements.data.sharingAgreements.nodes.find((a: any) => a.reference === "ISA-SHOP-2019-01").id;
  });
  afterAll(async () => {
    await deaf?.stop();
    await t?.stop();
  });

  /** Helen Marsh's email (council staff, PERSONNEL from ISA-SHOP-2019-01) as a police caseworker sees it. */
  const emailVia = async (url: string) => {
    const police = clientFor(url, (await t.as("WMP", Role.CASEWORKER)).token, SANDWELL);
    const result = await police.query<any>('{ people(filter: { search: "Helen Marsh" }) { nodes { email } } }');
    // Without PERSONNEL the email is null, with the sharing-agreement refusal as the only error.
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe("FORBIDDEN_BY_SHARING_AGREEMENT");
    return result.data!.people.nodes[0].email as string | null;
  };
  /** Through the deaf replica, which has no other way to hear of it; a mutation fetch like any other. */
  const reactivate = async () => {
    const result = await clientFor(deaf.url, admin.token, SANDWELL).query(
      "mutation($id: ID!) { reactivateSharingAgreement(input: { agreementId: $id }) { status } }",
      { id: shopId },
    );
    expect(result.errors).toBeUndefined();
    expect(await emailVia(deaf.url)).toBe(HELEN);
  };
  const reactivateInSql = () =>
    t.database.query(
      "UPDATE governance.sharing_agreement SET state = 'ACTIVE', suspended_reason = NULL WHERE id = $1",
      [shopId],
    );
  /** Milliseconds until `url` answers `expected`, or -1 if it does not within `limitMs`. */
  const msUntil = async (url: string, expected: string | null, limitMs: number) => {
    const since = performance.now();
    while (performance.now() - since < limitMs) {
      if ((await emailVia(url)) === expected) return performance.now() - since;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return -1;
  };

  const suspensions: Array<[string, string]> = [
    [
      "inside an inline fragment",
      `mutation($id: ID!) { ... on Mutation { suspendSharingAgreement(input: { agreementId: $id, reason: "Revocation test" }) { status } } }`,
    ],
    [
      "inside a named fragment",
      `mutation Suspend($id: ID!) { ...S }
       fragment S on Mutation { suspendSharingAgreement(input: { agreementId: $id, reason: "Revocation test" }) { status } }`,
    ],
    [
      "under an alias",
      `mutation($id: ID!) { pause: suspendSharingAgreement(input: { agreementId: $id, reason: "Revocation test" }) { status } }`,
    ],
  ];

  for (const [how, mutation] of suspensions) {
    it(`a suspension sent ${how} revokes at once on the gateway that relayed it, even with no LISTEN connection`, async () => {
      try {
        expect(await emailVia(deaf.url)).toBe(HELEN);
        const relayed = await clientFor(deaf.url, admin.token, SANDWELL).query(mutation, { id: shopId });
        expect(relayed.errors).toBeUndefined();
        // The very next request: no TTL, no notification (this replica has none) could explain it.
        expect(await emailVia(deaf.url)).toBeNull();
      } finally {
        await reactivate();
      }
    });
  }

  it("a read-only operation to governance keeps the cache: only mutation fetches drop it", async () => {
    expect(await emailVia(deaf.url)).toBe(HELEN);
    // Suspended behind every gateway's back, with notifications unheard by this replica:
    await t.database.query("UPDATE governance.sharing_agreement SET state = 'SUSPENDED' WHERE id = $1", [shopId]);
    try {
      await clientFor(deaf.url, admin.token, SANDWELL).query("{ sharingAgreements(first: 1) { totalCount } }");
      expect(await emailVia(deaf.url)).toBe(HELEN);
    } finally {
      await reactivate();
    }
  });

  it("an agreement suspended directly in SQL (no gateway involved) is revoked on the platform's gateway through NOTIFY", async () => {
    const url = t.gatewayUrl;
    // The platform's gateway may have heard the previous tests' reactivation: wait for it to settle.
    expect(await msUntil(url, HELEN, NOTIFIED_WITHIN_MS)).toBeGreaterThanOrEqual(0);
    await t.database.query("UPDATE governance.sharing_agreement SET state = 'SUSPENDED' WHERE id = $1", [shopId]);
    try {
      const seenAfter = await msUntil(url, null, NOTIFIED_WITHIN_MS * 2);
      expect(seenAfter, "revoked through NOTIFY").toBeGreaterThanOrEqual(0);
      expect(seenAfter).toBeLessThanOrEqual(NOTIFIED_WITHIN_MS);
    } finally {
      await reactivateInSql();
    }
    expect(await msUntil(url, HELEN, NOTIFIED_WITHIN_MS * 2)).toBeGreaterThanOrEqual(0);
  });
});
