import { DirectoryClient } from "@partnership/cases";
import { demoAgencyId } from "@partnership/governance";
import { type Caller, CallerContextSigner, DataCategory, demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * The rules that keep wrong data out of the casework (issue 19): an NRM referral is made by the
 * caller's own agency, a first responder organisation, and by a person of it in the directory
 * (asked of governance as the caller); the recording agency always takes part in its concern; a
 * referral keeps the person's age group (adult, minor, age unknown); a person may show several kinds
 * of exploitation; premises may be not known; the sources and premises partnerships use are recordable.
 * Each refusal is BAD_USER_INPUT naming the field, with nothing written.
 */
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
const TVRC = demoAgencyId("TVRC");
const REFERRER = "marcus.oyelaran@wmp.example.org";

const CASES_TABLES = ["concern", "concern_change", "location", "potential_victim", "nrm_referral", "duty_to_notify"];

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) {
  id version takingPart leadAgency { shortName } participatingAgencies { shortName } source } }`;
const RECORD_PREMISES = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) {
  id source location { type area { name } ward address postcode } } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
  updateConcern(id: $id, version: $version, input: $input) { id version participatingAgencies { shortName } } }`;
const SCREEN = `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) {
  screenPerson(concernId: $concernId, input: $input) { id ageGroup exploitationType exploitationTypes } }`;
const REFER = `mutation Refer($victimId: ID!, $input: NrmReferralInput!) {
  referToNrm(victimId: $victimId, input: $input) { id minor ageGroup consentGiven referringAgency { shortName } } }`;
const NOTIFY = `mutation Notify($victimId: ID!, $input: DutyToNotifyInput!) {
  recordDutyToNotify(victimId: $victimId, input: $input) { id } }`;
const VISIT = `mutation Visit($concernId: ID!, $input: RecordVisitInput!) {
  recordVisit(concernId: $concernId, input: $input) { id peopleScreened { exploitationType exploitationTypes } } }`;

const person = (overrides: Record<string, unknown> = {}) => ({
  screenedOn: "2026-06-10",
  ageGroup: "ADULT",
  gender: "MALE",
  nationality: "Romanian",
  exploitationType: "LABOUR",
  ...overrides,
});
const referral = (overrides: Record<string, unknown> = {}) => ({
  referredOn: "2026-06-11",
  referringAgencyId: WMP,
  referrerEmail: REFERRER,
  consentGiven: true,
  ...overrides,
});

