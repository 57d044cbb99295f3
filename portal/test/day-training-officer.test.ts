import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../platform/test/support/platform.js";
import { screenshot } from "./support/browser.js";
import { openRoute, type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * A training officer's day through the portal only, on the seeded demo (Sandwell, today 11
 * December 2026): a new course, a session of it, its register filled from the directory, the
 * first responders it qualified, and another session cancelled. Each step is checked through
 * GraphQL and in the database as well as on screen.
 */

const COURSE = "First Responder Refresher";
const SMBC = demoAgencyId("SMBC");
const SCT = demoAgencyId("SCT");

let portal: Portal;
let page: Page;
let officer: Client;
let sessionId: string;

beforeAll(async () => {
  portal = await startPortal();
  page = await signedInPage(portal, "SMBC", [Role.TRAINING_ADMIN]);
  officer = await portal.platform.as("SMBC", Role.TRAINING_ADMIN);
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  portal.platform.database.query<T>(text, params);

/** Schedules a session of a course from the Training page; the portal then opens the session. */
async function schedule(course: string, startsAt: string, venue: string): Promise<string> {
  await openRoute(portal, page, "/training", "Training");
  const form = page.getByRole("region", { name: "Schedule a session" });
  await form.getByLabel("Course").selectOption({ label: course });
  await form.getByLabel("Starts at").fill(startsAt);
  await form.getByLabel("Venue (empty for online)").fill(venue);
  await form.getByLabel("Trainer").fill("Gareth Lloyd");
  await form.getByLabel("Places").fill("12");
  await form.getByRole("button", { name: "Schedule" }).click();
  await page.getByRole("heading", { level: 1, name: course }).waitFor();
  return page.url().split("/").at(-1)!;
}

/** Types a few letters into the directory lookup and picks the person it offers. */
async function pick(letters: string, person: RegExp) {
  const lookup = page.getByLabel("Find a delegate in the directory");
  await lookup.fill(letters);
  await page.getByRole("list", { name: "People found" }).getByRole("button", { name: person }).click();
  await expect.poll(() => lookup.inputValue()).toBe("");
}

describe("a training officer's day", () => {
  it("creates a course with its level, length and certificate validity", async () => {
    await openRoute(portal, page, "/training", "Training");
    const form = page.getByRole("region", { name: "Create a course" });
    await form.getByLabel("Title").fill(COURSE);
    await form.getByLabel("Level").selectOption({ label: "Level 3: first responder" });
    await form.getByLabel("How it is delivered").selectOption({ label: "Classroom" });
    await form.getByLabel("Length in minutes").fill("180");
    await form.getByLabel("Certificate valid for (months)").fill("24");
    await form.getByLabel("Who it is for").fill("First responders whose certificate is due for refresh.");
    await form.getByRole("button", { name: "Add the course" }).click();
    await form
      .getByRole("status")
      .filter({ hasText: `Course “${COURSE}” added` })
      .waitFor();
    // Where it lands: the courses on offer, in the level's words.
    await page
      .getByRole("region", { name: "Courses" })
      .getByText(`${COURSE} — Level 3: first responder, Classroom, 180 min, valid 24 months (SMBC)`)
      .waitFor();
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, "60-create-course");

    const read = await officer.query<{ courses: { nodes: Array<Record<string, unknown>> } }>(
      `{ courses(first: 50, level: LEVEL_3_FIRST_RESPONDER) { nodes { title format durationMinutes validityMonths provider { shortName } } } }`,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.courses.nodes).toContainEqual({
      title: COURSE,
      format: "CLASSROOM",
      durationMinutes: 180,
      validityMonths: 24,
      provider: { shortName: "SMBC" },
    });
    expect(
      await sql(
        `SELECT level, duration_minutes, validity_months, provider_agency_id FROM training.course WHERE title = $1`,
        [COURSE],
      ),
    ).toEqual([
      { level: "LEVEL_3_FIRST_RESPONDER", duration_minutes: 180, validity_months: 24, provider_agency_id: SMBC },
    ]);
  });

  it("schedules a session of the new course", async () => {
    sessionId = await schedule(COURSE, "2026-12-08T09:30", "Jack Judge House, Oldbury");
    await page.getByText("8 December 2026 at 09:30 · Jack Judge House, Oldbury · trainer Gareth Lloyd").waitFor();

    const read = await officer.query<{ trainingSession: Record<string, unknown> }>(
      `query($id: ID!) { trainingSession(id: $id) { status startsAt venue capacity course { title } } }`,
      { id: sessionId },
    );
    expect(read.data!.trainingSession).toEqual({
      status: "SCHEDULED",
      startsAt: "2026-12-08T09:30:00.000Z",
      venue: "Jack Judge House, Oldbury",
      capacity: 12,
      course: { title: COURSE },
    });
    const [row] = await sql<{ status: string; title: string }>(
      `SELECT s.status, c.title FROM training.training_session s JOIN training.course c ON c.id = s.course_id WHERE s.id = $1`,
      [sessionId],
    );
    expect(row).toEqual({ status: "SCHEDULED", title: COURSE });
  });

  it("records the register by picking delegates from the directory, and one new person typed in", async () => {
    await pick("Hel", /^Helen Marsh \(SMBC\)/);
    await pick("aish", /^Aisha Rahman \(SMBC\)/);
    await pick("Joan", /^Joanne Pike \(SCT\)/);
    await pick("Toma", /^Tomasz Nowicki \(SMBC\)/);
    // A person picked already is offered again only as listed.
    await page.getByLabel("Find a delegate in the directory").fill("Helen");
    await page.getByRole("button", { name: "Helen Marsh (SMBC) — already listed" }).waitFor();
    await page.getByLabel("Find a delegate in the directory").fill("");

    const rows = page.getByRole("group", { name: /^Delegate \d+$/ });
    expect(await rows.count()).toBe(4);
    const joanne = page.getByRole("group", { name: "Delegate 3" });
    expect(await joanne.getByLabel("Email").inputValue()).toBe("joanne.pike@sct.example.org");
    expect(await joanne.getByLabel("Agency").inputValue()).toBe(SCT);
    await page.getByRole("group", { name: "Delegate 4" }).getByLabel("Status").selectOption({ label: "No show" });

    await page.getByRole("button", { name: "Add a delegate not in the directory" }).click();
    const newcomer = page.getByRole("group", { name: "Delegate 5" });
    await newcomer.getByLabel("Name").fill("Kofi Mensah");
    await newcomer.getByLabel("Email").fill("kofi.mensah@smbc.example.org");
    await newcomer.getByRole("combobox", { name: "Agency" }).selectOption({ label: "SMBC" });
    await page.getByLabel("Find a delegate in the directory").fill("Gare");
    await page.getByRole("list", { name: "People found" }).waitFor();
    await page.getByRole("heading", { name: "Record attendance" }).scrollIntoViewIfNeeded();
    await screenshot(page, "61-attendance-lookup");
    await page.getByLabel("Find a delegate in the directory").fill("");

    await page.getByRole("button", { name: "Save attendance" }).click();
    await page.getByRole("status").filter({ hasText: "Attendance recorded." }).waitFor();
    const register = page.getByTestId("register");
    await register.getByRole("row", { name: /Kofi Mensah/ }).waitFor();
    expect(await register.getByRole("row").count()).toBe(6);

    const read = await officer.query<{
      trainingSession: {
        status: string;
        attendance: Array<{ delegateEmail: string; status: string; expiresOn: string | null }>;
      };
    }>(`query($id: ID!) { trainingSession(id: $id) { status attendance { delegateEmail status expiresOn } } }`, {
      id: sessionId,
    });
    expect(read.data!.trainingSession.status).toBe("DELIVERED");
    expect(read.data!.trainingSession.attendance.map((a) => [a.delegateEmail, a.status, a.expiresOn]).sort()).toEqual([
      ["aisha.rahman@smbc.example.org", "COMPLETED", "2028-12-07"],
      ["helen.marsh@smbc.example.org", "COMPLETED", "2028-12-07"],
      ["joanne.pike@sct.example.org", "COMPLETED", "2028-12-07"],
      ["kofi.mensah@smbc.example.org", "COMPLETED", "2028-12-07"],
      ["tomasz.nowicki@smbc.example.org", "NO_SHOW", null],
    ]);
    const stored = await sql<{ email: string; agency_id: string; status: string; certificate_number: string | null }>(
      `SELECT d.email, c.agency_id, c.status, c.certificate_number
         FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id
        WHERE c.session_id = $1 ORDER BY d.email`,
      [sessionId],
    );
    expect(stored.map((r) => [r.email, r.agency_id, r.status])).toEqual([
      ["aisha.rahman@smbc.example.org", SMBC, "COMPLETED"],
      ["helen.marsh@smbc.example.org", SMBC, "COMPLETED"],
      ["joanne.pike@sct.example.org", SCT, "COMPLETED"],
      ["kofi.mensah@smbc.example.org", SMBC, "COMPLETED"],
      ["tomasz.nowicki@smbc.example.org", SMBC, "NO_SHOW"],
    ]);
    expect(stored.filter((r) => r.certificate_number?.startsWith("MS-L3-2026-"))).toHaveLength(4);
  });

  it("lists the qualified first responders by name with their expiry, soonest first", async () => {
    await openRoute(portal, page, "/training", "Training");
    const list = page.getByTestId("first-responders");
    await list.getByRole("row", { name: /Kofi Mensah/ }).waitFor();
    await page.getByRole("heading", { name: "Qualified first responders" }).scrollIntoViewIfNeeded();
    await screenshot(page, "62-first-responders");

    const read = await officer.query<{
      firstResponderQualifications: {
        totalCount: number;
        nodes: Array<{ delegateName: string; delegateEmail: string; expiresOn: string; expired: boolean }>;
      };
    }>(
      `{ firstResponderQualifications(first: 100) { totalCount nodes { delegateName delegateEmail expiresOn expired } } }`,
    );
    expect(read.errors).toBeUndefined();
    const nodes = read.data!.firstResponderQualifications.nodes;
    const expiries = nodes.map((n) => n.expiresOn);
    expect(expiries).toEqual([...expiries].sort());
    // Helen Marsh refreshed today's register: her newer certificate replaces the one before.
    expect(nodes.filter((n) => n.delegateEmail === "helen.marsh@smbc.example.org")).toEqual([
      {
        delegateName: "Helen Marsh",
        delegateEmail: "helen.marsh@smbc.example.org",
        expiresOn: "2028-12-07",
        expired: false,
      },
    ]);
    expect(nodes.map((n) => n.delegateEmail)).not.toContain("tomasz.nowicki@smbc.example.org");
    expect(nodes.slice(-4).map((n) => n.expiresOn)).toEqual(Array(4).fill("2028-12-07"));
    // The database's own count of people holding a Level 3 certificate valid today.
    const [held] = await sql<{ n: number }>(
      `SELECT count(DISTINCT c.delegate_id)::int AS n
         FROM training.completion c JOIN training.course co ON co.id = c.course_id
        WHERE c.partnership_id = (SELECT partnership_id FROM training.training_session WHERE id = $1)
          AND co.level = 'LEVEL_3_FIRST_RESPONDER' AND c.status = 'COMPLETED'
          AND c.completed_on <= '2026-12-11' AND c.expires_on >= '2026-12-11'`,
      [sessionId],
    );
    expect(read.data!.firstResponderQualifications.totalCount).toBe(held!.n);
    expect(await list.getByRole("row").count()).toBe(Math.min(held!.n, 25) + 1);
    expect(await list.getByRole("row").nth(1).textContent()).toContain(nodes[0]!.delegateName);
  });

  it("cancels another session with its reason, after a confirmation", async () => {
    const briefing = await schedule("Modern Slavery Briefing", "2027-01-20T10:00", "Sandwell Council House, Oldbury");
    const reason = "The trainer is unwell; delegates are offered the February briefing.";
    await page.getByLabel("Why it is cancelled").fill(reason);
    await page.getByRole("button", { name: "Cancel the session…" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Cancel the session for good?" });
    await confirm.getByText("The people booked on it will not be trained by it").waitFor();
    await confirm.scrollIntoViewIfNeeded();
    await screenshot(page, "63-cancel-confirm");
    await confirm.getByRole("button", { name: "Yes, cancel the session" }).click();
    await page.getByTestId("cancellation").filter({ hasText: reason }).waitFor();
    // A cancelled session takes no attendance: its form is gone.
    expect(await page.getByRole("heading", { name: "Record attendance" }).count()).toBe(0);
    await screenshot(page, "64-session-cancelled");

    const read = await officer.query<{ trainingSession: Record<string, unknown> }>(
      `query($id: ID!) { trainingSession(id: $id) { status cancellationReason cancelledAt } }`,
      { id: briefing },
    );
    expect(read.data!.trainingSession).toMatchObject({ status: "CANCELLED", cancellationReason: reason });
    expect(String(read.data!.trainingSession.cancelledAt)).toMatch(/^2026-12-11T/);
    expect(
      await sql(`SELECT status, cancellation_reason FROM training.training_session WHERE id = $1`, [briefing]),
    ).toEqual([{ status: "CANCELLED", cancellation_reason: reason }]);

    // The session list, newest first, shows it at the top as cancelled.
    await openRoute(portal, page, "/training", "Training");
    const first = page.getByRole("region", { name: "Sessions" }).getByRole("row").nth(1);
    await expect.poll(() => first.textContent()).toMatch(/20 January 2027.*Modern Slavery Briefing.*Cancelled/);
  });
});
