import { clearSecondPartnershipYear } from "@partnership/cases/seed";
import { demoAgencyId } from "@partnership/governance";
import { demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Casework across two partnerships on one platform, through the gateway: Sandwell (SHOP) and Tame
 * Valley (TVASP) share WMP and HFJ. Each partnership's concerns, premises, figures, references and
 * supplier signals are its own, both ways, and a write never reaches across.
 */
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
/** Tame Valley Council: a member of Tame Valley only. */
const TVC = demoAgencyId("TVC");
const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");

const CASES_TABLES = [
  "concern",
  "concern_change",
  "concern_reference_counter",
  "location",
  "potential_victim",
  "nrm_referral",
  "duty_to_notify",
  "disruption_visit",
  "intervention",
  "offender",
  "prevention_order",
];

const RECORD = `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id version } }`;
const DEFINE = `mutation Define($input: DefineAreaInput!) { defineArea(input: $input) { id name } }`;
const AREAS = `{ areas(first: 50) { totalCount nodes { id name kind } } }`;
/** Area ids by name: Tame Valley's defined by the test through the API, Sandwell's from the demo. */
const areas: Record<string, string> = {};
const newConcern = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: "2026-03-02",
  source: "PUBLIC",
  exploitationTypes: ["LABOUR"],
  participatingAgencyIds: [HFJ],
  location: {
    type: "CAR_WASH",
    areaId: areas.Darlaston,
    ward: "Darlaston South",
    address: "2 River Road",
    postcode: "WS10 8AA",
    companyNumber: "90000102",
  },
  ...overrides,
});
const SCREEN = `mutation Screen($id: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $id, input: $input) { id } }`;
const person = (overrides: Record<string, unknown> = {}) => ({
  screenedOn: "2026-03-03",
  ageGroup: "ADULT",
  gender: "MALE",
  exploitationType: "LABOUR",
  ...overrides,
});

