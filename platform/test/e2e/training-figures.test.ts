import { randomUUID } from "node:crypto";
import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Attendance as well as completion, as partnership reports publish them: Tame Valley's training
 * year (2024/25; its demo sessions fall in the year after), recorded through the API (courses, sessions, registers, an LMS export), then its
 * figures per course, format, level, agency and sector. Webinars and briefings are attended and
 * issue no certificate; a first responder course is completed by some and only attended by others.
 */
const YEAR = { from: "2024-04-01", to: "2025-03-31" };
const TVC = demoAgencyId("TVC");
const TVRC = demoAgencyId("TVRC");
const WMP = demoAgencyId("WMP");
const HFJ = demoAgencyId("HFJ");

const WEBINAR = "Tame Valley spotting the signs webinar";
const BRIEFING = "Tame Valley housing officers' briefing";
const FIRST_RESPONDER = "First Responder Training";
const ELEARNING = "Modern Slavery Awareness e-learning";

/** The people trained, by agency: four of the council's, two police officers, one of each NGO. */
const P = {
  t1: { name: "Rhiannon Pryce", email: "rhiannon.pryce@tvc.example.org", agencyId: TVC },
  t2: { name: "Olusegun Bakare", email: "olusegun.bakare@tvc.example.org", agencyId: TVC },
  t3: { name: "Gwen Ashby", email: "gwen.ashby@tvc.example.org", agencyId: TVC },
  t4: { name: "Tariq Nasser", email: "tariq.nasser@tvc.example.org", agencyId: TVC },
  w1: { name: "Marcus Oyelaran", email: "marcus.oyelaran@wmp.example.org", agencyId: WMP },
  w2: { name: "Dana Whitlock", email: "dana.whitlock@wmp.example.org", agencyId: WMP },
  h1: { name: "Beth Morley", email: "beth.morley@hfj.example.org", agencyId: HFJ },
  r1: { name: "Mariam Haddad", email: "mariam.haddad@tvrc.example.org", agencyId: TVRC },
};
type Person = keyof typeof P;

const FIGURES = `query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) {
  peopleTrainedByLevel { level count suppressed }
  attended { ...participation } completed { ...participation } } }
fragment participation on TrainingParticipation {
  people peopleSuppressed
  byCourse { course { title format } count suppressed }
  byFormat { format count suppressed }
  byLevel { level count suppressed }
  byAgency { agency { shortName } count suppressed }
  bySector { sector count suppressed } }`;

