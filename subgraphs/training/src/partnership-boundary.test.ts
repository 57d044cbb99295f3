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
import { training } from "./module.js";
import { seedDemo } from "./seed/index.js";

/**
 * The partnership boundary at the training subgraph itself, with caller contexts signed here as the
 * gateway would sign them: one partnership's sessions, registers, certificates and figures are
 * invisible to the other, both ways, through root queries, entity extensions and `_entities`, and
 * writes never cross it. (platform/test/e2e/partnership-training.test.ts shows the same through the gateway.)
 */
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
const TAME_COUNCIL = demoAgencyId("TVC-BOUNDARY-TEST");
const SANDWELL: ActingPartnership = {
  id: demoPartnershipId("SANDWELL"),
  referencePrefix: "SHOP",
  memberAgencyIds: [WMP, HFJ, SMBC, demoAgencyId("SCT")],
};
const TAME: ActingPartnership = {
  id: demoPartnershipId("TAME"),
  referencePrefix: "TVASP",
  memberAgencyIds: [WMP, HFJ, TAME_COUNCIL],
};
const ALL_GRANTS = Object.fromEntries(Object.values(DataCategory).map((category) => [category, "test-agreement"]));
const YEAR = { from: "2019-04-01", to: "2020-03-31" };
/** A police officer Sandwell trained at Level 1 in its demo year (seed/demo.ts names them). */
const OFFICER = "ellie.ahmed.4@wmp.example.org";

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id status } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status } }`;
const IMPORT = `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) {
  committed imported duplicates rejected rows { row outcome column reason } } }`;
const STATISTICS = `query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) {
  peopleTrainedByLevel { level count } peopleTrainedByAgency { agency { id } level count }
  sessionsDelivered { level count } qualifiedFirstResponders } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Person { email trainingRecord { completedOn certificateNumber course { level } } qualifiedFirstResponder(asOf: "2020-03-31") }
  ... on Agency { id peopleTrainedByLevel(from: "2019-04-01", to: "2020-03-31") { level count } qualifiedFirstResponders(asOf: "2020-03-31") }
} }`;
const REFRESH = `{ certificatesDueForRefresh(asOf: "2021-06-01", withinDays: 30, first: 100) { totalCount nodes { id delegateEmail } } }`;

describe("training: the partnership is the boundary", () => {
  let service: RunningService;
  let db: Client;
  let server: string;
  const name = `test_${randomBytes(6).toString("hex")}`;
  let signer: CallerContextSigner;

  const as = (partnership: ActingPartnership | null, agencyId = WMP) => ({
    query: async <T = any>(query: string, variables: Record<string, unknown> = {}) => {
      const context = await signer.sign({
        userId: `user-of-${agencyId}`,
        agencyId,
        sector: "POLICE",
        roles: [Role.TRAINING_ADMIN],
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
        `SELECT (SELECT count(*) FROM training.training_session)::int AS sessions,
                (SELECT count(*) FROM training.delegate)::int AS delegates,
                (SELECT count(*) FROM training.completion)::int AS completions`,
      )
    ).rows[0];
  const people = [
    { __typename: "Person", email: OFFICER, agency: { id: WMP } },
    { __typename: "Agency", id: WMP },
  ];

  let courses: Record<string, string>;
  let tameSession: string;
  let sandwellSession: string;
  let sandwellBefore: Record<string, unknown>;

  beforeAll(async () => {
    server = inject("postgresServerUrl");
    await ensureDatabase(server, name);
    const keys = await generateEs256KeyPair("boundary-test");
    signer = await CallerContextSigner.fromJwk(keys.privateJwk, 600);
    service = await serveSubgraph(training, {
      databaseUrl: withDatabase(server, name),
      port: 0,
      host: "127.0.0.1",
      production: false,
      poolSize: 5,
      logger: createLogger("training-boundary-test", "silent"),
      contextVerifier: await CallerContextVerifier.fromJwk(keys.publicJwk),
      clock: pinnedClock("2026-12-11"),
      seed: seedDemo,
    });
    db = new Client({ connectionString: withDatabase(server, name) });
    await db.connect();

    // Courses are shared: both partnerships see the same catalogue.
    const catalogue = await tame.query(`{ courses(first: 20) { nodes { id title } } }`);
    courses = Object.fromEntries(catalogue.data.courses.nodes.map((c: any) => [c.title, c.id]));
    expect(Object.keys(courses)).toHaveLength(5);
    sandwellSession = (await sandwell.query(`{ trainingSessions(first: 1) { nodes { id } } }`)).data.trainingSessions
      .nodes[0].id;

    sandwellBefore = {
      statistics: (await sandwell.query(STATISTICS, YEAR)).data,
      entities: (await sandwell.query(ENTITIES, { reps: people })).data,
      refresh: (await sandwell.query(REFRESH)).data,
      sessions: (await sandwell.query(`{ trainingSessions(first: 1) { totalCount } }`)).data,
    };

    // Tame Valley trains the same officer, and one of its own, within Sandwell's demo year.
    const scheduled = await tame.query(SCHEDULE, {
      input: {
        courseId: courses["First Responder Training"],
        startsAt: "2019-06-12T10:00:00Z",
        venue: "Tame Valley Civic Centre",
        trainer: "T. Valley",
        capacity: 5,
      },
    });
    expect(scheduled.errors).toBeUndefined();
    tameSession = scheduled.data.scheduleSession.id;
    const recorded = await tame.query(RECORD, {
      input: {
        sessionId: tameSession,
        attendees: [
          {
            name: "Ellie Ahmed-Tame",
            email: OFFICER,
            agencyId: WMP,
            jobTitle: "Detective Constable",
            status: "COMPLETED",
          },
          { name: "Hal Justice", email: "hal.justice@hfj.example.org", agencyId: HFJ, status: "COMPLETED" },
          { name: "Ned Noshow", email: "ned.noshow@wmp.example.org", agencyId: WMP, status: "NO_SHOW" },
        ],
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordAttendance.status).toBe("DELIVERED");
  });
  afterAll(async () => {
    await db?.end();
    await service?.stop();
    await dropDatabase(server, name);
  });

  it("keeps Sandwell's demo year in Sandwell", async () => {
    const rows = await db.query(
      `SELECT partnership_id, count(*)::int AS n FROM training.completion WHERE source = 'SESSION' GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(rows.rows).toEqual([
      { partnership_id: SANDWELL.id, n: expect.any(Number) },
      // The demo's small year in Tame Valley (24 briefed, 8 first responders) and this test's 3.
      { partnership_id: TAME.id, n: 35 },
    ]);
    // The officer is one delegate in each partnership: Tame Valley's register did not rename Sandwell's.
    const officer = await db.query(
      `SELECT partnership_id, name FROM training.delegate WHERE email = $1 ORDER BY name`,
      [OFFICER],
    );
    expect(officer.rows).toEqual([
      { partnership_id: SANDWELL.id, name: "Ellie Ahmed" },
      { partnership_id: TAME.id, name: "Ellie Ahmed-Tame" },
    ]);
  });

  it("changes none of Sandwell's figures, lists or records, even for an agency in both", async () => {
    expect({
      statistics: (await sandwell.query(STATISTICS, YEAR)).data,
      entities: (await sandwell.query(ENTITIES, { reps: people })).data,
      refresh: (await sandwell.query(REFRESH)).data,
      sessions: (await sandwell.query(`{ trainingSessions(first: 1) { totalCount } }`)).data,
    }).toEqual(sandwellBefore);
  });

  it("shows neither partnership's sessions to the other", async () => {
    const read = `query($id: ID!) { trainingSession(id: $id) { id } trainingSessions(first: 100, filter: { from: "2019-06-12", to: "2019-06-12" }) { totalCount nodes { id } } }`;
    expect((await sandwell.query(read, { id: tameSession })).data).toEqual({
      trainingSession: null,
      trainingSessions: { totalCount: 0, nodes: [] },
    });
    expect((await tame.query(read, { id: tameSession })).data).toEqual({
      trainingSession: { id: tameSession },
      trainingSessions: { totalCount: 1, nodes: [{ id: tameSession }] },
    });
    const inTame = await tame.query(
      `query($id: ID!) { trainingSession(id: $id) { id } trainingSessions(first: 100) { totalCount } }`,
      { id: sandwellSession },
    );
    // Tame Valley's own: the demo's two sessions and this test's one.
    expect(inTame.data).toEqual({ trainingSession: null, trainingSessions: { totalCount: 3 } });
  });

  it("counts only Tame Valley's records in its figures, records and refresh list", async () => {
    const statistics = await tame.query(STATISTICS, YEAR);
    expect(statistics.data.trainingStatistics).toEqual({
      peopleTrainedByLevel: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 2 }],
      peopleTrainedByAgency: [
        { agency: { id: WMP }, level: "LEVEL_3_FIRST_RESPONDER", count: 1 },
        { agency: { id: HFJ }, level: "LEVEL_3_FIRST_RESPONDER", count: 1 },
      ].sort((a, b) => a.agency.id.localeCompare(b.agency.id)),
      sessionsDelivered: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 1 }],
      qualifiedFirstResponders: 2,
    });
    const [officer, police] = (await tame.query(ENTITIES, { reps: people })).data._entities;
    expect(officer.trainingRecord).toHaveLength(1);
    expect(officer.trainingRecord[0]).toMatchObject({
      completedOn: "2019-06-12",
      course: { level: "LEVEL_3_FIRST_RESPONDER" },
    });
    expect(officer.qualifiedFirstResponder).toBe(true);
    expect(police).toEqual({
      id: WMP,
      peopleTrainedByLevel: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 1 }],
      qualifiedFirstResponders: 1,
    });
    const refresh = (await tame.query(REFRESH)).data.certificatesDueForRefresh;
    expect(refresh.nodes.map((n: any) => n.delegateEmail).sort()).toEqual([
      "ellie.ahmed.4@wmp.example.org",
      "hal.justice@hfj.example.org",
    ]);

    // And Sandwell's record of the same officer holds only Sandwell's course.
    const [inSandwell] = (await sandwell.query(ENTITIES, { reps: people })).data._entities;
    expect(inSandwell.trainingRecord.map((c: any) => c.course.level)).toEqual(["LEVEL_1_AWARENESS"]);
  });

  it("refuses another partnership's figures", async () => {
    const figures = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Partnership { trainingStatistics(from: "2019-04-01", to: "2020-03-31") { qualifiedFirstResponders } } } }`;
    const own = await tame.query(figures, { reps: [{ __typename: "Partnership", id: TAME.id }] });
    expect(own.data._entities[0].trainingStatistics.qualifiedFirstResponders).toBe(2);
    for (const [caller, other] of [
      [tame, SANDWELL],
      [sandwell, TAME],
    ] as const) {
      const refused = await caller.query(figures, { reps: [{ __typename: "Partnership", id: other.id }] });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const root = await caller.query(
        `query($id: ID!) { trainingStatistics(from: "2019-04-01", to: "2020-03-31", partnershipId: $id) { qualifiedFirstResponders } }`,
        { id: other.id },
      );
      expect(root.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("refuses a request that acts in no partnership, writing nothing", async () => {
    const before = await rowCounts();
    const nowhere = as(null);
    expect((await nowhere.query(`{ trainingSessions(first: 1) { totalCount } }`)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const scheduled = await nowhere.query(SCHEDULE, {
      input: {
        courseId: courses["First Responder Training"],
        startsAt: "2026-06-01T10:00:00Z",
        trainer: "A Trainer",
        capacity: 5,
      },
    });
    expect(scheduled.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await rowCounts()).toEqual(before);
  });

  it("finds no session of another partnership to record, and writes nothing", async () => {
    const before = await rowCounts();
    const attendee = { name: "Any One", email: "any.one@wmp.example.org", agencyId: WMP, status: "COMPLETED" };
    for (const [caller, sessionId] of [
      [tame, sandwellSession],
      [sandwell, tameSession],
    ] as const) {
      const result = await caller.query(RECORD, { input: { sessionId, attendees: [attendee] } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a register naming an agency outside the partnership, naming the attendee, writing nothing", async () => {
    const before = await rowCounts();
    const result = await tame.query(RECORD, {
      input: {
        sessionId: tameSession,
        attendees: [
          { name: "Ellie Ahmed", email: OFFICER, agencyId: WMP, status: "COMPLETED" },
          { name: "Sandwell Officer", email: "officer@smbc.example.org", agencyId: SMBC, status: "COMPLETED" },
        ],
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.attendees[1].agencyId" });
    expect(await rowCounts()).toEqual(before);
  });

  it("imports an LMS export into the acting partnership only, rejecting rows of agencies outside it", async () => {
    const elearning = courses["Modern Slavery Awareness e-learning"];
    const row = (email: string, agency: string) => `${email},Some One,${agency},,2020-01-15`;
    const header = "email,name,agency_id,job_title,completed_on";
    // Sandwell records the officer's e-learning first: Tame Valley's copy of the same record is no duplicate of it.
    const inSandwell = await sandwell.query(IMPORT, {
      input: { courseId: elearning, csv: [header, row(OFFICER, WMP)].join("\n") },
    });
    expect(inSandwell.data.importCompletions).toMatchObject({ committed: true, imported: 1 });

    const before = await rowCounts();
    const csv = [header, row(OFFICER, WMP), row("someone@smbc.example.org", SMBC)].join("\n");
    const refused = await tame.query(IMPORT, { input: { courseId: elearning, csv } });
    expect(refused.data.importCompletions).toMatchObject({ committed: false, imported: 0, rejected: 1 });
    expect(refused.data.importCompletions.rows[1]).toMatchObject({ row: 3, outcome: "REJECTED", column: "agency_id" });
    expect(await rowCounts()).toEqual(before);

    const sandwellLevelOne = async () =>
      (await sandwell.query(STATISTICS, YEAR)).data.trainingStatistics.peopleTrainedByLevel;
    const sandwellFigures = await sandwellLevelOne();
    const partly = await tame.query(IMPORT, { input: { courseId: elearning, csv, acceptValidRowsOnly: true } });
    expect(partly.data.importCompletions).toMatchObject({ committed: true, imported: 1, duplicates: 0, rejected: 1 });
    const stored = await db.query(
      `SELECT c.partnership_id FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id
        WHERE d.email = $1 AND c.course_id = $2 ORDER BY 1`,
      [OFFICER, elearning],
    );
    expect(stored.rows.map((r) => r.partnership_id).sort()).toEqual([SANDWELL.id, TAME.id].sort());
    expect(await sandwellLevelOne()).toEqual(sandwellFigures);
    expect((await tame.query(STATISTICS, YEAR)).data.trainingStatistics.peopleTrainedByLevel).toEqual([
      { level: "LEVEL_1_AWARENESS", count: 1 },
      { level: "LEVEL_3_FIRST_RESPONDER", count: 2 },
    ]);
  });
});