describe("cases: the partnership is the boundary", () => {
  let t: TestPlatform;
  let tame: Client;
  let sandwell: Client;
  let tameNgo: Client;
  let sandwellNgo: Client;
  let tameConcern: { id: string; reference: string; locationId: string };

  const rowCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        CASES_TABLES.map(async (table) => {
          const [row] = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.${table}`);
          return [table, row!.n] as const;
        }),
      ),
    );
  const stored = async (id: string) => {
    const [row] = await t.database.query<{ reference: string; partnership_id: string; location_id: string }>(
      `SELECT reference, partnership_id, location_id FROM cases.concern WHERE id = $1`,
      [id],
    );
    return row!;
  };
  const record = async (client: Client, overrides: Record<string, unknown> = {}) => {
    const result = await client.query<any>(RECORD, { input: newConcern(overrides) });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const row = await stored(result.data!.recordConcern.id);
    return { id: result.data!.recordConcern.id as string, reference: row.reference, locationId: row.location_id };
  };
  const figures = async (client: Client) => {
    const result = await client.query<any>(
      `{ caseStatistics(from: "2019-04-01", to: "2026-12-31") { concerns { count } peopleScreened { count } } }`,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.caseStatistics;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    // This file builds Tame Valley's casework itself, from none.
    await clearSecondPartnershipYear((sql) => t.database.query(sql));
    tame = await t.asIn("TAME", "WMP", Role.CASEWORKER);
    sandwell = await t.asIn("SANDWELL", "WMP", Role.CASEWORKER);
    tameNgo = await t.asIn("TAME", "HFJ", Role.CASEWORKER);
    sandwellNgo = await t.asIn("SANDWELL", "HFJ", Role.CASEWORKER);
    const tameCoordinator = await t.asIn("TAME", "TVC", Role.COORDINATOR);
    for (const input of [
      { name: "Darlaston", kind: "TOWN" },
      { name: "Outside Tame Valley", kind: "OUTSIDE" },
    ]) {
      const defined = await tameCoordinator.query<any>(DEFINE, { input });
      expect(defined.errors, JSON.stringify(defined.errors)).toBeUndefined();
      areas[input.name] = defined.data!.defineArea.id;
    }
    for (const area of (await sandwell.query<any>(AREAS)).data!.areas.nodes) areas[area.name] = area.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("records a concern in the partnership the request acts in, numbered with that partnership's prefix and counter", async () => {
    const sandwellBefore = await t.database.query<{ last: number }>(
      `SELECT last FROM cases.concern_reference_counter WHERE partnership_id = $1 AND year = 2026`,
      [SANDWELL],
    );
    tameConcern = await record(tame);
    expect((await stored(tameConcern.id)).partnership_id).toBe(TAME);
    expect(tameConcern.reference).toMatch(/^TVASP-2026-\d{4}$/);
    const next = await record(tame);
    expect(Number(next.reference.slice(-4))).toBe(Number(tameConcern.reference.slice(-4)) + 1);
    // Sandwell's counter did not move.
    expect(
      await t.database.query(
        `SELECT last FROM cases.concern_reference_counter WHERE partnership_id = $1 AND year = 2026`,
        [SANDWELL],
      ),
    ).toEqual(sandwellBefore);
    const inSandwell = await record(sandwell, {
      location: { ...newConcern().location, areaId: areas.Oldbury, postcode: "B69 4AA" },
    });
    expect(inSandwell.reference).toMatch(/^SHOP-2026-\d{4}$/);
    expect((await stored(inSandwell.id)).partnership_id).toBe(SANDWELL);
  });

  it("numbers concurrent writes without a clash", async () => {
    const concurrent = await Promise.all(Array.from({ length: 6 }, () => record(tame)));
    const numbers = concurrent.map((concern) => Number(concern.reference.slice(-4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.at(-1)! - numbers[0]!).toBe(5);
  });

  it("shows neither partnership's concerns to the other, even to agencies that belong to both", async () => {
    const read = `query($id: ID!, $reference: String!) {
      concern(id: $id) { id }
      concerns(first: 5, filter: { reference: $reference }) { totalCount }
    }`;
    for (const client of [sandwell, sandwellNgo])
      expect((await client.query<any>(read, { id: tameConcern.id, reference: tameConcern.reference })).data).toEqual({
        concern: null,
        concerns: { totalCount: 0 },
      });
    for (const client of [tame, tameNgo])
      expect((await client.query<any>(read, { id: tameConcern.id, reference: tameConcern.reference })).data).toEqual({
        concern: { id: tameConcern.id },
        concerns: { totalCount: 1 },
      });
    // And Sandwell's demo year does not show in Tame Valley.
    const [first] = await t.database.query<{ id: string; reference: string }>(
      `SELECT id, reference FROM cases.concern WHERE reference = 'SHOP-2019-0001'`,
    );
    expect((await tame.query<any>(read, { id: first!.id, reference: first!.reference })).data).toEqual({
      concern: null,
      concerns: { totalCount: 0 },
    });
    const [tameCount] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cases.concern WHERE partnership_id = $1`,
      [TAME],
    );
    expect((await tame.query<any>(`{ concerns(first: 1) { totalCount } }`)).data!.concerns.totalCount).toBe(
      tameCount!.n,
    );
  });

  it("lists an agency's concerns per partnership: the same agency shows each partnership only its own", async () => {
    const ids = async (client: Client) => {
      const result = await client.query<any>(
        `query { a: agency(id: "${WMP}") { concernsLed(first: 100) { id } } b: agency(id: "${HFJ}") { concernsTakingPartIn(first: 100) { id } } }`,
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return [...result.data!.a.concernsLed, ...result.data!.b.concernsTakingPartIn].map((c: { id: string }) => c.id);
    };
    const partnershipOf = async (concernIds: string[]) =>
      (
        await t.database.query<{ partnership_id: string }>(
          `SELECT DISTINCT partnership_id FROM cases.concern WHERE id = ANY($1::uuid[])`,
          [concernIds],
        )
      ).map((row) => row.partnership_id);
    const inTame = await ids(tame);
    expect(inTame).toContain(tameConcern.id);
    expect(await partnershipOf(inTame)).toEqual([TAME]);
    const inSandwell = await ids(sandwell);
    expect(inSandwell).not.toContain(tameConcern.id);
    expect(await partnershipOf(inSandwell)).toEqual([SANDWELL]);
  });

  it("counts only the acting partnership's records; another partnership's figures are refused", async () => {
    const sandwellBefore = await figures(sandwell);
    const tameBefore = await figures(tame);
    const concern = await record(tame);
    expect((await tame.query<any>(SCREEN, { id: concern.id, input: person() })).errors).toBeUndefined();
    expect(await figures(sandwell)).toEqual(sandwellBefore);
    expect(await figures(tame)).toEqual({
      concerns: { count: tameBefore.concerns.count + 1 },
      peopleScreened: { count: tameBefore.peopleScreened.count + 1 },
    });
    const year = `{ caseStatistics(from: "2019-04-01", to: "2020-03-31") { concerns { count } } }`;
    expect((await sandwell.query<any>(year)).data!.caseStatistics.concerns.count).toBe(171);
    expect((await tame.query<any>(year)).data!.caseStatistics.concerns.count).toBe(0);

    const of = (id: string) =>
      `{ partnership(id: "${id}") { caseStatistics(from: "2019-04-01", to: "2020-03-31") { concerns { count } } } }`;
    expect((await sandwell.query<any>(of(SANDWELL))).data!.partnership.caseStatistics.concerns.count).toBe(171);
    const across = await tame.query<any>(of(SANDWELL));
    expect(across.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(across.data?.partnership?.caseStatistics ?? null).toBeNull();
  });

  it("keeps each partnership's areas its own: lists, premises and the figures' breakdown", async () => {
    const names = async (client: Client) =>
      (await client.query<any>(AREAS)).data!.areas.nodes.map((area: { name: string }) => area.name);
    expect(await names(tame)).toEqual(["Darlaston", "Outside Tame Valley"]);
    expect(await names(sandwell)).toEqual([
      "Oldbury",
      "Outside Sandwell",
      "Rowley Regis",
      "Smethwick",
      "Tipton",
      "Wednesbury",
      "West Bromwich",
    ]);
    const before = await rowCounts();
    const foreign = await tame.query<any>(RECORD, {
      input: newConcern({ location: { ...newConcern().location, areaId: areas.Smethwick } }),
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.location.areaId" });
    expect(await rowCounts()).toEqual(before);
    // A referral with no place: premises not known, no address, postcode or area.
    const noPlace = await tame.query<any>(RECORD, { input: newConcern({ location: { type: "NOT_KNOWN" } }) });
    expect(noPlace.errors, JSON.stringify(noPlace.errors)).toBeUndefined();
    const byArea = `{ caseStatistics(from: "2026-01-01", to: "2026-12-31") { concernsByArea { area { name } count } } }`;
    const tameRows = (await tame.query<any>(byArea)).data!.caseStatistics.concernsByArea;
    expect(tameRows.map((row: any) => row.area?.name ?? null)).toEqual(["Darlaston", null]);
    expect(tameRows.at(-1).count).toBe(1);
    const sandwellRows = (await sandwell.query<any>(byArea)).data!.caseStatistics.concernsByArea;
    for (const row of sandwellRows) expect(Object.keys(areas)).toContain(row.area.name);
    expect(sandwellRows.map((row: any) => row.area.name)).not.toContain("Darlaston");
    // Sandwell cannot define areas in Tame Valley's name: a definition is in the acting partnership.
    const admin = await t.asIn("SANDWELL", "SMBC", Role.PARTNERSHIP_ADMIN);
    const defined = await admin.query<any>(DEFINE, { input: { name: "Darlaston", kind: "TOWN" } });
    expect(defined.errors).toBeUndefined();
    expect(await names(tame)).toEqual(["Darlaston", "Outside Tame Valley"]);
  });

  it("refuses a concern of another partnership as not found, and writes nothing", async () => {
    const victim = await tame.query<any>(SCREEN, { id: tameConcern.id, input: person() });
    expect(victim.errors).toBeUndefined();
    const victimId = victim.data!.screenPerson.id as string;
    // A child referred in Tame Valley: its decision is Tame Valley's to record.
    const child = await tame.query<any>(SCREEN, { id: tameConcern.id, input: person({ ageGroup: "MINOR" }) });
    const referral = await tame.query<any>(
      `mutation($id: ID!) { referToNrm(victimId: $id, input: { referredOn: "2026-03-04", referringAgencyId: "${WMP}", referrerEmail: "marcus.oyelaran@wmp.example.org" }) { id } }`,
      { id: child.data!.screenPerson.id },
    );
    expect(referral.errors, JSON.stringify(referral.errors)).toBeUndefined();
    const before = await rowCounts();
    const [decisionsBefore] = await t.database.query(
      `SELECT count(*)::int AS n FROM cases.nrm_referral WHERE reasonable_grounds <> 'PENDING'`,
    );
    const attempts: Array<[string, Record<string, unknown>, string, string?]> = [
      [
        `mutation($id: ID!) { recordNrmDecision(referralId: $id, input: { stage: REASONABLE_GROUNDS, decision: POSITIVE, decidedOn: "2026-03-10" }) { id } }`,
        { id: referral.data!.referToNrm.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { updateConcern(id: $id, version: 1, input: { exploitationTypes: [SEXUAL] }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { changeConcernStatus(id: $id, version: 1, input: { status: SCOPING }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [SCREEN, { id: tameConcern.id, input: person() }, "NOT_FOUND"],
      [
        `mutation($id: ID!) { recordVisit(concernId: $id, input: { visitedOn: "2026-03-03", agencyIds: ["${WMP}"] }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { referToNrm(victimId: $id, input: { referredOn: "2026-03-04", referringAgencyId: "${WMP}", referrerEmail: "marcus.oyelaran@wmp.example.org", consentGiven: true }) { id } }`,
        { id: victimId },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { recordDutyToNotify(victimId: $id, input: { reportedOn: "2026-03-04", reportingAgencyId: "${WMP}" }) { id } }`,
        { id: victimId },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { recordOffender(concernId: $id, input: { fullName: "A Gangmaster" }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { recordOrder(concernId: $id, input: { kind: STPO, subject: "A Gangmaster", grantedOn: "2026-04-01", expiresOn: "2027-04-01" }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      // Another partnership's premises are as unknown as its concerns.
      [
        RECORD,
        { input: { ...newConcern(), location: undefined, locationId: tameConcern.locationId } },
        "NOT_FOUND",
        "input.locationId",
      ],
    ];
    for (const [mutation, variables, code, field] of attempts) {
      const result = await sandwell.query<any>(mutation, variables);
      expect(result.errors?.[0]?.extensions, mutation).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect(await rowCounts()).toEqual(before);
    expect(
      await t.database.query(`SELECT count(*)::int AS n FROM cases.nrm_referral WHERE reasonable_grounds <> 'PENDING'`),
    ).toEqual([decisionsBefore]);
  });

  it("refuses an agency that is not a member of the acting partnership, naming the field, and writes nothing", async () => {
    const before = await rowCounts();
    const refused = async (client: Client, query: string, variables: Record<string, unknown>, field: string) => {
      const result = await client.query<any>(query, variables);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "FORBIDDEN", field });
    };
    // SMBC is Sandwell's council, not a member of Tame Valley.
    await refused(tame, RECORD, { input: newConcern({ leadAgencyId: SMBC }) }, "input.leadAgencyId");
    await refused(
      tame,
      RECORD,
      { input: newConcern({ participatingAgencyIds: [HFJ, SMBC] }) },
      "input.participatingAgencyIds",
    );
    await refused(tame, RECORD, { input: newConcern({ referringAgencyId: SMBC }) }, "input.referringAgencyId");
    await refused(
      tame,
      `mutation($id: ID!) { updateConcern(id: $id, version: 1, input: { leadAgencyId: "${SMBC}" }) { id } }`,
      { id: tameConcern.id },
      "input.leadAgencyId",
    );
    await refused(
      tame,
      `mutation($id: ID!) { recordVisit(concernId: $id, input: { visitedOn: "2026-03-03", agencyIds: ["${WMP}", "${SMBC}"] }) { id } }`,
      { id: tameConcern.id },
      "input.agencyIds",
    );
    await refused(
      tame,
      SCREEN,
      { id: tameConcern.id, input: person({ supportProviderAgencyId: SMBC }) },
      "input.supportProviderAgencyId",
    );
    // And Tame Valley's council in Sandwell's casework.
    await refused(
      sandwell,
      RECORD,
      {
        input: newConcern({
          participatingAgencyIds: [TVC],
          location: { ...newConcern().location, areaId: areas.Oldbury },
        }),
      },
      "input.participatingAgencyIds",
    );
    expect(await rowCounts()).toEqual(before);
    const victim = await tame.query<any>(SCREEN, { id: tameConcern.id, input: person() });
    const afterScreening = await rowCounts();
    // A referral names the caller's own agency: another partnership's agency is no agency of this one (invalid input).
    const referral = await tame.query<any>(
      `mutation($id: ID!) { referToNrm(victimId: $id, input: { referredOn: "2026-03-04", referringAgencyId: "${SMBC}", referrerEmail: "helen.marsh@smbc.example.org", consentGiven: true }) { id } }`,
      { id: victim.data!.screenPerson.id },
    );
    expect(referral.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.referringAgencyId",
    });
    expect(referral.errors![0]!.message).toMatch(/names no agency of the partnership/);
    expect(await rowCounts()).toEqual(afterScreening);
    expect(afterScreening.potential_victim).toBe(before.potential_victim + 1);
  });
});
