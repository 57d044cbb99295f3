import { demoAgencyId, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * A training officer's session work through the gateway: cancelling a session (it keeps its
 * record and reason and takes no attendance), the list of sessions newest first, and the first
 * responders by name with the expiry of their qualification, judged on the clock's today
 * (2026-12-11 in tests).
 */
const SMBC = demoAgencyId("SMBC");
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const CANCEL = `mutation($input: CancelSessionInput!) {
  cancelSession(input: $input) { id status cancelledAt cancellationReason } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status } }`;
const FIRST_RESPONDERS = `query($days: Int!) { firstResponderQualifications(first: 100, expiredWithinDays: $days) {
  totalCount nodes { delegateEmail expiresOn expired completedOn } } }`;

describe("training sessions: cancelling, order, and the first responders list", () => {
  let t: TestPlatform;
  let admin: Client;
  let courses: Record<string, string>;

  const schedule = async (course: string, startsAt: string) => {
    const answer = await admin.query<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { courseId: courses[course], startsAt, venue: "Oldbury", trainer: "G. Lloyd", capacity: 10 },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.scheduleSession.id;
  };
  const attendee = (name: string, email: string) => ({ name, email, agencyId: SMBC, status: "COMPLETED" });

  beforeAll(async () => {
    t = await startTestPlatform();
    admin = await t.as("SMBC", Role.TRAINING_ADMIN);
    const catalogue = await admin.query<{ courses: { nodes: Array<{ id: string; title: string }> } }>(
      "{ courses(first: 20) { nodes { id title } } }",
    );
    courses = Object.fromEntries(catalogue.data!.courses.nodes.map((c) => [c.title, c.id]));
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
  });

  it("cancels a scheduled session with its reason; it keeps its record and takes no attendance", async () => {
    const id = await schedule("Modern Slavery Briefing", "2027-02-03T10:00:00Z");
    const cancelled = await admin.query<any>(CANCEL, { input: { sessionId: id, reason: "  Venue flooded.  " } });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data.cancelSession).toMatchObject({
      id,
      status: "CANCELLED",
      cancellationReason: "Venue flooded.",
    });
    expect(cancelled.data.cancelSession.cancelledAt).toMatch(/^2026-12-11T/);
    const [row] = await t.database.query(
      `SELECT status, cancellation_reason, starts_at IS NOT NULL AS kept FROM training.training_session WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: "CANCELLED", cancellation_reason: "Venue flooded.", kept: true });

    const record = await admin.query(RECORD, {
      input: { sessionId: id, attendees: [attendee("Kofi Mensah", "kofi.mensah@smbc.example.org")] },
    });
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(record.errors?.[0]?.message).toContain("Venue flooded.");
    const again = await admin.query(CANCEL, { input: { sessionId: id, reason: "Twice" } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(
      await t.database.query(`SELECT count(*)::int AS n FROM training.completion WHERE session_id = $1`, [id]),
    ).toEqual([{ n: 0 }]);
  });

  it("refuses to cancel a delivered session, a blank reason, another partnership's session and a caller without the role", async () => {
    const delivered = await schedule("Modern Slavery Briefing", "2026-12-01T10:00:00Z");
    const recorded = await admin.query(RECORD, {
      input: { sessionId: delivered, attendees: [attendee("Kofi Mensah", "kofi.mensah@smbc.example.org")] },
    });
    expect(recorded.errors).toBeUndefined();
    const refusal = await admin.query(CANCEL, { input: { sessionId: delivered, reason: "Too late" } });
    expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });

    const scheduled = await schedule("Modern Slavery Briefing", "2027-03-03T10:00:00Z");
    const blank = await admin.query(CANCEL, { input: { sessionId: scheduled, reason: "   " } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const tame = await t.asIn("TAME", "TVC", Role.TRAINING_ADMIN);
    const across = await tame.query(CANCEL, { input: { sessionId: scheduled, reason: "Not ours" } });
    expect(across.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const caseworker = await t.as("SMBC", Role.CASEWORKER);
    const forbidden = await caseworker.query(CANCEL, { input: { sessionId: scheduled, reason: "No role" } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      await t.database.query(`SELECT status, cancellation_reason FROM training.training_session WHERE id = $1`, [
        scheduled,
      ]),
    ).toEqual([{ status: "SCHEDULED", cancellation_reason: null }]);
  });

  it("lists sessions newest first, a page at a time", async () => {
    const answer = await admin.query<any>(
      `{ trainingSessions(first: 5) { nodes { startsAt } pageInfo { endCursor } } }`,
    );
    const first = answer.data.trainingSessions.nodes.map((n: any) => n.startsAt);
    expect(first).toEqual([...first].sort().reverse());
    expect(first[0]).toBe("2027-03-03T10:00:00.000Z");
    const next = await admin.query<any>(
      `query($after: String) { trainingSessions(first: 5, after: $after) { nodes { startsAt } } }`,
      {
        after: answer.data.trainingSessions.pageInfo.endCursor,
      },
    );
    expect(next.data.trainingSessions.nodes[0].startsAt <= first.at(-1)).toBe(true);
  });

  it("lists each first responder once, by their latest certificate, soonest expiry first, lapsed ones marked", async () => {
    const course = await admin.query<any>(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
      {
        input: {
          title: "First Responder Short Refresher",
          level: "LEVEL_3_FIRST_RESPONDER",
          format: "WEBINAR",
          providerAgencyId: SMBC,
          durationMinutes: 90,
          validityMonths: 12,
          audience: "First responders",
        },
      },
    );
    courses["First Responder Short Refresher"] = course.data.createCourse.id;
    // Completed 2025-11-20, valid 12 months: lapsed on 2026-11-20, three weeks before today.
    const lapsed = await schedule("First Responder Short Refresher", "2025-11-20T10:00:00Z");
    const recorded = await admin.query(RECORD, {
      input: { sessionId: lapsed, attendees: [attendee("Lapsed Responder", "lapsed.responder@smbc.example.org")] },
    });
    expect(recorded.errors).toBeUndefined();

    const within90 = await admin.query<any>(FIRST_RESPONDERS, { days: 90 });
    expect(within90.errors).toBeUndefined();
    const nodes = within90.data.firstResponderQualifications.nodes;
    expect(nodes[0]).toEqual({
      delegateEmail: "lapsed.responder@smbc.example.org",
      expiresOn: "2026-11-19",
      expired: true,
      completedOn: "2025-11-20",
    });
    expect(nodes.slice(1).every((n: any) => n.expired === false && n.expiresOn >= "2026-12-11")).toBe(true);
    const expiries = nodes.map((n: any) => n.expiresOn);
    expect(expiries).toEqual([...expiries].sort());
    const emails = nodes.map((n: any) => n.delegateEmail);
    expect(new Set(emails).size).toBe(emails.length);

    const validOnly = await admin.query<any>(FIRST_RESPONDERS, { days: 0 });
    expect(validOnly.data.firstResponderQualifications.totalCount).toBe(nodes.length - 1);
    // The same count the partnership's figures give for today.
    const figures = await admin.query<any>(
      `{ trainingStatistics(from: "2026-04-01", to: "2026-12-11") { qualifiedFirstResponders } }`,
    );
    expect(figures.data.trainingStatistics.qualifiedFirstResponders).toBe(nodes.length - 1);

    // Refreshed today-ish, the lapsed person's newer certificate replaces the lapsed one.
    const refresher = await schedule("First Responder Short Refresher", "2026-12-10T10:00:00Z");
    await admin.query(RECORD, {
      input: { sessionId: refresher, attendees: [attendee("Lapsed Responder", "lapsed.responder@smbc.example.org")] },
    });
    const after = await admin.query<any>(FIRST_RESPONDERS, { days: 90 });
    expect(
      after.data.firstResponderQualifications.nodes.filter(
        (n: any) => n.delegateEmail === "lapsed.responder@smbc.example.org",
      ),
    ).toEqual([
      {
        delegateEmail: "lapsed.responder@smbc.example.org",
        expiresOn: "2027-12-09",
        expired: false,
        completedOn: "2026-12-10",
      },
    ]);
  });

  it("shows another partnership none of this one's first responders", async () => {
    const tame = await t.asIn("TAME", "TVC", Role.TRAINING_ADMIN);
    const answer = await tame.query<any>(FIRST_RESPONDERS, { days: 730 });
    expect(answer.errors).toBeUndefined();
    const emails = answer.data.firstResponderQualifications.nodes.map((n: any) => n.delegateEmail);
    expect(emails).not.toContain("lapsed.responder@smbc.example.org");
    expect(emails.every((e: string) => !e.endsWith("@smbc.example.org"))).toBe(true);
  });
});
