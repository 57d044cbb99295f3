import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_AGENCIES, DEMO_SECOND_AGENCIES, DEMO_SECOND_MEMBERS } from "@partnership/governance/seed";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  CallerContextVerifier,
  createLogger,
  demoAgencyId,
  demoPartnershipId,
  type MemberAgency,
  Role,
  type RunningService,
} from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "@partnership/gateway";
import {
  type Client,
  clientFor,
  postGraphQL,
  replicaGatewayConfig,
  startTestPlatform,
  type TestPlatform,
} from "../support/platform.js";

const ALL_DEMO_AGENCIES = [...DEMO_AGENCIES, ...DEMO_SECOND_AGENCIES];
/** An agency as the demo directory describes it, in the caller context's terms. */
const described = (shortName: string): MemberAgency => {
  const agency = ALL_DEMO_AGENCIES.find((a) => a.shortName === shortName)!;
  return {
    id: demoAgencyId(shortName),
    shortName,
    sector: agency.sector,
    firstResponder: agency.firstResponder,
  };
};
const byId = (agencies: MemberAgency[]) => [...agencies].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The caller context names the acting partnership's member agencies with what the other subgraphs
 * need of the directory (short name, sector, first responder organisation or not), as governance
 * reads them today: observed where a subgraph receives it, through a relay between a gateway and the
 * cases subgraph, and verified as the subgraph verifies it.
 */
