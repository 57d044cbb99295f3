import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, clientFor, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Training through the gateway, across two partnerships: Sandwell (the demo year) and Tame Valley,
 * which shares West Midlands Police and Hope for Justice with it. Each partnership's sessions,
 * registers, certificates and figures are its own, both ways, even for the agencies in both; and a
 * write never lands in, or reaches into, a partnership the caller does not act in.
 */
const YEAR = { from: "2019-04-01", to: "2020-03-31" };
const SANDWELL = demoPartnershipId("SANDWELL");
const TAME = demoPartnershipId("TAME");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");
const SMBC = demoAgencyId("SMBC");
const TVC = demoAgencyId("TVC");
/** A detective in the directory (governance's demo staff) whom both partnerships train. */
const DETECTIVE = "marcus.oyelaran@wmp.example.org";

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id status } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status } }`;
const IMPORT = `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) {
  committed imported duplicates rejected rows { row outcome column } } }`;
/** Everything a partnership's training shows: its figures, lists and the records of people and agencies in both. */
const EVERYTHING = `query($from: LocalDate!, $to: LocalDate!, $email: String!, $wmp: ID!) {
  trainingStatistics(from: $from, to: $to) {
    peopleTrainedByLevel { level count } peopleTrainedByAgency { agency { shortName } level count }
    sessionsDelivered { level count } qualifiedFirstResponders }
  trainingSessions(first: 100, filter: { from: "2019-06-01", to: "2020-12-31" }) { totalCount nodes { id startsAt } }
  certificatesDueForRefresh(asOf: "2021-06-01", withinDays: 30, first: 100) { totalCount nodes { delegateEmail certificateNumber } }
  person(email: $email) { trainingRecord { completedOn certificateNumber course { level } } qualifiedFirstResponder(asOf: "2020-03-31") }
  agency(id: $wmp) { peopleTrainedByLevel(from: "2019-04-01", to: "2020-03-31") { level count } qualifiedFirstResponders(asOf: "2020-03-31") }
}`;
const everything = async (client: Client) => {
  const result = await client.query(EVERYTHING, { ...YEAR, email: DETECTIVE, wmp: WMP });
  expect(result.errors).toBeUndefined();
  return result.data!;
};

describe("training: the partnership is the boundary (through the gateway)", () => {
  let t: TestPlatform;
  let sandwellAdmin: Client;
  let sandwellPolice: Client;
  let tameAdmin: Client;
  let tamePolice: Client;
  let courses: Record<string, string>;
  let tameSession: string;
  let sandwellSession: string;
  let sandwellBefore: Record<string, any>;
  let tameBefore: Record<string, any>;

  const rowCounts = async () =>
    (
      await t.database.query(
        `SELECT (SELECT count(*) FROM training.training_session)::int AS sessions,
                (SELECT count(*) FROM training.delegate)::int AS delegates,
                (SELECT count(*) FROM training.completion)::int AS completions`,
      )
    )[0];
  const schedule = (client: Client, startsAt: string, venue: string) =>
    client.query<any>(SCHEDULE, {
      input: { courseId: courses["First Responder Training"], startsAt, venue, trainer: "Trainer", capacity: 5 },
    });

  beforeAll(async () => {
    t = await startTestPlatform();
    sandwellAdmin = await t.as("SMBC", Role.TRAINING_ADMIN);
    sandwellPolice = await t.as("WMP", Role.TRAINING_ADMIN);
    tameAdmin = await t.asIn("TAME", "TVC", Role.TRAINING_ADMIN);
    tamePolice = await t.asIn("TAME", "WMP", Role.TRAINING_ADMIN);
    const catalogue: any = await tameAdmin.query("{ courses(first: 20) { nodes { id title } } }");
    expect(catalogue.errors).toBeUndefined();
    courses = Object.fromEntries(catalogue.data.courses.nodes.map((c: any) => [c.title, c.id]));
    sandwellSession = (await sandwellPolice.query<any>("{ trainingSessions(first: 1) { nodes { id } } }")).data!
      .trainingSessions.nodes[0].id;
    sandwellBefore = await everything(sandwellPolice);
    tameBefore = await everything(tamePolice);

    // Tame Valley trains the detective and one of its own council's staff, inside Sandwell's demo year.
    const scheduled = await schedule(tameAdmin, "2019-06-12T10:00:00Z", "Tame Valley Civic Centre");
    expect(scheduled.errors).toBeUndefined();
    tameSession = scheduled.data.scheduleSession.id;
    const recorded = await tameAdmin.query(RECORD, {
      input: {
        sessionId: tameSession,
        attendees: [
          { name: "Marcus Oyelaran", email: DETECTIVE, agencyId: WMP, status: "COMPLETED" },
          { name: "Rhiannon Pryce", email: "rhiannon.pryce@tvc.example.org", agencyId: TVC, status: "COMPLETED" },
          { name: "Beth Morley", email: "beth.morley@hfj.example.org", agencyId: HFJ, status: "NO_SHOW" },
        ],
      },
    });
    expect(recorded.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("changes none of Sandwell's figures, lists or records, for the council or for the police in both", async () => {
    expect(await everything(sandwellPolice)).toEqual(sandwellBefore);
    const council = await sandwellAdmin.query<any>(
      `query($id: ID!) { trainingSession(id: $id) { id } trainingStatistics(from: "2019-04-01", to: "2020-03-31") { qualifiedFirstResponders } }`,
      { id: tameSession },
    );
    expect(council.data).toEqual({
      trainingSession: null,
      trainingStatistics: { qualifiedFirstResponders: sandwellBefore.trainingStatistics.qualifiedFirstResponders },
    });
    expect(sandwellBefore.trainingStatistics.qualifiedFirstResponders).toBe(133);
  });

  it("shows Tame Valley its own session, register and figures, and nothing of Sandwell's", async () => {
    const tame = await everything(tamePolice);
    expect(tame.trainingStatistics).toEqual({
      peopleTrainedByLevel: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 2 }],
      peopleTrainedByAgency: expect.arrayContaining([
        { agency: { shortName: "WMP" }, level: "LEVEL_3_FIRST_RESPONDER", count: 1 },
        { agency: { shortName: "TVC" }, level: "LEVEL_3_FIRST_RESPONDER", count: 1 },
      ]),
      sessionsDelivered: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 1 }],
      qualifiedFirstResponders: 2,
    });
    expect(tame.trainingStatistics.peopleTrainedByAgency).toHaveLength(2);
    expect(tame.trainingSessions).toEqual({
      totalCount: 1,
      nodes: [{ id: tameSession, startsAt: expect.any(String) }],
    });
    expect(tame.certificatesDueForRefresh.nodes.map((n: any) => n.delegateEmail).sort()).toEqual([
      DETECTIVE,
      "rhiannon.pryce@tvc.example.org",
    ]);
    expect(tame.person.trainingRecord).toEqual([
      {
        completedOn: "2019-06-12",
        certificateNumber: expect.any(String),
        course: { level: "LEVEL_3_FIRST_RESPONDER" },
      },
    ]);
    expect(tame.person.qualifiedFirstResponder).toBe(true);
    expect(tame.agency).toEqual({
      peopleTrainedByLevel: [{ level: "LEVEL_3_FIRST_RESPONDER", count: 1 }],
      qualifiedFirstResponders: 1,
    });
    // Before Tame Valley's session it had nothing, though the demo year is full of Sandwell's.
    expect(tameBefore.trainingStatistics).toMatchObject({ peopleTrainedByLevel: [], qualifiedFirstResponders: 0 });
    expect(tameBefore.trainingSessions.totalCount).toBe(0);

    const across = await tamePolice.query<any>(`query($id: ID!) { trainingSession(id: $id) { id } }`, {
      id: sandwellSession,
    });
    expect(across.data).toEqual({ trainingSession: null });
  });

  it("leaves Tame Valley's figures as they were when Sandwell trains the same detective", async () => {
    const tameNow = await everything(tamePolice);
    const scheduled = await schedule(sandwellAdmin, "2019-07-03T10:00:00Z", "Jack Judge House, Oldbury");
    const recorded = await sandwellAdmin.query(RECORD, {
      input: {
        sessionId: scheduled.data.scheduleSession.id,
        attendees: [{ name: "Marcus Oyelaran", email: DETECTIVE, agencyId: WMP, status: "COMPLETED" }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(await everything(tamePolice)).toEqual(tameNow);
    const sandwell = await everything(sandwellPolice);
    expect(sandwell.person.trainingRecord.map((c: any) => c.completedOn)).toEqual(["2019-07-03"]);
    expect(sandwell.trainingStatistics.qualifiedFirstResponders).toBe(134);
  });

  it("refuses another partnership's figures, even to an agency in both", async () => {
    const figures = `query($id: ID!) { partnership(id: $id) { id trainingStatistics(from: "2019-04-01", to: "2020-03-31") { qualifiedFirstResponders } } }`;
    const own = await tamePolice.query<any>(figures, { id: TAME });
    expect(own.errors).toBeUndefined();
    expect(own.data!.partnership.trainingStatistics.qualifiedFirstResponders).toBe(2);
    for (const [client, other] of [
      [tamePolice, SANDWELL],
      [sandwellPolice, TAME],
    ] as const) {
      const refused = await client.query<any>(figures, { id: other });
      expect(refused.errors?.[0]).toMatchObject({
        path: ["partnership", "trainingStatistics"],
        extensions: { code: "FORBIDDEN", serviceName: "training" },
      });
      // Only the figures are refused: the partnership's public fields still answer.
      expect(refused.data?.partnership).toEqual({ id: other, trainingStatistics: null });
      const root = await client.query<any>(
        `query($id: ID!) { trainingStatistics(from: "2019-04-01", to: "2020-03-31", partnershipId: $id) { qualifiedFirstResponders } }`,
        { id: other },
      );
      expect(root.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("refuses a session in a partnership the caller is not in, writing nothing", async () => {
    const before = await rowCounts();
    // The council's training administrator is in Sandwell only.
    const outsider = clientFor(t.gatewayUrl, sandwellAdmin.token, TAME);
    const result = await schedule(outsider, "2026-06-01T10:00:00Z", "Tame Valley Civic Centre");
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.data?.scheduleSession ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it("finds no session of the other partnership to record, both ways, and writes nothing", async () => {
    const before = await rowCounts();
    const attendee = { name: "Any One", email: "any.one@wmp.example.org", agencyId: WMP, status: "COMPLETED" };
    for (const [client, sessionId] of [
      [tamePolice, sandwellSession],
      [sandwellPolice, tameSession],
    ] as const) {
      const result = await client.query(RECORD, { input: { sessionId, attendees: [attendee] } });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a register naming an agency outside the partnership, naming the attendee, writing nothing", async () => {
    const before = await rowCounts();
    const result = await tameAdmin.query(RECORD, {
      input: {
        sessionId: tameSession,
        attendees: [
          { name: "Marcus Oyelaran", email: DETECTIVE, agencyId: WMP, status: "COMPLETED" },
          { name: "Rhiannon Pryce", email: "rhiannon.pryce@tvc.example.org", agencyId: TVC, status: "COMPLETED" },
          { name: "Beth Morley", email: "beth.morley@hfj.example.org", agencyId: HFJ, status: "ATTENDED" },
          { name: "Helen Marsh", email: "helen.marsh@smbc.example.org", agencyId: SMBC, status: "COMPLETED" },
        ],
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.attendees[3].agencyId" });
    expect(await rowCounts()).toEqual(before);
    // And the other way: Sandwell's register cannot name Tame Valley's council.
    const reverse = await sandwellAdmin.query(RECORD, {
      input: {
        sessionId: sandwellSession,
        attendees: [
          { name: "Rhiannon Pryce", email: "rhiannon.pryce@tvc.example.org", agencyId: TVC, status: "COMPLETED" },
        ],
      },
    });
    expect(reverse.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.attendees[0].agencyId" });
    expect(await rowCounts()).toEqual(before);
  });

  it("imports an LMS export into the acting partnership only, rejecting rows of agencies outside it", async () => {
    const elearning = courses["Modern Slavery Awareness e-learning"];
    const header = "email,name,agency_id,job_title,completed_on";
    const csv = [
      header,
      `${DETECTIVE},Marcus Oyelaran,${WMP},,2020-01-15`,
      `x.y@smbc.example.org,X Y,${SMBC},,2020-01-15`,
    ].join("\n");
    const before = await rowCounts();
    const refused: any = await tameAdmin.query(IMPORT, { input: { courseId: elearning, csv } });
    expect(refused.data.importCompletions).toMatchObject({ committed: false, imported: 0, rejected: 1 });
    expect(refused.data.importCompletions.rows[1]).toEqual({ row: 3, outcome: "REJECTED", column: "agency_id" });
    expect(await rowCounts()).toEqual(before);

    const sandwellFigures = (await everything(sandwellPolice)).trainingStatistics;
    const imported: any = await tameAdmin.query(IMPORT, {
      input: { courseId: elearning, csv, acceptValidRowsOnly: true },
    });
    expect(imported.data.importCompletions).toMatchObject({ committed: true, imported: 1, rejected: 1 });
    expect((await everything(sandwellPolice)).trainingStatistics).toEqual(sandwellFigures);
    expect((await everything(tamePolice)).trainingStatistics.peopleTrainedByLevel).toEqual([
      { level: "LEVEL_1_AWARENESS", count: 1 },
      { level: "LEVEL_3_FIRST_RESPONDER", count: 2 },
    ]);
    // Sandwell's copy of the same export is its own record, not a duplicate of Tame Valley's.
    const inSandwell: any = await sandwellAdmin.query(IMPORT, {
      input: { courseId: elearning, csv: [header, `${DETECTIVE},Marcus Oyelaran,${WMP},,2020-01-15`].join("\n") },
    });
    expect(inSandwell.data.importCompletions).toMatchObject({ committed: true, imported: 1, duplicates: 0 });
  });
});