describe("training figures: attendance and completion (through the gateway)", () => {
  let t: TestPlatform;
  let admin: Client;
  let coursesByTitle: Record<string, string>;

  const figures = async (client: Client, period = YEAR) => {
    const result = await client.query<any>(FIGURES, period);
    expect(result.errors).toBeUndefined();
    return result.data!.trainingStatistics;
  };
  const session = async (title: string, startsAt: string, register: Partial<Record<Person, string>>) => {
    const scheduled = await admin.query<any>(
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          courseId: coursesByTitle[title],
          startsAt,
          venue: "Tame Valley Civic Centre",
          trainer: "Tame Valley trainer",
          capacity: 40,
        },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    const recorded = await admin.query(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
      {
        input: {
          sessionId: scheduled.data!.scheduleSession.id,
          attendees: Object.entries(register).map(([who, status]) => ({ ...P[who as Person], status })),
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
  };

  beforeAll(async () => {
    // Every request asks governance afresh, so a membership ended in a test reaches the next request.
    t = await startTestPlatform({ grantsCacheTtlMs: 0 });
    admin = await t.asIn("TAME", "TVC", Role.TRAINING_ADMIN);
    for (const [title, format] of [
      [WEBINAR, "WEBINAR"],
      [BRIEFING, "BRIEFING"],
    ]) {
      const created = await admin.query(`mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`, {
        input: {
          title,
          level: "LEVEL_1_AWARENESS",
          format,
          providerAgencyId: TVC,
          durationMinutes: 60,
          audience: "Front-line staff of the partnership's agencies",
        },
      });
      expect(created.errors).toBeUndefined();
    }
    const catalogue = await admin.query<any>("{ courses(first: 50) { nodes { id title } } }");
    coursesByTitle = Object.fromEntries(catalogue.data!.courses.nodes.map((c: any) => [c.title, c.id]));

    await session(WEBINAR, "2024-05-14T10:00:00Z", {
      t1: "ATTENDED",
      t2: "ATTENDED",
      t3: "ATTENDED",
      w1: "ATTENDED",
      h1: "ATTENDED",
      r1: "ATTENDED",
      t4: "NO_SHOW",
    });
    // The same webinar again: Rhiannon comes twice and counts once.
    await session(WEBINAR, "2024-09-10T10:00:00Z", { t1: "ATTENDED", t4: "ATTENDED", w2: "ATTENDED" });
    await session(BRIEFING, "2024-11-05T09:30:00Z", { t2: "ATTENDED", w1: "ATTENDED", h1: "NO_SHOW" });
    await session(FIRST_RESPONDER, "2025-01-21T09:00:00Z", {
      t1: "COMPLETED",
      w1: "COMPLETED",
      w2: "COMPLETED",
      t3: "ATTENDED",
      r1: "NO_SHOW",
    });
    // The year before: not this year's.
    await session(FIRST_RESPONDER, "2024-03-20T09:00:00Z", { t2: "COMPLETED" });
    const imported = await admin.query<any>(
      `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) { committed imported } }`,
      {
        input: {
          courseId: coursesByTitle[ELEARNING],
          csv: [
            "email,name,agency_id,job_title,completed_on",
            `${P.t3.email},${P.t3.name},${TVC},,2024-06-30`,
            `${P.h1.email},${P.h1.name},${HFJ},,2025-02-02`,
            // The year after: not this year's.
            `${P.r1.email},${P.r1.name},${TVRC},,2025-04-02`,
          ].join("\n"),
        },
      },
    );
    expect(imported.data!.importCompletions).toEqual({ committed: true, imported: 3 });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const row = (count: number) => ({ count, suppressed: false });
  /** Rows by agency as published: most first, ties in the order of the agencies' ids. */
  const byAgency = (counts: Array<[shortName: string, count: number]>) =>
    counts
      .sort(([a, x], [b, y]) => y - x || demoAgencyId(a).localeCompare(demoAgencyId(b)))
      .map(([shortName, count]) => ({ agency: { shortName }, ...row(count) }));

  it("counts the people who attended, whether or not they completed, exactly for the council (PERSONNEL)", async () => {
    const { attended } = await figures(admin);
    expect(attended).toEqual({
      people: 8,
      peopleSuppressed: false,
      byCourse: [
        { course: { title: WEBINAR, format: "WEBINAR" }, ...row(8) },
        { course: { title: FIRST_RESPONDER, format: "CLASSROOM" }, ...row(4) },
        { course: { title: ELEARNING, format: "E_LEARNING" }, ...row(2) },
        { course: { title: BRIEFING, format: "BRIEFING" }, ...row(2) },
      ],
      byFormat: [
        { format: "CLASSROOM", ...row(4) },
        { format: "E_LEARNING", ...row(2) },
        { format: "WEBINAR", ...row(8) },
        { format: "BRIEFING", ...row(2) },
      ],
      byLevel: [
        { level: "LEVEL_1_AWARENESS", ...row(8) },
        { level: "LEVEL_3_FIRST_RESPONDER", ...row(4) },
      ],
      byAgency: byAgency([
        ["TVC", 4],
        ["WMP", 2],
        ["HFJ", 1],
        ["TVRC", 1],
      ]),
      bySector: [
        { sector: "LOCAL_AUTHORITY", ...row(4) },
        { sector: "NGO", ...row(2) },
        { sector: "POLICE", ...row(2) },
      ],
    });
  });

  it("counts the people who completed, as peopleTrainedByLevel does by level", async () => {
    const stats = await figures(admin);
    expect(stats.completed).toEqual({
      people: 5,
      peopleSuppressed: false,
      byCourse: [
        { course: { title: FIRST_RESPONDER, format: "CLASSROOM" }, ...row(3) },
        { course: { title: ELEARNING, format: "E_LEARNING" }, ...row(2) },
      ],
      byFormat: [
        { format: "CLASSROOM", ...row(3) },
        { format: "E_LEARNING", ...row(2) },
      ],
      byLevel: [
        { level: "LEVEL_1_AWARENESS", ...row(2) },
        { level: "LEVEL_3_FIRST_RESPONDER", ...row(3) },
      ],
      byAgency: byAgency([
        ["TVC", 2],
        ["WMP", 2],
        ["HFJ", 1],
      ]),
      bySector: [
        { sector: "LOCAL_AUTHORITY", ...row(2) },
        { sector: "POLICE", ...row(2) },
        { sector: "NGO", ...row(1) },
      ],
    });
    expect(
      stats.peopleTrainedByLevel
        .map(({ level, count }: any) => ({ level, count }))
        .sort((a: any, b: any) => a.level.localeCompare(b.level)),
    ).toEqual(stats.completed.byLevel.map(({ level, count }: any) => ({ level, count })));
  });

  it("dates a record by its completion, or by its session when only attended, inside the period's days", async () => {
    // The last day before the year: the earlier First Responder session only.
    const before = await figures(admin, { from: "2024-03-20", to: "2024-03-31" });
    expect([before.attended.people, before.completed.people]).toEqual([1, 1]);
    // The first webinar's day alone: six attended, no one completed.
    const webinarDay = await figures(admin, { from: "2024-05-14", to: "2024-05-14" });
    expect(webinarDay.attended.people).toBe(6);
    expect(webinarDay.completed).toMatchObject({ people: 0, byCourse: [], byFormat: [], bySector: [] });
    // The day after the year: the late e-learning completion.
    const after = await figures(admin, { from: "2025-04-01", to: "2025-04-30" });
    expect(after.completed.byAgency).toEqual([{ agency: { shortName: "TVRC" }, ...row(1) }]);
  });

  it("publishes the same figures to an NGO without PERSONNEL through the suppression routine", async () => {
    const ngo = await t.asIn("TAME", "HFJ", Role.CASEWORKER);
    const { attended, completed } = await figures(ngo);
    const withheld = { count: null, suppressed: true };
    expect(attended).toEqual({
      // 8 people are published as 10; every count from 1 to 4 is withheld and names nothing.
      people: 10,
      peopleSuppressed: false,
      byCourse: [
        { course: { title: WEBINAR, format: "WEBINAR" }, ...row(10) },
        { course: null, ...withheld },
      ],
      byFormat: [
        { format: "WEBINAR", ...row(10) },
        { format: null, ...withheld },
      ],
      byLevel: [
        { level: "LEVEL_1_AWARENESS", ...row(10) },
        { level: null, ...withheld },
      ],
      byAgency: [{ agency: null, ...withheld }],
      bySector: [{ sector: null, ...withheld }],
    });
    expect(completed).toEqual({
      people: 5,
      peopleSuppressed: false,
      byCourse: [{ course: null, ...withheld }],
      byFormat: [{ format: null, ...withheld }],
      byLevel: [{ level: null, ...withheld }],
      byAgency: [{ agency: null, ...withheld }],
      bySector: [{ sector: null, ...withheld }],
    });
  });

  it("answers attendance and completion, every breakdown, in one counting statement and one for the courses", async () => {
    const training = t.platform.subgraphs.find((s) => s.name === "training")!;
    const participationOnly = FIGURES.replace("peopleTrainedByLevel { level count suppressed }", "");
    const once = async () => {
      const before = training.statements!();
      const result = await admin.query(participationOnly, YEAR);
      expect(result.errors).toBeUndefined();
      return training.statements!() - before;
    };
    expect(Math.min(await once(), await once(), await once())).toBe(2);
  });

  it("files the people of an agency that has left the partnership under NOT_RECORDED", async () => {
    const chair = await t.asIn("TAME", "TVC", Role.PARTNERSHIP_ADMIN);
    const left = await chair.query(
      `mutation($input: EndPartnershipMembershipInput!) { endPartnershipMembership(input: $input) { until } }`,
      { input: { agencyId: TVRC, until: "2026-12-10" } },
    );
    expect(left.errors).toBeUndefined();
    const { attended } = await figures(admin);
    expect(attended.bySector).toEqual([
      { sector: "LOCAL_AUTHORITY", ...row(4) },
      { sector: "POLICE", ...row(2) },
      { sector: "NGO", ...row(1) },
      { sector: "NOT_RECORDED", ...row(1) },
    ]);
    expect(attended.people).toBe(8);
  });

  // Last: it breaks a reference underneath the figures above.
  it("a row whose agency the directory no longer resolves still answers, marked by its id, and nulls nothing else", async () => {
    const ghost = randomUUID();
    await t.database.query(`UPDATE training.completion SET agency_id = $1 WHERE agency_id = $2`, [ghost, HFJ]);
    const result = await admin.query<any>(
      `query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) {
        peopleTrainedByAgency { agencyId agency { shortName } count }
        attended { people byAgency { agencyId agency { shortName } count } } } }`,
      YEAR,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const { attended } = result.data!.trainingStatistics;
    expect(attended.byAgency).toContainEqual({ agencyId: ghost, agency: null, count: 1 });
    expect(attended.byAgency).toContainEqual({ agencyId: TVC, agency: { shortName: "TVC" }, count: 4 });
    expect(attended.people).toBe(8);
  });
});
