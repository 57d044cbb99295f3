import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

const YEAR = { from: "2019-04-01", to: "2020-03-31" };

describe("training through the gateway", () => {
  let t: TestPlatform;
  let admin: Client;
  let courseIds: Record<string, string>;

  const completions = async () =>
    Number((await t.database.query<{ n: string }>("SELECT count(*) AS n FROM training.completion"))[0]!.n);

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await t.as("SMBC", Role.TRAINING_ADMIN);
    const courses: any = await admin.query(
      "{ courses(first: 20) { nodes { id title level validityMonths provider { id name } } } }",
    );
    expect(courses.errors).toBeUndefined();
    courseIds = Object.fromEntries(courses.data.courses.nodes.map((c: any) => [c.title, c.id]));
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("reproduces the 2019/20 annual report's training figures", async () => {
    const result: any = await admin.query(
      `query($from: LocalDate!, $to: LocalDate!) { trainingStatistics(from: $from, to: $to) {
         peopleTrainedByLevel { level count } sessionsDelivered { level count } qualifiedFirstResponders } }`,
      YEAR,
    );
    expect(result.errors).toBeUndefined();
    const byLevel = Object.fromEntries(
      result.data.trainingStatistics.peopleTrainedByLevel.map((r: any) => [r.level, r.count]),
    );
    expect(byLevel).toEqual({ LEVEL_1_AWARENESS: 1253, LEVEL_2_SUPPLY_CHAIN: 12, LEVEL_3_FIRST_RESPONDER: 133 });
    expect(result.data.trainingStatistics.qualifiedFirstResponders).toBe(133);
    const sessions = Object.fromEntries(
      result.data.trainingStatistics.sessionsDelivered.map((r: any) => [r.level, r.count]),
    );
    expect(sessions).toEqual({ LEVEL_1_AWARENESS: 51, LEVEL_2_SUPPLY_CHAIN: 1, LEVEL_3_FIRST_RESPONDER: 9 });
  });

  it("gives agencies their own figures, and courses their provider from governance", async () => {
    const result: any = await admin.query(
      `query($id: ID!) { agency(id: $id) { shortName peopleTrainedByLevel(from: "2019-04-01", to: "2020-03-31") { level count }
         qualifiedFirstResponders(asOf: "2020-03-31") } courses(level: LEVEL_3_FIRST_RESPONDER) { nodes { provider { shortName } } } }`,
      { id: demoAgencyId("SCT") },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.agency.shortName).toBe("SCT");
    expect(result.data.agency.qualifiedFirstResponders).toBeGreaterThan(20);
    expect(result.data.courses.nodes).toEqual([{ provider: { shortName: "SMBC" } }]);
  });

  it("counts a first responder as qualified only while the certificate is valid, by date", async () => {
    const result: any = await admin.query(`{ person(email: "helen.marsh@smbc.example.org") { name
      trainingRecord { course { level } completedOn expiresOn certificateNumber }
      before: qualifiedFirstResponder(asOf: "2019-04-23")
      firstDay: qualifiedFirstResponder(asOf: "2019-04-24")
      lastDay: qualifiedFirstResponder(asOf: "2021-04-23")
      dayAfter: qualifiedFirstResponder(asOf: "2021-04-24")
      afterRefresh: qualifiedFirstResponder(asOf: "2025-06-11")
      firstResponderRefreshDueOn } }`);
    expect(result.errors).toBeUndefined();
    const helen = result.data.person;
    expect(helen.name).toBe("Helen Marsh");
    expect(helen.trainingRecord.map((c: any) => [c.course.level, c.completedOn, c.expiresOn])).toEqual([
      ["LEVEL_3_FIRST_RESPONDER", "2025-06-11", "2027-06-10"],
      ["LEVEL_3_FIRST_RESPONDER", "2019-04-24", "2021-04-23"],
    ]);
    expect(helen.trainingRecord[0].certificateNumber).toMatch(/^MS-L3-2025-\d{6}$/);
    expect([helen.before, helen.firstDay, helen.lastDay, helen.dayAfter, helen.afterRefresh]).toEqual([
      false,
      true,
      true,
      false,
      true,
    ]);
    expect(helen.firstResponderRefreshDueOn).toBe("2027-06-10");
  });

  it("keeps a person's training record from agencies without PERSONNEL", async () => {
    const ngo = await t.as("HFJ", Role.CASEWORKER);
    // Found by name: an NGO without PERSONNEL cannot look a person up by an email it may not read.
    const result: any = await ngo.query(
      '{ people(first: 1, filter: { search: "Helen Marsh" }) { nodes { name trainingRecord { completedOn } } } }',
    );
    const [person] = result.data.people.nodes;
    expect(person.name).toBe("Helen Marsh");
    expect(person.trainingRecord).toBeNull();
    expect(result.errors?.some((e: any) => e.extensions?.code === "FORBIDDEN_BY_SHARING_AGREEMENT")).toBe(true);
  });

  it("lists certificates due for refresh", async () => {
    const result: any = await admin.query(
      '{ certificatesDueForRefresh(asOf: "2021-04-01", withinDays: 60, first: 100) { totalCount nodes { expiresOn course { level } } } }',
    );
    expect(result.errors).toBeUndefined();
    const list = result.data.certificatesDueForRefresh;
    expect(list.totalCount).toBeGreaterThan(0);
    for (const node of list.nodes) {
      expect(node.expiresOn >= "2021-04-01" && node.expiresOn <= "2021-05-31").toBe(true);
    }
    const sorted = list.nodes.map((n: any) => n.expiresOn);
    expect(sorted).toEqual([...sorted].sort());
  });

  describe("recording a session's attendance", () => {
    const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id status } }`;
    const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
      status attendance { status completedOn expiresOn certificateNumber delegateEmail } } }`;
    const attendee = (n: number, status: string) => ({
      name: `Test Delegate ${n}`,
      email: `delegate${n}@smbc.example.org`,
      agencyId: demoAgencyId("SMBC"),
      status,
    });
    let sessionId: string;

    beforeAll(async () => {
      const scheduled: any = await admin.query(SCHEDULE, {
        input: {
          courseId: courseIds["First Responder Training"],
          startsAt: "2026-03-02T10:00:00Z",
          venue: "Oldbury",
          trainer: "H. Marsh",
          capacity: 3,
        },
      });
      expect(scheduled.data.scheduleSession.status).toBe("SCHEDULED");
      sessionId = scheduled.data.scheduleSession.id;
    });

    it("records everyone in one mutation, with certificates for completions", async () => {
      const result: any = await admin.query(RECORD, {
        input: { sessionId, attendees: [attendee(1, "COMPLETED"), attendee(2, "COMPLETED"), attendee(3, "NO_SHOW")] },
      });
      expect(result.errors).toBeUndefined();
      const { status, attendance } = result.data.recordAttendance;
      expect(status).toBe("DELIVERED");
      expect(attendance).toHaveLength(3);
      const completed = attendance.filter((a: any) => a.status === "COMPLETED");
      expect(completed).toHaveLength(2);
      for (const a of completed) {
        expect(a).toMatchObject({ completedOn: "2026-03-02", expiresOn: "2028-03-01" });
        expect(a.certificateNumber).toMatch(/^MS-L3-2026-\d{6}$/);
      }
      expect(attendance.find((a: any) => a.status === "NO_SHOW")).toMatchObject({
        certificateNumber: null,
        completedOn: null,
      });
    });

    it("recording again updates rather than duplicates, keeping issued certificates", async () => {
      const before = await completions();
      const first: any = await admin.query(RECORD, {
        input: { sessionId, attendees: [attendee(1, "COMPLETED"), attendee(2, "COMPLETED"), attendee(3, "NO_SHOW")] },
      });
      const again: any = await admin.query(RECORD, {
        input: { sessionId, attendees: [attendee(1, "COMPLETED"), attendee(2, "COMPLETED"), attendee(3, "ATTENDED")] },
      });
      expect(await completions()).toBe(before);
      const numbers = (r: any) =>
        r.data.recordAttendance.attendance
          .map((a: any) => a.certificateNumber)
          .filter(Boolean)
          .sort();
      expect(numbers(again)).toEqual(numbers(first));
    });

    const bad: Array<[string, () => unknown[], string]> = [
      [
        "the same delegate twice",
        () => [attendee(7, "COMPLETED"), attendee(7, "ATTENDED")],
        "input.attendees[1].email",
      ],
      [
        "more present than the session takes",
        () => [1, 2, 3, 4].map((n) => attendee(10 + n, "ATTENDED")),
        "input.attendees",
      ],
      ["BOOKED as an attendance", () => [attendee(20, "BOOKED")], "input.attendees[0].status"],
      [
        "an email that is not one",
        () => [{ ...attendee(21, "COMPLETED"), email: "nobody" }],
        "input.attendees[0].email",
      ],
    ];
    for (const [name, attendees, field] of bad) {
      it(`refuses ${name}, naming ${field}, writing nothing`, async () => {
        const before = await completions();
        const delegates = await t.database.query("SELECT count(*) FROM training.delegate");
        const result = await admin.query(RECORD, { input: { sessionId, attendees: attendees() } });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(await completions()).toBe(before);
        expect(await t.database.query("SELECT count(*) FROM training.delegate")).toEqual(delegates);
      });
    }

    it("is for training administrators only", async () => {
      const coordinator = await t.as("SMBC", Role.COORDINATOR);
      const result = await coordinator.query(RECORD, { input: { sessionId, attendees: [attendee(30, "COMPLETED")] } });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("importing an LMS export", () => {
    const IMPORT = `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) {
      committed imported duplicates rejected rows { row outcome column reason } } }`;
    const smbc = demoAgencyId("SMBC");
    const GOOD = `email,name,agency_id,job_title,completed_on
ann.example@smbc.example.org,Ann Example,${smbc},Social Worker,2026-01-12
"bob.example@smbc.example.org","Bob ""Bobby"" Example",${smbc},,2026-01-13T09:30:00Z
cat.example@smbc.example.org,Cat Example,${smbc},"Housing Officer,
Tenancy Team",2026-01-14
`;
    const elearning = () => courseIds["Modern Slavery Awareness e-learning"];

    it("imports a good file, and the same file again counts nothing twice", async () => {
      const before = await completions();
      const first: any = await admin.query(IMPORT, { input: { courseId: elearning(), csv: GOOD } });
      expect(first.errors).toBeUndefined();
      expect(first.data.importCompletions).toMatchObject({ committed: true, imported: 3, duplicates: 0, rejected: 0 });
      expect(first.data.importCompletions.rows.map((r: any) => [r.row, r.outcome])).toEqual([
        [2, "ACCEPTED"],
        [3, "ACCEPTED"],
        [4, "ACCEPTED"],
      ]);
      expect(await completions()).toBe(before + 3);
      const second: any = await admin.query(IMPORT, { input: { courseId: elearning(), csv: GOOD } });
      expect(second.data.importCompletions).toMatchObject({
        committed: false,
        imported: 0,
        duplicates: 3,
        rejected: 0,
      });
      expect(await completions()).toBe(before + 3);
    });

    const BAD = `email,name,agency_id,job_title,completed_on
dee.example@smbc.example.org,Dee Example,${smbc},,2026-02-01
not-an-email,Eve Example,${smbc},,2026-02-01
fay.example@smbc.example.org,Fay Example,WMP,,2026-02-01
gus.example@smbc.example.org,Gus Example,${smbc},,31/02/2026
hal.example@smbc.example.org,,${smbc},,2026-02-01
ivy.example@smbc.example.org,Ivy Example,${smbc},,2099-01-01
`;

    it("reports every bad row by number, column and reason, and imports nothing", async () => {
      const before = await completions();
      const result: any = await admin.query(IMPORT, { input: { courseId: elearning(), csv: BAD } });
      expect(result.data.importCompletions).toMatchObject({ committed: false, imported: 0, rejected: 5 });
      const rows = result.data.importCompletions.rows;
      expect(rows.map((r: any) => [r.row, r.outcome, r.column])).toEqual([
        [2, "ACCEPTED", null],
        [3, "REJECTED", "email"],
        [4, "REJECTED", "agency_id"],
        [5, "REJECTED", "completed_on"],
        [6, "REJECTED", "name"],
        [7, "REJECTED", "completed_on"],
      ]);
      expect(rows[1].reason).toContain("not an email address");
      expect(rows[3].reason).toContain("is not a date");
      expect(rows[5].reason).toContain("in the future");
      expect(rows[0].reason).toContain("not imported");
      expect(await completions()).toBe(before);
    });

    it("imports only the good rows when asked to", async () => {
      const before = await completions();
      const result: any = await admin.query(IMPORT, {
        input: { courseId: elearning(), csv: BAD, acceptValidRowsOnly: true },
      });
      expect(result.data.importCompletions).toMatchObject({ committed: true, imported: 1, rejected: 5 });
      expect(await completions()).toBe(before + 1);
    });

    it("refuses a malformed file whole", async () => {
      const before = await completions();
      const malformed = `email,name,agency_id,job_title,completed_on\njo.example@smbc.example.org,"Jo Example,${smbc},,2026-02-01\n`;
      const result = await admin.query(IMPORT, { input: { courseId: elearning(), csv: malformed } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.csv" });
      const missing = await admin.query(IMPORT, { input: { courseId: elearning(), csv: "email,name\na@b.org,A B\n" } });
      expect(missing.errors?.[0]?.message).toContain("agency_id, job_title, completed_on");
      expect(await completions()).toBe(before);
    });
  });
});
