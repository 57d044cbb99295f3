import { randomBytes } from "node:crypto";
import {
  type ActingPartnership,
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  CallerContextVerifier,
  createLogger,
  DataCategory,
  demoAgencyId,
  demoPartnershipId,
  dropDatabase,
  ensureDatabase,
  generateEs256KeyPair,
  pinnedClock,
  type RunningService,
  Role,
  serveSubgraph,
  withDatabase,
} from "@partnership/runtime";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cases } from "./module.js";
import { clearSecondPartnershipYear, seedDemo } from "./seed/index.js";

// Provided by platform/test/support/global-setup.ts, which this workspace's typecheck does not include.
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}

/**
 * The partnership boundary at the cases subgraph itself, with caller contexts signed here as the
 * gateway would sign them: what one partnership records is invisible to the other, both ways,
 * through root queries, entity extensions and `_entities`, and writes never cross it.
 */
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
const TAME_COUNCIL = demoAgencyId("TVC-BOUNDARY-TEST");
/** A member agency as the directory describes it in the caller context; every one here is a first responder. */
const member = (id: string, shortName: string, sector: string) => ({ id, shortName, sector, firstResponder: true });
const SANDWELL: ActingPartnership = {
  id: demoPartnershipId("SANDWELL"),
  referencePrefix: "SHOP",
  memberAgencyIds: [WMP, HFJ, SMBC],
  memberAgencies: [member(WMP, "WMP", "POLICE"), member(HFJ, "HFJ", "NGO"), member(SMBC, "SMBC", "LOCAL_AUTHORITY")],
};
const TAME: ActingPartnership = {
  id: demoPartnershipId("TAME"),
  referencePrefix: "TVASP",
  memberAgencyIds: [WMP, HFJ, TAME_COUNCIL],
  memberAgencies: [
    member(WMP, "WMP", "POLICE"),
    member(HFJ, "HFJ", "NGO"),
    member(TAME_COUNCIL, "TVC", "LOCAL_AUTHORITY"),
  ],
};
const ALL_GRANTS = Object.fromEntries(Object.values(DataCategory).map((category) => [category, "test-agreement"]));

const RECORD = `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id reference location { id } } }`;
const DEFINE = `mutation($input: DefineAreaInput!) { defineArea(input: $input) { id name kind onsCode parent { name } } }`;
/** Area ids by name: Tame Valley's defined by the test, Sandwell's from the demo. */
const areas: Record<string, string> = {};
const concernInput = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: "2026-03-02",
  source: "PUBLIC",
  exploitationTypes: ["LABOUR"],
  participatingAgencyIds: [HFJ],
  location: {
    type: "CAR_WASH",
    areaId: areas.Walsall,
    ward: "Tame Ward",
    address: "1 River Road",
    postcode: "WS1 1AA",
    companyNumber: "90000102",
  },
  ...overrides,
});