describe("the acting partnership's member agencies in the caller context", () => {
  let t: TestPlatform;
  let relay: Server;
  let gateway: RunningService;
  let verifier: CallerContextVerifier;
  /** The contexts the cases subgraph was sent, newest last. */
  const received: string[] = [];

  beforeAll(async () => {
    t = await startTestPlatform();
    verifier = await CallerContextVerifier.fromJwk(t.keys.callerContext.publicJwk);
    const cases = t.platform.subgraphs.find((s) => s.name === "cases")!.url;
    relay = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push(String(req.headers[CALLER_CONTEXT_HEADER] ?? ""));
      const answer = await fetch(cases, {
        method: "POST",
        headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: received.at(-1)! },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const urls = Object.fromEntries(t.platform.subgraphs.map((s) => [s.name, s.url]));
    urls.cases = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway(replicaGatewayConfig(t, { subgraphUrls: urls }), createLogger("relayed", "silent"));
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => relay?.close(resolve));
    await t?.stop();
  });

  /** The caller the cases subgraph verified for one request of `client` through the relaying gateway. */
  const callerSeenByCases = async (client: Client): Promise<Caller> => {
    received.length = 0;
    const answer = await client.query(`{ areas(first: 1) { totalCount } }`);
    expect(answer.errors).toBeUndefined();
    expect(received).toHaveLength(1);
    const caller = await verifier.verify(received[0]);
    expect(caller).not.toBeNull();
    return caller!;
  };
  const relayed = async (shortName: string, partnership: string, ...roles: Role[]) =>
    clientFor(gateway.url, (await t.asIn(partnership, shortName, ...roles)).token, demoPartnershipId(partnership));

  it("Sandwell's members, each with its short name, sector and flag from the directory; none of the Tame Valley's own", async () => {
    const caller = await callerSeenByCases(await relayed("WMP", "SANDWELL", Role.CASEWORKER));
    const members = caller.partnership!.memberAgencies!;
    expect(byId(members)).toEqual(byId(DEMO_AGENCIES.map((a) => described(a.shortName))));
    // The same members as memberAgencyIds, by the same rule.
    expect(members.map((m) => m.id).sort()).toEqual([...caller.partnership!.memberAgencyIds].sort());
    expect(members.filter((m) => m.firstResponder).length).toBeGreaterThan(0);
    expect(members.filter((m) => !m.firstResponder).length).toBeGreaterThan(0);
    for (const own of DEMO_SECOND_AGENCIES) expect(members.map((m) => m.shortName)).not.toContain(own.shortName);
  });

  it("the Tame Valley's members for a request acting there; none of Sandwell's own", async () => {
    const caller = await callerSeenByCases(await relayed("WMP", "TAME", Role.CASEWORKER));
    expect(byId(caller.partnership!.memberAgencies!)).toEqual(
      byId(DEMO_SECOND_MEMBERS.map(([shortName]) => described(shortName))),
    );
    expect(caller.partnership!.memberAgencies!.map((m) => m.shortName)).not.toContain("SMBC");
  });

  it("follows the directory: an agency the chair marks a first responder organisation is one in the next request's context", async () => {
    const police = await relayed("WMP", "SANDWELL", Role.CASEWORKER);
    const before = (await callerSeenByCases(police)).partnership!.memberAgencies!;
    const utility = DEMO_AGENCIES.find((a) => !a.firstResponder && a.sector === "UTILITY")!;
    expect(before.find((m) => m.shortName === utility.shortName)?.firstResponder).toBe(false);
    // Through the relaying gateway, which drops its cached profiles when it relays a governance write.
    const chair = await relayed("SMBC", "SANDWELL", Role.PARTNERSHIP_ADMIN);
    const updated = await chair.query<any>(
      `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { shortName firstResponder } }`,
      { input: { agencyId: demoAgencyId(utility.shortName), firstResponder: true } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAgency).toEqual({ shortName: utility.shortName, firstResponder: true });
    const after = (await callerSeenByCases(police)).partnership!.memberAgencies!;
    expect(after.find((m) => m.shortName === utility.shortName)?.firstResponder).toBe(true);
    expect(after.filter((m) => m.shortName !== utility.shortName)).toEqual(
      before.filter((m) => m.shortName !== utility.shortName),
    );
  });

  it("costs governance the same SQL statements for 5 members as for 18: one statement for all of them", async () => {
    const governance = t.platform.subgraphs.find((s) => s.name === "governance")!;
    const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    const ask = async (partnership: string) => {
      const context = await signer.sign({
        userId: "gateway",
        agencyId: demoAgencyId("WMP"),
        sector: "SYSTEM",
        roles: [Role.SYSTEM],
        grants: {},
        partnership: null,
        requestId: `member-agencies-${partnership}`,
      });
      const before = governance.statements!();
      const answer = await postGraphQL<any>(
        governance.url,
        `query($agencyId: ID!, $partnershipId: ID) { callerProfile(agencyId: $agencyId, userId: "wmp:someone", partnershipId: $partnershipId) {
          partnership { memberAgencyIds memberAgencies { id shortName sector firstResponder } } } }`,
        { agencyId: demoAgencyId("WMP"), partnershipId: demoPartnershipId(partnership) },
        { [CALLER_CONTEXT_HEADER]: context },
      );
      expect(answer.errors).toBeUndefined();
      return { statements: governance.statements!() - before, members: answer.data.callerProfile.partnership };
    };
    const sandwell = await ask("SANDWELL");
    const tame = await ask("TAME");
    expect(sandwell.members.memberAgencies).toHaveLength(DEMO_AGENCIES.length);
    expect(tame.members.memberAgencies).toHaveLength(DEMO_SECOND_MEMBERS.length);
    expect(tame.statements).toBe(sandwell.statements);
  });
});

/** The directory says which agencies are first responder organisations, and only the partnership's chair corrects it. */
describe("first responder organisations in the directory", () => {
  let t: TestPlatform;
  const UPDATE = `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id name firstResponder } }`;
  const agencyRow = async (id: string) =>
    (await t.database.query(`SELECT name, first_responder FROM governance.agency WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.stop());

  it("createAgency records the flag, false unless given", async () => {
    const admin = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const create = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { shortName firstResponder } }`;
    const listed = await admin.query<any>(create, {
      input: { name: "Kalayaan", shortName: "KALAYAAN", sector: "NGO", firstResponder: true },
    });
    const unlisted = await admin.query<any>(create, {
      input: { name: "Sandwell Food Bank", shortName: "SFB", sector: "FAITH_COMMUNITY" },
    });
    expect([listed.data?.createAgency, unlisted.data?.createAgency]).toEqual([
      { shortName: "KALAYAAN", firstResponder: true },
      { shortName: "SFB", firstResponder: false },
    ]);
    const firstResponders = await admin.query<any>(
      `{ agencies(first: 100, filter: { firstResponder: true, search: "KALAYAAN" }) { nodes { shortName } } }`,
    );
    expect(firstResponders.data!.agencies.nodes).toEqual([{ shortName: "KALAYAAN" }]);
  });

  it("updateAgency by the chair's administrator corrects a member's name and flag", async () => {
    const chair = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const centre = demoAgencyId("SACC");
    const answer = await chair.query<any>(UPDATE, {
      input: { agencyId: centre, name: "  St Albans Community Centre (Smethwick)  ", firstResponder: true },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.updateAgency).toEqual({
      id: centre,
      name: "St Albans Community Centre (Smethwick)",
      firstResponder: true,
    });
    expect(await agencyRow(centre)).toEqual({ name: "St Albans Community Centre (Smethwick)", first_responder: true });
    const back = await chair.query<any>(UPDATE, { input: { agencyId: centre, firstResponder: false } });
    expect(back.data!.updateAgency).toEqual({
      id: centre,
      name: "St Albans Community Centre (Smethwick)",
      firstResponder: false,
    });
  });

  it("refuses bad input naming the field, another agency's administrator and a non-member, writing nothing", async () => {
    const chair = await t.as("SMBC", Role.PARTNERSHIP_ADMIN);
    const hfj = demoAgencyId("HFJ");
    const before = await agencyRow(hfj);
    const refusals: Array<[Client, Record<string, unknown>, string, string]> = [
      [chair, { agencyId: hfj }, "BAD_USER_INPUT", "input"],
      [chair, { agencyId: hfj, name: null, firstResponder: null }, "BAD_USER_INPUT", "input"],
      [chair, { agencyId: hfj, name: "   " }, "BAD_USER_INPUT", "input.name"],
      [chair, { agencyId: hfj, name: "x".repeat(201) }, "BAD_USER_INPUT", "input.name"],
      [chair, { agencyId: "not-an-id", firstResponder: false }, "BAD_USER_INPUT", "input.agencyId"],
      [
        chair,
        { agencyId: "6d1d3c36-56a1-4cc5-9f0e-0b9ad1f1c0aa", firstResponder: false },
        "BAD_USER_INPUT",
        "input.agencyId",
      ],
      // An agency marks itself a first responder no more than any other member does.
      [
        await t.as("HFJ", Role.PARTNERSHIP_ADMIN),
        { agencyId: hfj, firstResponder: false },
        "FORBIDDEN",
        "input.agencyId",
      ],
      [
        await t.as("GLAA", Role.PARTNERSHIP_ADMIN),
        { agencyId: hfj, firstResponder: false },
        "FORBIDDEN",
        "input.agencyId",
      ],
      // The Tame Valley's council is not a member of Sandwell's partnership.
      [chair, { agencyId: demoAgencyId("TVC"), firstResponder: false }, "FORBIDDEN", "input.agencyId"],
    ];
    for (const [client, input, code, field] of refusals) {
      const answer = await client.query(UPDATE, { input });
      expect(answer.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    expect(await agencyRow(hfj)).toEqual(before);
    expect((await agencyRow(demoAgencyId("TVC"))).first_responder).toBe(true);
    const coordinator = await t.as("SMBC", Role.COORDINATOR);
    const answer = await coordinator.query(UPDATE, { input: { agencyId: hfj, firstResponder: false } });
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await agencyRow(hfj)).toEqual(before);
  });
});
