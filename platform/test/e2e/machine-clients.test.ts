import { demoAgencyId } from "@partnership/governance";
import { createLogger, demoPartnershipId, Role, type RunningService } from "@partnership/runtime";
import { SignJWT, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider, demoIssuer, startGateway } from "@partnership/gateway";
import {
  type Client,
  clientFor,
  replicaGatewayConfig,
  startTestPlatform,
  type TestPlatform,
} from "../support/platform.js";

/**
 * Machine clients (issue #26, item 5): a partner agency's system signs in with a client-credentials
 * access token from its own identity provider (RFC 9068: `client_id`, and `sub` the client), and
 * acts for the agency, in the one partnership, with the roles its registration gives it; its reads
 * are limited by its agency's agreements and audited under its name, like a person's.
 */

const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");
const HFJ = demoAgencyId("HFJ");
const WMP = demoAgencyId("WMP");
const SMBC = demoAgencyId("SMBC");
const ISSUER = "partnership-demo-idp";

const REGISTER = `mutation Register($input: RegisterMachineClientInput!) {
  registerMachineClient(input: $input) {
    id issuer clientId name roles registeredBy registeredAt revokedAt active agency { id shortName }
  }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeMachineClient(id: $id) { id active revokedAt revokedBy } }`;
const LIST = `query List($includeRevoked: Boolean) {
  machineClients(first: 50, includeRevoked: $includeRevoked) { totalCount nodes { id clientId name active } }
}`;
/** Every concern of the partnership, with a field only agreements granting INTELLIGENCE open. */
const CONCERNS = `query PartnerSync { concerns(first: 100) { totalCount nodes { id reference status intelligenceSummary } } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  issuer: ISSUER,
  clientId: "hfj-case-system",
  agencyId: HFJ,
  name: "Hope for Justice case system",
  roles: ["CASEWORKER"],
  ...overrides,
});

describe("machine clients", () => {
  let t: TestPlatform;
  let idp: DemoIdentityProvider;
  /** The chair agency's (SMBC's) partnership administrator. */
  let admin: Client;
  /** As the partner system with this client id would call, acting in `partnership` when given. */
  const machine = async (clientId: string, partnership?: string, url = t.gatewayUrl) =>
    clientFor(url, await idp.issueClientToken(clientId), partnership);
  const registered = async (overrides: Record<string, unknown> = {}) => {
    const result = await admin.query<any>(REGISTER, { input: input(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.registerMachineClient as { id: string; clientId: string };
  };
  const count = async () =>
    Number((await t.database.query<{ n: string }>("SELECT count(*) AS n FROM governance.machine_client"))[0]!.n);

  beforeAll(async () => {
    t = await startTestPlatform();
    idp = await DemoIdentityProvider.fromJwk(t.keys.users.privateJwk);
    admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("the register", () => {
    it("a partnership administrator registers a client, which is listed; it names who registered it and when", async () => {
      const result = await admin.query<any>(REGISTER, {
        input: input({ clientId: "hfj-register", roles: ["READ_ONLY", "CASEWORKER", "CASEWORKER"] }),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.registerMachineClient).toMatchObject({
        issuer: ISSUER,
        clientId: "hfj-register",
        name: "Hope for Justice case system",
        roles: ["CASEWORKER", "READ_ONLY"],
        registeredBy: "demo:smbc:partnership_admin",
        revokedAt: null,
        active: true,
        agency: { id: HFJ, shortName: "HFJ" },
      });
      const listed = await admin.query<any>(LIST);
      expect(listed.data!.machineClients.nodes.map((node: any) => node.clientId)).toContain("hfj-register");
    });

    it("only a partnership administrator registers, revokes or lists them", async () => {
      const before = await count();
      for (const role of [Role.COORDINATOR, Role.CASEWORKER, Role.AUDITOR, Role.DATA_PROTECTION_OFFICER]) {
        const someone = await t.as("SMBC", role);
        for (const [query, variables] of [
          [REGISTER, { input: input({ clientId: `not-by-${role}` }) }],
          [REVOKE, { id: "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa" }],
          [LIST, {}],
        ] as const) {
          const result = await someone.query(query, variables);
          expect(result.errors?.[0]?.extensions?.code, `${role}: ${query.slice(0, 30)}`).toBe("FORBIDDEN");
        }
      }
      expect(await count()).toBe(before);
    });

    it("an administrator of another member agency registers only its own agency's systems; the chair's, any member's", async () => {
      const hfjAdmin = await t.as("HFJ", Role.PARTNERSHIP_ADMIN);
      const forPolice = await hfjAdmin.query(REGISTER, { input: input({ clientId: "hfj-for-wmp", agencyId: WMP }) });
      expect(forPolice.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.agencyId" });
      const own = await hfjAdmin.query<any>(REGISTER, { input: input({ clientId: "hfj-own" }) });
      expect(own.errors).toBeUndefined();
      // Its list holds its own agency's systems only.
      const listed = await hfjAdmin.query<any>(LIST);
      expect(listed.data!.machineClients.totalCount).toBeGreaterThan(0);
      const agencies = await t.database.query<{ agency_id: string }>(
        `SELECT agency_id FROM governance.machine_client WHERE id = ANY($1)`,
        [listed.data!.machineClients.nodes.map((node: any) => node.id)],
      );
      expect(new Set(agencies.map((row) => row.agency_id))).toEqual(new Set([HFJ]));
    });

    it("refuses administrative, data protection and platform roles with BAD_USER_INPUT naming roles, writing nothing", async () => {
      const before = await count();
      for (const roles of [
        ["PARTNERSHIP_ADMIN"],
        ["CASEWORKER", "DATA_PROTECTION_OFFICER"],
        ["PLATFORM_ADMIN"],
        ["SYSTEM"],
      ]) {
        const result = await admin.query(REGISTER, { input: input({ clientId: "too-powerful", roles }) });
        expect(result.errors?.[0]?.extensions, roles.join()).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "input.roles",
        });
      }
      const none = await admin.query(REGISTER, { input: input({ clientId: "no-roles", roles: [] }) });
      expect(none.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(none.errors?.[0]?.message).toMatch(/roles/);
      const outsider = await admin.query(REGISTER, {
        input: input({ clientId: "not-a-member", agencyId: demoAgencyId("TVC") }),
      });
      expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.agencyId" });
      expect(await count()).toBe(before);
    });

    it("registers one (issuer, client id) in one partnership at a time: again after it is revoked", async () => {
      const first = await registered({ clientId: "wmp-records", agencyId: WMP, name: "WMP records system" });
      const tameAdmin = await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN);
      const elsewhere = await tameAdmin.query(REGISTER, {
        input: input({ clientId: "wmp-records", agencyId: WMP, name: "WMP records system" }),
      });
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.clientId" });
      expect(elsewhere.errors?.[0]?.message).toMatch(/another partnership/);
      const again = await admin.query(REGISTER, { input: input({ clientId: "wmp-records", agencyId: WMP }) });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.clientId" });
      // Another issuer's client of the same id is another client.
      const otherIssuer = await admin.query(REGISTER, {
        input: input({ issuer: "https://idp.example.org", clientId: "wmp-records", agencyId: WMP }),
      });
      expect(otherIssuer.errors).toBeUndefined();

      const revoked = await admin.query<any>(REVOKE, { id: first.id });
      expect(revoked.data!.revokeMachineClient).toMatchObject({
        active: false,
        revokedBy: "demo:smbc:partnership_admin",
      });
      expect((await admin.query(REVOKE, { id: first.id })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const moved = await tameAdmin.query<any>(REGISTER, {
        input: input({ clientId: "wmp-records", agencyId: WMP, name: "WMP records system" }),
      });
      expect(moved.errors).toBeUndefined();
      // The revoked registration stays in the register's history.
      const history = await admin.query<any>(LIST, { includeRevoked: true });
      expect(history.data!.machineClients.nodes).toContainEqual(
        expect.objectContaining({ id: first.id, active: false }),
      );
      expect((await admin.query<any>(LIST)).data!.machineClients.nodes.map((n: any) => n.id)).not.toContain(first.id);
    });
  });

  describe("a registered client", () => {
    let partner: Client;
    let person: Client;

    beforeAll(async () => {
      await registered({ clientId: "hfj-sync" });
      partner = await machine("hfj-sync");
      person = await t.as("HFJ", Role.CASEWORKER);
    });

    it("reads the partnership's concerns as its agency's people do: its agreements decide each field", async () => {
      const asSystem = await partner.query<any>(CONCERNS);
      const asPerson = await person.query<any>(CONCERNS);
      expect(asSystem.status).toBe(200);
      expect(asSystem.data!.concerns.totalCount).toBeGreaterThan(0);
      expect(asSystem.data).toEqual(asPerson.data);
      const refusals = (answer: typeof asSystem) =>
        (answer.errors ?? []).map((error) => [JSON.stringify(error.path), error.extensions?.code]).sort();
      expect(refusals(asSystem)).toEqual(refusals(asPerson));
      // Hope for Justice's agreements give it no police intelligence: refused field by field.
      expect(asSystem.errors?.length).toBeGreaterThan(0);
      for (const error of asSystem.errors!) {
        expect(error.extensions).toMatchObject({ code: "FORBIDDEN_BY_SHARING_AGREEMENT" });
        expect(error.path?.at(-1)).toBe("intelligenceSummary");
      }
    });

    it("acts in its registration's partnership without saying so, or saying so", async () => {
      const named = await (await machine("hfj-sync", SANDWELL)).query<any>(CONCERNS);
      expect(named.status).toBe(200);
      expect(named.data!.concerns.totalCount).toBeGreaterThan(0);
    });

    it("acts with its registered roles only: a read-only system writes nothing", async () => {
      await registered({ clientId: "hfj-reader", roles: ["READ_ONLY"] });
      const reader = await machine("hfj-reader");
      const record = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`;
      const concern = {
        input: {
          receivedOn: "2026-06-02",
          source: "PUBLIC",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [],
          referringAgencyId: HFJ,
          location: { type: "NOT_KNOWN" },
        },
      };
      const before = await t.database.query("SELECT count(*) FROM cases.concern");
      const result = await reader.query(record, concern);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toMatch(/needs one of the roles/);
      expect(await t.database.query("SELECT count(*) FROM cases.concern")).toEqual(before);
      // The caseworking system of the same agency records it: the role, not the agency, was missing.
      const written = await partner.query<any>(record, concern);
      expect(written.errors).toBeUndefined();
      expect(written.data!.recordConcern.id).toBeTruthy();
      // Its agency's people hold every role in the directory: the registration, not the directory, decides.
      expect((await reader.query<any>(LIST)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("its reads are in the audit trail under its name and its agency", async () => {
      const query = `query AuditedSync { concerns(first: 5) { nodes { id reference intelligenceSummary } } }`;
      await partner.query(query);
      const rows = await t.database.query<{ user_id: string; agency_id: string; outcome: string }>(
        `SELECT user_id, agency_id, outcome FROM cases.audit_event WHERE operation = 'AuditedSync'`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatchObject({ user_id: "client:hfj-sync", agency_id: HFJ });
      expect(new Set(rows.map((row) => row.outcome))).toContain("DENIED");
      // As an auditor of the chair agency reads it.
      const auditor = await t.as("SMBC", Role.AUDITOR);
      const trail = await auditor.query<any>(
        `{ casesAuditEvents(first: 100, filter: { userId: "client:hfj-sync" }) { totalCount nodes { userId agencyId operation } } }`,
      );
      expect(trail.errors).toBeUndefined();
      expect(trail.data!.casesAuditEvents.totalCount).toBeGreaterThanOrEqual(rows.length);
      expect(trail.data!.casesAuditEvents.nodes.length).toBeGreaterThan(0);
      for (const node of trail.data!.casesAuditEvents.nodes)
        expect(node).toMatchObject({ userId: "client:hfj-sync", agencyId: HFJ });
    });
  });

  describe("refused", () => {
    it("a client never registered: 403, saying so", async () => {
      const result = await (await machine("nobody-registered-me")).query(CONCERNS);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toMatch(/is not registered/);
    });

    it("a revoked client, from the revocation on: 403, saying so", async () => {
      const { id } = await registered({ clientId: "hfj-to-revoke" });
      const system = await machine("hfj-to-revoke");
      expect((await system.query(CONCERNS)).status).toBe(200);
      expect((await admin.query(REVOKE, { id })).errors).toBeUndefined();
      const result = await system.query(CONCERNS);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.message).toMatch(/was revoked/);
    });

    it("a revoked client, on another gateway replica that had its registration cached: as soon as the change is announced", async () => {
      const { id } = await registered({ clientId: "hfj-cached-elsewhere" });
      // Cached for ten minutes: only the database's announcement can drop it within the test.
      const replica = await startGateway(
        replicaGatewayConfig(t, { grantsCacheTtlMs: 600_000, grantsNotifyUrl: t.database.url }),
        createLogger("listening-replica", "silent"),
      );
      try {
        const system = await machine("hfj-cached-elsewhere", undefined, replica.url);
        expect((await system.query(CONCERNS)).status).toBe(200);
        expect((await admin.query(REVOKE, { id })).errors).toBeUndefined();
        let status = 200;
        for (let waited = 0; status === 200 && waited < 5_000; waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          status = (await system.query(`{ concerns(first: 1) { totalCount } }`)).status;
        }
        expect(status).toBe(403);
      } finally {
        await replica.stop();
      }
    });

    it("a client asking to act in another partnership, even one its agency is a member of: 403", async () => {
      await registered({ clientId: "wmp-sandwell-only", agencyId: WMP, name: "WMP Sandwell feed" });
      expect((await (await machine("wmp-sandwell-only")).query(CONCERNS)).status).toBe(200);
      const result = await (await machine("wmp-sandwell-only", TAME)).query(CONCERNS);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.message).toMatch(new RegExp(`acts only in partnership ${SANDWELL}`));
    });

    it("a client whose token's issuer is not trusted to speak for its registration's agency: 403", async () => {
      await registered({ clientId: "wmp-via-narrow-idp", agencyId: WMP, name: "WMP via the police IdP" });
      await registered({ clientId: "hfj-via-narrow-idp", name: "HFJ via the police IdP" });
      // A gateway that trusts the same provider for the police only.
      let narrow: RunningService | undefined;
      try {
        narrow = await startGateway(
          replicaGatewayConfig(t, { trustedIssuers: [{ ...demoIssuer(t.keys.users.publicJwk), agencies: [WMP] }] }),
          createLogger("narrow-gateway", "silent"),
        );
        expect((await (await machine("wmp-via-narrow-idp", undefined, narrow.url)).query(CONCERNS)).status).toBe(200);
        const result = await (await machine("hfj-via-narrow-idp", undefined, narrow.url)).query(CONCERNS);
        expect(result.status).toBe(403);
        expect(result.errors?.[0]?.message).toMatch(/not trusted to speak for/);
      } finally {
        await narrow?.stop();
      }
    });

    it("a client-credentials token that is not an RFC 9068 access token (no typ at+jwt): 401", async () => {
      await registered({ clientId: "hfj-untyped" });
      const key = await importJWK(t.keys.users.privateJwk, "ES256");
      const untyped = await new SignJWT({ client_id: "hfj-untyped" })
        .setProtectedHeader({ alg: "ES256" })
        .setSubject("hfj-untyped")
        .setIssuer(ISSUER)
        .setAudience("partnership-graph")
        .setExpirationTime("5m")
        .sign(key);
      const result = await clientFor(t.gatewayUrl, untyped).query(CONCERNS);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.message).toMatch(/at\+jwt/);
    });
  });

  describe("people's tokens are unaffected", () => {
    const userToken = async (claims: Record<string, unknown>, subject: string) =>
      new SignJWT({ agency: HFJ, roles: ["CASEWORKER"], ...claims })
        .setProtectedHeader({ alg: "ES256" })
        .setSubject(subject)
        .setIssuer(ISSUER)
        .setAudience("partnership-graph")
        .setExpirationTime("5m")
        .sign(await importJWK(t.keys.users.privateJwk, "ES256"));

    it("a user token without client_id acts for the user, as before", async () => {
      const result = await clientFor(t.gatewayUrl, await userToken({}, "demo:hfj:caseworker"), SANDWELL).query<any>(
        CONCERNS,
      );
      expect(result.status).toBe(200);
      expect(result.data!.concerns.totalCount).toBeGreaterThan(0);
    });

    it("a user's access token that names the client it came through (client_id not its sub) is still the user's", async () => {
      // Registered under that client id: a person signing in through the system is not the system.
      await registered({ clientId: "hfj-portal", roles: ["READ_ONLY"] });
      const token = await userToken({ client_id: "hfj-portal" }, "demo:hfj:caseworker");
      const query = `query AsPersonThroughClient { concerns(first: 1) { nodes { id intelligenceSummary } } }`;
      expect((await clientFor(t.gatewayUrl, token, SANDWELL).query(query)).status).toBe(200);
      const rows = await t.database.query<{ user_id: string }>(
        `SELECT DISTINCT user_id FROM cases.audit_event WHERE operation = 'AsPersonThroughClient'`,
      );
      expect(rows).toEqual([{ user_id: "demo:hfj:caseworker" }]);
    });

    it("a user token whose subject poses as a machine client (client:...) is refused: 401", async () => {
      const result = await clientFor(t.gatewayUrl, await userToken({}, "client:hfj-sync"), SANDWELL).query(CONCERNS);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.message).toMatch(/names machine clients/);
    });

    it("a machine client's token does not stand in for a person's where only a person's is taken", async () => {
      // The chair's administrator registered for the chair's own agency, as any member's.
      const chairs = await registered({ clientId: "smbc-ledger", agencyId: SMBC, roles: ["COORDINATOR"] });
      expect(chairs.clientId).toBe("smbc-ledger");
      const { UserTokenVerifier } = await import("../../../gateway/src/auth/user-token.js");
      const verifier = new UserTokenVerifier([demoIssuer(t.keys.users.publicJwk)]);
      const token = await idp.issueClientToken("smbc-ledger");
      await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(/client-credentials/);
      expect(await verifier.verifyToken(`Bearer ${token}`)).toMatchObject({
        kind: "machine",
        machine: { clientId: "smbc-ledger" },
      });
    });
  });
});