describe("cases: the partnership is the boundary", () => {
  let service: RunningService;
  let db: Client;
  let server: string;
  const name = `test_${randomBytes(6).toString("hex")}`;
  let signer: CallerContextSigner;

  const as = (partnership: ActingPartnership | null, agencyId = WMP, roles = [Role.CASEWORKER]) => ({
    query: async <T = any>(query: string, variables: Record<string, unknown> = {}) => {
      const context = await signer.sign({
        userId: `user-of-${agencyId}`,
        agencyId,
        sector: "POLICE",
        roles,
        grants: ALL_GRANTS,
        partnership,
        requestId: "",
      });
      const response = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: T;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      };
    },
  });
  const sandwell = as(SANDWELL);
  const tame = as(TAME);

  const rowCounts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM cases.concern)::int AS concerns, (SELECT count(*) FROM cases.location)::int AS locations,
                (SELECT count(*) FROM cases.potential_victim)::int AS people, (SELECT count(*) FROM cases.disruption_visit)::int AS visits,
                (SELECT count(*) FROM cases.concern_change)::int AS changes, (SELECT coalesce(sum(last), 0)::int FROM cases.concern_reference_counter) AS numbers`,
      )
    ).rows[0];

  let tameConcern: { id: string; reference: string; location: { id: string } };

  beforeAll(async () => {
    server = inject("postgresServerUrl");
    await ensureDatabase(server, name);
    const keys = await generateEs256KeyPair("boundary-test");
    signer = await CallerContextSigner.fromJwk(keys.privateJwk, 600);
    service = await serveSubgraph(cases, {
      databaseUrl: withDatabase(server, name),
      port: 0,
      host: "127.0.0.1",
      production: false,
      poolSize: 5,
      logger: createLogger("cases-boundary-test", "silent"),
      contextVerifier: await CallerContextVerifier.fromJwk(keys.publicJwk),
      clock: pinnedClock("2026-12-11"),
      seed: seedDemo,
    });
    db = new Client({ connectionString: withDatabase(server, name) });
    await db.connect();
    // This file builds Tame Valley's casework itself, from none.
    await clearSecondPartnershipYear((sql) => db.query(sql));
    const walsall = await as(TAME, TAME_COUNCIL, [Role.PARTNERSHIP_ADMIN]).query(DEFINE, {
      input: { name: "Walsall", kind: "LOCALITY", onsCode: "E08000030" },
    });
    expect(walsall.errors).toBeUndefined();
    areas.Walsall = walsall.data.defineArea.id;
    const sandwellAreas = await sandwell.query(`{ areas(first: 20) { nodes { id name } } }`);
    for (const area of sandwellAreas.data.areas.nodes) areas[area.name] = area.id;
    const recorded = await tame.query(RECORD, { input: concernInput() });
    expect(recorded.errors).toBeUndefined();
    tameConcern = recorded.data.recordConcern;
  });
  afterAll(async () => {
    await db?.end();
    await service?.stop();
    await dropDatabase(server, name);
  });

  it("numbers each partnership's concerns with its own prefix and counter", async () => {
    expect(tameConcern.reference).toBe("TVASP-2026-0001");
    const sandwellConcern = await sandwell.query(RECORD, {
      input: concernInput({ location: { ...concernInput().location, areaId: areas.Oldbury, postcode: "B69 4AA" } }),
    });
    expect(sandwellConcern.data.recordConcern.reference).toBe("SHOP-2026-0001");
    const concurrent = await Promise.all(
      Array.from({ length: 8 }, () => tame.query(RECORD, { input: concernInput() })),
    );
    const numbers = concurrent
      .map((result) => Number(result.data.recordConcern.reference.slice(-4)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const counters = await db.query(
      `SELECT partnership_id, year, last FROM cases.concern_reference_counter WHERE year = 2026 ORDER BY last`,
    );
    expect(counters.rows).toEqual([
      { partnership_id: SANDWELL.id, year: 2026, last: 1 },
      { partnership_id: TAME.id, year: 2026, last: 9 },
    ]);
  });

  it("keeps Sandwell's demo year in Sandwell: its concerns carry Sandwell's id", async () => {
    const rows = await db.query(`SELECT partnership_id, count(*)::int AS n FROM cases.concern
      WHERE received_on BETWEEN '2019-04-01' AND '2020-03-31' GROUP BY 1`);
    expect(rows.rows).toEqual([{ partnership_id: SANDWELL.id, n: 171 }]);
  });

  it("shows neither partnership's concerns, lists or references to the other, even to an agency in both", async () => {
    const read = `query($id: ID!, $reference: String!) {
      concern(id: $id) { reference }
      concerns(first: 5, filter: { reference: $reference }) { totalCount nodes { id } }
    }`;
    expect((await sandwell.query(read, { id: tameConcern.id, reference: tameConcern.reference })).data).toEqual({
      concern: null,
      concerns: { totalCount: 0, nodes: [] },
    });
    expect((await tame.query(read, { id: tameConcern.id, reference: tameConcern.reference })).data).toMatchObject({
      concern: { reference: tameConcern.reference },
      concerns: { totalCount: 1 },
    });
    // Sandwell's demo year does not show in Tame Valley.
    const inTame = await tame.query(
      `{ concerns(first: 1, filter: { reference: "SHOP-2019-0001" }) { totalCount } all: concerns(first: 1) { totalCount } }`,
    );
    expect(inTame.data).toEqual({ concerns: { totalCount: 0 }, all: { totalCount: 9 } });
  });

  it("answers entity extensions and `_entities` for the acting partnership only", async () => {
    const agencies = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Agency { concernsLed(first: 100) { reference } concernsTakingPartIn(first: 100) { reference } } } }`;
    const reps = [
      { __typename: "Agency", id: WMP },
      { __typename: "Agency", id: HFJ },
    ];
    const inTame = (await tame.query(agencies, { reps })).data._entities;
    for (const agency of inTame)
      for (const concern of [...agency.concernsLed, ...agency.concernsTakingPartIn])
        expect(concern.reference).toMatch(/^TVASP-/);
    expect(inTame[0].concernsLed).toHaveLength(9);
    const inSandwell = (await sandwell.query(agencies, { reps })).data._entities;
    for (const agency of inSandwell)
      for (const concern of [...agency.concernsLed, ...agency.concernsTakingPartIn])
        expect(concern.reference).toMatch(/^SHOP-/);

    const signals = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Supplier { intelligenceSignals { concerns visits interventions } } } }`;
    const supplier = [{ __typename: "Supplier", companyNumber: "90000102" }];
    expect((await tame.query(signals, { reps: supplier })).data._entities[0].intelligenceSignals).toEqual({
      concerns: 9,
      visits: 0,
      interventions: 0,
    });
    const [sandwellAtPremises] = (
      await db.query(
        `SELECT count(*)::int AS n FROM cases.concern c JOIN cases.location l ON l.id = c.location_id
          WHERE c.partnership_id = $1 AND l.company_number = '90000102'`,
        [SANDWELL.id],
      )
    ).rows;
    expect(sandwellAtPremises.n).toBeGreaterThan(0);
    expect((await sandwell.query(signals, { reps: supplier })).data._entities[0].intelligenceSignals.concerns).toBe(
      sandwellAtPremises.n,
    );
  });

  it("counts only the acting partnership's records, and refuses another partnership's figures", async () => {
    const figures = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Partnership { caseStatistics(from: "2019-04-01", to: "2026-12-31") { concerns { count } } } } }`;
    const own = await tame.query(figures, { reps: [{ __typename: "Partnership", id: TAME.id }] });
    expect(own.data._entities[0].caseStatistics.concerns.count).toBe(9);
    const other = await tame.query(figures, { reps: [{ __typename: "Partnership", id: SANDWELL.id }] });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const year = await sandwell.query(
      `{ caseStatistics(from: "2019-04-01", to: "2020-03-31") { concerns { count } } }`,
    );
    expect(year.data.caseStatistics.concerns.count).toBe(171);
    const tameYear = await tame.query(
      `{ caseStatistics(from: "2019-04-01", to: "2020-03-31") { concerns { count } } }`,
    );
    expect(tameYear.data.caseStatistics.concerns.count).toBe(0);
  });

  it("shows a first responder's NRM referrals only in the partnership they were made in", async () => {
    const victim = await tame.query(
      `mutation($id: ID!) { screenPerson(concernId: $id, input: { screenedOn: "2026-03-03", ageGroup: MINOR, gender: FEMALE, exploitationType: SEXUAL }) { id } }`,
      { id: tameConcern.id },
    );
    // This cases subgraph runs without the directory (governance) it checks referrers in: it refuses
    // the referral rather than skip the check, and the referral is put in as the directory would have allowed it.
    const refused = await tame.query(
      `mutation($id: ID!) { referToNrm(victimId: $id, input: { referredOn: "2026-03-04", referringAgencyId: "${WMP}", referrerEmail: "responder@wmp.boundary.test" }) { id } }`,
      { id: victim.data.screenPerson.id },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const {
      rows: [referral],
    } = await db.query(
      `INSERT INTO cases.nrm_referral (victim_id, concern_id, referred_on, referring_agency_id, referrer_email, minor, age_group)
       VALUES ($1, $2, '2026-03-04', $3, 'responder@wmp.boundary.test', true, 'MINOR') RETURNING id`,
      [victim.data.screenPerson.id, tameConcern.id, WMP],
    );
    const made = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { nrmReferralsMade { id } } } }`;
    const reps = [{ __typename: "Person", email: "responder@wmp.boundary.test", agency: { id: WMP } }];
    expect((await tame.query(made, { reps })).data._entities[0].nrmReferralsMade).toEqual([{ id: referral.id }]);
    expect((await sandwell.query(made, { reps })).data._entities[0].nrmReferralsMade).toEqual([]);
  });

  it("lists each partnership's own areas; Sandwell's six towns and its outside are the demo's", async () => {
    const list = `{ areas(first: 20) { totalCount nodes { name kind } } }`;
    expect((await sandwell.query(list)).data.areas.nodes).toEqual([
      { name: "Oldbury", kind: "TOWN" },
      { name: "Outside Sandwell", kind: "OUTSIDE" },
      { name: "Rowley Regis", kind: "TOWN" },
      { name: "Smethwick", kind: "TOWN" },
      { name: "Tipton", kind: "TOWN" },
      { name: "Wednesbury", kind: "TOWN" },
      { name: "West Bromwich", kind: "TOWN" },
    ]);
    expect((await tame.query(list)).data.areas.nodes).toEqual([{ name: "Walsall", kind: "LOCALITY" }]);
  });

  it("defines areas: names unique per partnership, wards within a town or locality, one outside", async () => {
    const admin = as(TAME, TAME_COUNCIL, [Role.PARTNERSHIP_ADMIN]);
    const coordinator = as(TAME, WMP, [Role.COORDINATOR]);
    const ward = await coordinator.query(DEFINE, {
      input: { name: "Darlaston South", kind: "WARD", onsCode: "E05001127", parentId: areas.Walsall },
    });
    expect(ward.data.defineArea).toMatchObject({ name: "Darlaston South", kind: "WARD", parent: { name: "Walsall" } });
    const outside = await admin.query(DEFINE, { input: { name: "Outside Tame Valley", kind: "OUTSIDE" } });
    expect(outside.errors).toBeUndefined();
    // The same name as Sandwell's is Tame Valley's own.
    expect((await admin.query(DEFINE, { input: { name: "Oldbury", kind: "TOWN" } })).errors).toBeUndefined();
    const before = (await db.query(`SELECT count(*)::int AS n FROM cases.area`)).rows[0].n;
    const refused: Array<[Record<string, unknown>, string]> = [
      [{ name: "walsall", kind: "TOWN" }, "input.name"],
      [{ name: "Elsewhere", kind: "OUTSIDE" }, "input.kind"],
      [{ name: "Bloxwich", kind: "TOWN", parentId: areas.Walsall }, "input.parentId"],
      [{ name: "Langley", kind: "WARD", parentId: areas.Oldbury }, "input.parentId"],
      [{ name: "Pleck", kind: "WARD", onsCode: "X123" }, "input.onsCode"],
    ];
    for (const [input, field] of refused)
      expect((await admin.query(DEFINE, { input })).errors?.[0]?.extensions, field).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
    expect(
      (await tame.query(DEFINE, { input: { name: "Bloxwich", kind: "TOWN" } })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await db.query(`SELECT count(*)::int AS n FROM cases.area`)).rows[0].n).toBe(before);
  });

  it("records premises in the partnership's own areas, or not known, and breaks the figures down by them", async () => {
    const foreign = await tame.query(RECORD, {
      input: concernInput({ location: { ...concernInput().location, areaId: areas["West Bromwich"] } }),
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.location.areaId" });
    const missing = await tame.query(RECORD, {
      input: concernInput({ location: { type: "CAR_WASH", address: "1 River Road", postcode: "WS1 1AA" } }),
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.location.areaId" });
    const notKnown = await tame.query(RECORD, {
      input: concernInput({ receivedOn: "2025-01-10", location: { type: "NOT_KNOWN" } }),
    });
    expect(notKnown.errors).toBeUndefined();
    const read = await tame.query(
      `query($id: ID!) { concern(id: $id) { location { type area { name } ward address postcode } } }`,
      {
        id: notKnown.data.recordConcern.id,
      },
    );
    expect(read.data.concern.location).toEqual({
      type: "NOT_KNOWN",
      area: null,
      ward: null,
      address: null,
      postcode: null,
    });
    const byArea = await tame.query(
      `{ caseStatistics(from: "2025-01-01", to: "2026-12-31") { concernsByArea { area { name } count } } }`,
    );
    expect(byArea.data.caseStatistics.concernsByArea).toEqual([
      { area: { name: "Walsall" }, count: 9 },
      { area: null, count: 1 },
    ]);
    const inArea = await tame.query(
      `query($area: ID!) { concerns(first: 1, filter: { areaId: $area }) { totalCount }
      caseStatistics(from: "2025-01-01", to: "2026-12-31", areaId: $area) { area { name } concerns { count } } }`,
      {
        area: areas.Walsall,
      },
    );
    expect(inArea.data).toEqual({
      concerns: { totalCount: 9 },
      caseStatistics: { area: { name: "Walsall" }, concerns: { count: 9 } },
    });
    const foreignFigures = await tame.query(
      `query($area: ID!) { caseStatistics(from: "2025-01-01", to: "2026-12-31", areaId: $area) { concerns { count } } }`,
      {
        area: areas.Smethwick,
      },
    );
    expect(foreignFigures.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "areaId" });
  });

  it("refuses a request that acts in no partnership", async () => {
    const result = await as(null).query(`{ concerns(first: 1) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("finds no concern, person or premises of another partnership to write to, and writes nothing", async () => {
    const victim = await tame.query(
      `mutation($id: ID!) { screenPerson(concernId: $id, input: { screenedOn: "2026-03-03", ageGroup: ADULT, gender: MALE, exploitationType: LABOUR }) { id } }`,
      { id: tameConcern.id },
    );
    const victimId = victim.data.screenPerson.id;
    const before = await rowCounts();
    const attempts: Array<[string, Record<string, unknown>, string, string?]> = [
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
      [
        `mutation($id: ID!) { screenPerson(concernId: $id, input: { screenedOn: "2026-03-03", ageGroup: ADULT, gender: MALE, exploitationType: LABOUR }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { recordVisit(concernId: $id, input: { visitedOn: "2026-03-03", agencyIds: ["${WMP}"] }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { referToNrm(victimId: $id, input: { referredOn: "2026-03-04", referringAgencyId: "${WMP}", referrerEmail: "a@wmp.test", consentGiven: true }) { id } }`,
        { id: victimId },
        "NOT_FOUND",
      ],
      [
        `mutation($id: ID!) { recordOffender(concernId: $id, input: { fullName: "X" }) { id } }`,
        { id: tameConcern.id },
        "NOT_FOUND",
      ],
      [
        `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`,
        { input: { ...concernInput({ locationId: tameConcern.location.id }), location: undefined } },
        "NOT_FOUND",
        "input.locationId",
      ],
    ];
    for (const [mutation, variables, code, field] of attempts) {
      const result = await sandwell.query(mutation, variables);
      expect(result.errors?.[0]?.extensions, mutation).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an agency that is not a member of the acting partnership, naming the field, and writes nothing", async () => {
    const before = await rowCounts();
    const refused = async (query: string, variables: Record<string, unknown>, field: string) => {
      const result = await tame.query(query, variables);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "FORBIDDEN", field });
    };
    await refused(RECORD, { input: concernInput({ leadAgencyId: SMBC }) }, "input.leadAgencyId");
    await refused(
      RECORD,
      { input: concernInput({ participatingAgencyIds: [HFJ, SMBC] }) },
      "input.participatingAgencyIds",
    );
    await refused(RECORD, { input: concernInput({ referringAgencyId: SMBC }) }, "input.referringAgencyId");
    await refused(
      `mutation($id: ID!) { updateConcern(id: $id, version: 1, input: { participatingAgencyIds: ["${SMBC}"] }) { id } }`,
      { id: tameConcern.id },
      "input.participatingAgencyIds",
    );
    await refused(
      `mutation($id: ID!) { recordVisit(concernId: $id, input: { visitedOn: "2026-03-03", agencyIds: ["${WMP}", "${SMBC}"] }) { id } }`,
      { id: tameConcern.id },
      "input.agencyIds",
    );
    await refused(
      `mutation($id: ID!) { screenPerson(concernId: $id, input: { screenedOn: "2026-03-03", ageGroup: ADULT, gender: MALE, exploitationType: LABOUR, supportProviderAgencyId: "${SMBC}" }) { id } }`,
      { id: tameConcern.id },
      "input.supportProviderAgencyId",
    );
    expect(await rowCounts()).toEqual(before);
  });
});