describe("casework rules that keep wrong data out", () => {
  let t: TestPlatform;
  let police: Client;
  let ngo: Client;
  let oldbury: string;

  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        CASES_TABLES.map(async (table) => {
          const [row] = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
          return [table, row!.n] as const;
        }),
      ),
    );

  /** A write refused with `code` naming `field`, and every cases table as it was. */
  const refused = async (
    client: Client,
    query: string,
    variables: Record<string, unknown>,
    field: string | undefined,
    code = "BAD_USER_INPUT",
  ) => {
    const before = await rowCounts();
    const result = await client.query<any>(query, variables);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result.errors)).toMatchObject({
      code,
      ...(field ? { field } : {}),
    });
    expect(await rowCounts()).toEqual(before);
    return result.errors![0]!;
  };

  const ok = async <T = any>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await client.query<any>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data!)[0] as T;
  };

  const concernOf = (client: Client, overrides: Record<string, unknown> = {}) =>
    ok<{ id: string; version: number }>(client, RECORD, {
      input: {
        receivedOn: "2026-06-02",
        source: "PUBLIC",
        exploitationTypes: ["LABOUR"],
        location: {
          type: "CAR_WASH",
          areaId: oldbury,
          ward: "Langley",
          address: "1 Station Road",
          postcode: "B69 4AA",
        },
        ...overrides,
      },
    });
  const screened = async (client = police, overrides: Record<string, unknown> = {}) => {
    const concern = await concernOf(client);
    return ok<{ id: string }>(client, SCREEN, { concernId: concern.id, input: person(overrides) });
  };
  const governance = () => t.platform.subgraphs.find((service) => service.name === "governance")!;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    ngo = await t.as("HFJ", Role.CASEWORKER);
    const areas = await police.query<any>(`{ areas(first: 20) { nodes { id name } } }`);
    oldbury = areas.data!.areas.nodes.find((area: { name: string }) => area.name === "Oldbury").id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("an NRM referral is made by the caller's own agency, a first responder, and a person of it", () => {
    it("refuses a referring agency that names no agency of the partnership, or another agency, saying which", async () => {
      const victim = await screened();
      const nobody = await refused(
        police,
        REFER,
        { victimId: victim.id, input: referral({ referringAgencyId: "00000000-0000-4000-8000-00000000dead" }) },
        "input.referringAgencyId",
      );
      expect(nobody.message).toMatch(/names no agency of the partnership/);
      const other = await refused(
        police,
        REFER,
        { victimId: victim.id, input: referral({ referringAgencyId: HFJ }) },
        "input.referringAgencyId",
      );
      expect(other.message).toMatch(/names another agency of the partnership \(HFJ\)/);
      expect(other.message).toMatch(/your own agency \(WMP\)/);
    });

    it("refuses a duty-to-notify report for another agency, or for no agency, on input.reportingAgencyId", async () => {
      const victim = await screened(police, { ageGroup: "ADULT" });
      const report = (reportingAgencyId: string) => ({
        victimId: victim.id,
        input: { reportedOn: "2026-06-11", reportingAgencyId },
      });
      expect((await refused(police, NOTIFY, report(SMBC), "input.reportingAgencyId")).message).toMatch(
        /another agency of the partnership \(SMBC\)/,
      );
      expect(
        (await refused(police, NOTIFY, report("00000000-0000-4000-8000-00000000beef"), "input.reportingAgencyId"))
          .message,
      ).toMatch(/no agency of the partnership/);
      await ok(police, NOTIFY, report(WMP));
    });

    it("refuses a referral by an agency that is not a first responder organisation (an NGO off the statutory list)", async () => {
      const centre = await t.asIn("TAME", "TVRC", Role.CASEWORKER);
      const concern = await ok<{ id: string }>(centre, RECORD, {
        input: {
          receivedOn: "2026-06-02",
          source: "SELF_REFERRAL",
          exploitationTypes: ["LABOUR"],
          location: { type: "NOT_KNOWN" },
        },
      });
      // The centre's agreement gives it no VICTIM_DEMOGRAPHICS to screen with: the person is put in directly.
      const [victim] = await t.database.query<{ id: string }>(
        `INSERT INTO cases.potential_victim (concern_id, screened_on, age_group, gender, exploitation_type, exploitation_types, outcome)
         VALUES ($1, '2026-06-10', 'ADULT', 'FEMALE', 'LABOUR', '{LABOUR}', 'NOT_YET_KNOWN') RETURNING id`,
        [concern.id],
      );
      const error = await refused(
        centre,
        REFER,
        {
          victimId: victim!.id,
          input: referral({ referringAgencyId: TVRC, referrerEmail: "mariam.haddad@tvrc.example.org" }),
        },
        "input.referringAgencyId",
      );
      expect(error.message).toMatch(/TVRC\) is not a first responder organisation/);
    });

    it("refuses a referrer email that names nobody in the directory, or a person of another agency", async () => {
      const victim = await screened();
      const nobody = await refused(
        police,
        REFER,
        { victimId: victim.id, input: referral({ referrerEmail: "no.such.officer@wmp.example.org" }) },
        "input.referrerEmail",
      );
      expect(nobody.message).toMatch(/names nobody of your agency in the partnership's directory/);
      // WMP holds PERSONNEL in Sandwell, so the directory shows it Hope for Justice's staff: not its referrers.
      const other = await refused(
        police,
        REFER,
        { victimId: victim.id, input: referral({ referrerEmail: "beth.morley@hfj.example.org" }) },
        "input.referrerEmail",
      );
      expect(other.message).toMatch(/a person of another agency/);
    });

    it("keeps the referrer's directory id on the referral, asking the directory once per write", async () => {
      const victim = await screened();
      // The caller's profile is cached by the gateway after this, so the write below asks governance only what cases asks.
      await police.query(`{ areas(first: 1) { totalCount } }`);
      const before = governance().statements!();
      const made = await ok<{ id: string; referringAgency: { shortName: string } }>(police, REFER, {
        victimId: victim.id,
        input: referral({ referrerEmail: "Marcus.Oyelaran@WMP.example.org" }),
      });
      const governanceStatements = governance().statements!() - before;
      expect(made.referringAgency).toEqual({ shortName: "WMP" });
      const [row] = await t.database.query<{ referrer_email: string; matches: boolean }>(
        `SELECT r.referrer_email, r.referrer_person_id = p.id AS matches
           FROM cases.nrm_referral r, governance.person p WHERE r.id = $1 AND p.email = $2`,
        [made.id, REFERRER],
      );
      expect(row).toEqual({ referrer_email: REFERRER, matches: true });
      // Governance answered the caller itself, under its own rules, and audited the email read as theirs.
      const audited = await t.database.query(
        `SELECT a.agency_id, a.user_id, a.field, a.category, a.outcome FROM governance.audit_event_value a
           JOIN governance.person p ON a.entity_id = p.id::text
          WHERE p.email = $1 AND a.operation = 'Refer' AND a.entity_type = 'Person'`,
        [REFERRER],
      );
      expect(audited).toContainEqual({
        agency_id: WMP,
        user_id: expect.stringMatching(/wmp/),
        field: "email",
        category: DataCategory.PERSONNEL,
        outcome: "RETURNED",
      });
      expect(governanceStatements).toBeGreaterThan(0);

      // A second write costs governance the same: one lookup per write, whatever came before.
      const next = await screened();
      await police.query(`{ areas(first: 1) { totalCount } }`);
      const again = governance().statements!();
      await ok(police, REFER, { victimId: next.id, input: referral() });
      expect(governance().statements!() - again).toBe(governanceStatements);
    });

    it("answers many emails in one lookup (an import asks once): the same statements as one email", async () => {
      const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
      const profile = await t.database.query<{ id: string }>(
        `SELECT agency_id AS id FROM governance.membership WHERE partnership_id = $1`,
        [demoPartnershipId("SANDWELL")],
      );
      const caller: Caller = {
        userId: "demo:wmp:caseworker",
        agencyId: WMP,
        sector: "POLICE",
        roles: [Role.CASEWORKER],
        grants: { [DataCategory.PERSONNEL]: "test" },
        partnership: {
          id: demoPartnershipId("SANDWELL"),
          referencePrefix: "SHOP",
          memberAgencyIds: profile.map((member) => member.id),
        },
        requestId: "directory-batch-test",
      };
      const client = async () => new DirectoryClient({ url: governance().url }, await signer.sign(caller));
      const one = governance().statements!();
      const single = await (await client()).peopleByEmail(caller, [REFERRER]);
      const oneCost = governance().statements!() - one;
      const many = governance().statements!();
      const found = await (
        await client()
      ).peopleByEmail(caller, [
        REFERRER,
        "dana.whitlock@wmp.example.org",
        "DANA.WHITLOCK@wmp.example.org",
        "beth.morley@hfj.example.org",
        "nobody@wmp.example.org",
      ]);
      expect(governance().statements!() - many).toBe(oneCost);
      expect(single.get(REFERRER)?.agencyId).toBe(WMP);
      expect([...found.keys()].sort()).toEqual(
        ["beth.morley@hfj.example.org", "dana.whitlock@wmp.example.org", REFERRER].sort(),
      );
      expect(found.get("beth.morley@hfj.example.org")?.agencyId).toBe(HFJ);
    });
  });

  describe("a referral keeps the person's age group: adult, minor and age unknown stay three groups", () => {
    it("records ADULT, MINOR and UNKNOWN on the referral, with minor true for a minor or an unknown age", async () => {
      for (const [ageGroup, minor, consentGiven] of [
        ["ADULT", false, true],
        ["MINOR", true, null],
        ["UNKNOWN", true, null],
      ] as const) {
        const victim = await screened(police, { ageGroup });
        const made = await ok(police, REFER, {
          victimId: victim.id,
          input: referral({ consentGiven: consentGiven ?? undefined }),
        });
        expect(made).toMatchObject({ ageGroup, minor, consentGiven });
      }
    });
  });

  describe("the outcome 'referred to the NRM' is set only by a referral", () => {
    it("refuses it when screening a person, alone or at a visit, naming the outcome; referToNrm sets it with the referral", async () => {
      const concern = await concernOf(police);
      const alone = await refused(
        police,
        SCREEN,
        { concernId: concern.id, input: person({ outcome: "REFERRED_TO_NRM" }) },
        "input.outcome",
      );
      expect(alone.message).toMatch(/referred into the NRM after screening \(referToNrm\)/);
      await refused(
        police,
        VISIT,
        {
          concernId: concern.id,
          input: {
            visitedOn: "2026-06-10",
            agencyIds: [WMP],
            peopleScreened: [person({ outcome: "REFERRED_TO_NRM" })],
          },
        },
        "input.peopleScreened[0].outcome",
      );
      const victim = await ok<{ id: string }>(police, SCREEN, { concernId: concern.id, input: person() });
      await ok(police, REFER, { victimId: victim.id, input: referral() });
      const [row] = await t.database.query<{ outcome: string; referrals: number }>(
        `SELECT v.outcome, (SELECT count(*)::int FROM cases.nrm_referral r WHERE r.victim_id = v.id) AS referrals
         FROM cases.potential_victim v WHERE v.id = $1`,
        [victim.id],
      );
      expect(row).toEqual({ outcome: "REFERRED_TO_NRM", referrals: 1 });
    });
  });

  describe("a person may show several kinds of exploitation", () => {
    it("keeps every kind, each once, the main one first, screened alone or at a visit", async () => {
      const concern = await concernOf(police);
      const alone = await ok(police, SCREEN, {
        concernId: concern.id,
        input: person({ additionalExploitationTypes: ["CRIMINAL", "LABOUR", "CRIMINAL"] }),
      });
      expect(alone).toMatchObject({ exploitationType: "LABOUR", exploitationTypes: ["LABOUR", "CRIMINAL"] });
      const single = await ok(police, SCREEN, { concernId: concern.id, input: person({ exploitationType: "SEXUAL" }) });
      expect(single).toMatchObject({ exploitationTypes: ["SEXUAL"] });
      const visit = await ok<{ peopleScreened: unknown[] }>(police, VISIT, {
        concernId: concern.id,
        input: {
          visitedOn: "2026-06-10",
          agencyIds: [WMP],
          peopleScreened: [
            person({ exploitationType: "CRIMINAL", additionalExploitationTypes: ["LABOUR", "DOMESTIC_SERVITUDE"] }),
          ],
        },
      });
      expect(visit.peopleScreened).toEqual([
        { exploitationType: "CRIMINAL", exploitationTypes: ["CRIMINAL", "LABOUR", "DOMESTIC_SERVITUDE"] },
      ]);
    });
  });

  describe("the recording agency always takes part in its concern", () => {
    it("keeps an agency that records a concern led by another among its parties, and there when the list is replaced", async () => {
      const concern = await ok<any>(ngo, RECORD, {
        input: {
          receivedOn: "2026-06-02",
          source: "NGO",
          exploitationTypes: ["SEXUAL"],
          leadAgencyId: WMP,
          location: { type: "NOT_KNOWN" },
        },
      });
      expect(concern.leadAgency).toEqual({ shortName: "WMP" });
      expect(concern.participatingAgencies).toEqual([{ shortName: "HFJ" }]);
      expect(concern.takingPart).toBe(true);
      // The lead replaces the list; the agency that recorded the concern stays in it.
      const updated = await ok<any>(police, UPDATE, {
        id: concern.id,
        version: concern.version,
        input: { participatingAgencyIds: [SMBC] },
      });
      expect(updated.participatingAgencies.map((a: { shortName: string }) => a.shortName).sort()).toEqual([
        "HFJ",
        "SMBC",
      ]);
      // Naming the recorder itself changes nothing.
      const same = await ok<any>(police, UPDATE, {
        id: concern.id,
        version: updated.version,
        input: { participatingAgencyIds: [SMBC, HFJ] },
      });
      expect(same.version).toBe(updated.version);
    });
  });

  describe("premises not known, and the sources and premises partnerships use", () => {
    it("records a Home Office referral after an asylum interview with premises NOT_KNOWN and no postcode", async () => {
      const concern = await ok<any>(police, RECORD_PREMISES, {
        input: {
          receivedOn: "2026-06-02",
          source: "HOME_OFFICE",
          exploitationTypes: ["LABOUR", "CRIMINAL"],
          location: { type: "NOT_KNOWN" },
        },
      });
      expect(concern.source).toBe("HOME_OFFICE");
      expect(concern.location).toEqual({ type: "NOT_KNOWN", area: null, ward: null, address: null, postcode: null });
      // Known premises still need their postcode.
      await refused(
        police,
        RECORD,
        {
          input: {
            receivedOn: "2026-06-02",
            source: "HOME_OFFICE",
            exploitationTypes: ["LABOUR"],
            location: { type: "HOSPITALITY", areaId: oldbury, ward: "Langley", address: "2 High Street" },
          },
        },
        "input.location.postcode",
      );
    });

    it("records the new concern sources and location types, and the database holds them", async () => {
      for (const [source, type] of [
        ["SELF_REFERRAL", "CUCKOOED_OR_TRAP_HOUSE"],
        ["HOME_OFFICE", "FOOD_PRODUCTION"],
        ["PUBLIC", "HOSPITALITY"],
        ["PUBLIC", "FARM"],
      ]) {
        const concern = await concernOf(police, {
          source,
          location: { type, areaId: oldbury, ward: "Langley", address: "3 Station Road", postcode: "B69 4AB" },
        });
        const [row] = await t.database.query(
          `SELECT c.source, l.type FROM cases.concern c JOIN cases.location l ON l.id = c.location_id WHERE c.id = $1`,
          [concern.id],
        );
        expect(row).toEqual({ source, type });
      }
      const described = await police.query<any>(
        `{ source: __type(name: "ConcernSource") { enumValues { name description } } location: __type(name: "LocationType") { enumValues { name description } } }`,
      );
      const farm = described.data!.location.enumValues.find((v: { name: string }) => v.name === "FARM");
      expect(farm.description).toMatch(/^Agriculture/);
      for (const value of [...described.data!.source.enumValues, ...described.data!.location.enumValues])
        expect(value.description, value.name).toBeTruthy();
    });
  });

  describe("the directory cannot be asked", () => {
    it("refuses a referral as SERVICE_UNAVAILABLE and writes nothing when governance is down", async () => {
      const victim = await screened();
      // Cached by the gateway now, so the write itself needs only cases.
      await police.query(`{ areas(first: 1) { totalCount } }`);
      await governance().stop();
      const error = await refused(
        police,
        REFER,
        { victimId: victim.id, input: referral() },
        undefined,
        "SERVICE_UNAVAILABLE",
      );
      expect(error.message).toMatch(/directory cannot be asked now/);
      expect(error.message).toMatch(/nothing was written/);
    });
  });

  it("a cases subgraph started without GOVERNANCE_URL refuses the check rather than skipping it", async () => {
    const directory = new DirectoryClient(null, "a signed context");
    await expect(directory.peopleByEmail({ requestId: "r" } as Caller, [REFERRER])).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });
});
