import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../platform/test/support/platform.js";
import { screenshot } from "./support/browser.js";
import { openRoute, type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * A coordinator's day, through the portal only: an agreement drafted, signed, suspended and
 * re-activated; a plan built and an action completed once its milestones are reached; a meeting and
 * a maturity self-assessment recorded. Each result is read back through GraphQL and in the database.
 */

const TODAY = "2026-12-11";
const SMBC = "Sandwell Metropolitan Borough Council";
const HFJ = "Hope for Justice";
const REFERENCE = "ISA-2026-101";
const AGREEMENT_TITLE = "Sharing case summaries with Hope for Justice";
const PURPOSE = "So that Hope for Justice can support the victims the council identifies.";
const PLAN_TITLE = "Sandwell Modern Slavery Action Plan 2026–2029";
const ACTION = "Refresh the victim pathway";
const LATE_ACTION = "Publish the referral guide";
const MILESTONES = ["Draft agreed with partners", "Pathway approved by the board", "Pathway published"];

let portal: Portal;
let coordinator: Page;
let api: Client;
let agreementId: string;
let planId: string;

const sql = <T>(text: string, params: unknown[] = []) => portal.platform.database.query<T>(text, params);

beforeAll(async () => {
  portal = await startPortal();
  coordinator = await signedInPage(portal, "SMBC", [Role.COORDINATOR, Role.PARTNERSHIP_ADMIN]);
  api = await portal.platform.as("SMBC", Role.COORDINATOR, Role.PARTNERSHIP_ADMIN);
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
});

function idFromAddress(page: Page, pattern: RegExp): string {
  const match = pattern.exec(page.url());
  if (!match?.[1]) throw new Error(`no id in ${page.url()}`);
  return match[1];
}

interface AgreementRead {
  status: string;
  suspendedReason: string | null;
  parties: Array<{ signedBy: string | null; agency: { shortName: string } }>;
  history: Array<{ action: string; reason: string | null }>;
}

async function agreementRead(): Promise<AgreementRead> {
  const result = await api.query<{ sharingAgreement: AgreementRead }>(
    `query($id: ID!) { sharingAgreement(id: $id) { status suspendedReason
      parties { signedBy agency { shortName } } history { action reason } } }`,
    { id: agreementId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.sharingAgreement;
}

describe("a coordinator's day in the portal", () => {
  it("drafts a sharing agreement", async () => {
    await openRoute(portal, coordinator, "/governance", "Governance");
    await coordinator.getByRole("link", { name: "Draft a sharing agreement" }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Draft a sharing agreement" }).waitFor();
    const form = coordinator.getByRole("form", { name: "Draft a sharing agreement" });
    await form.getByLabel("Reference", { exact: true }).fill(REFERENCE);
    await form.getByLabel("Title", { exact: true }).fill(AGREEMENT_TITLE);
    await form.getByLabel("Purpose of sharing", { exact: true }).fill(PURPOSE);
    await form.getByLabel("Lawful basis", { exact: true }).fill("UK GDPR Art. 6(1)(e) public task");
    await form.getByLabel("In force from", { exact: true }).fill("2026-12-01");
    await form.getByLabel("In force until", { exact: true }).fill("2027-11-30");
    const parties = form.getByRole("group", { name: "Parties" });
    await parties.getByLabel(SMBC, { exact: true }).check();
    await parties.getByLabel(HFJ, { exact: true }).check();
    await form.getByLabel("Grant 1: Shared with").selectOption({ label: HFJ });
    await form
      .getByRole("group", { name: "Grant 1: Information" })
      .getByLabel("Case summary (reference, dates, status, area)")
      .check();
    await screenshot(coordinator, "70-draft-agreement");
    await form.getByRole("button", { name: "Save the draft" }).click();
    await coordinator.getByRole("heading", { level: 1, name: `${REFERENCE}: ${AGREEMENT_TITLE}` }).waitFor();
    agreementId = idFromAddress(coordinator, /agreements\/([0-9a-f-]{36})/);
    expect(await coordinator.locator("main").textContent()).toContain("Draft");

    const read = await agreementRead();
    expect(read.status).toBe("DRAFT");
    expect(read.parties.map((p) => p.agency.shortName).sort()).toEqual(["HFJ", "SMBC"]);
    const rows = await sql<{ state: string; purpose: string; categories: string[] }>(
      `SELECT a.state, a.purpose, g.categories FROM governance.sharing_agreement a
        JOIN governance.agreement_grant g ON g.agreement_id = a.id WHERE a.reference = $1`,
      [REFERENCE],
    );
    expect(rows).toEqual([{ state: "DRAFT", purpose: PURPOSE, categories: ["CASE_SUMMARY"] }]);
  });

  it("signs it after a confirmation showing its text, parties, categories and the signer's name", async () => {
    await coordinator.getByRole("button", { name: "Sign for SMBC" }).click();
    const dialog = coordinator.getByRole("dialog", { name: `Sign ${REFERENCE} for ${SMBC}?` });
    const shown = (await dialog.textContent()) ?? "";
    expect(shown).toContain(PURPOSE);
    expect(shown).toContain(AGREEMENT_TITLE);
    expect(shown).toContain(`${SMBC}; ${HFJ}`);
    expect(shown).toContain(`With ${HFJ}: Case summary (reference, dates, status, area)`);
    expect(shown).toContain(`Demo coordinator and partnership admin, ${SMBC}`);
    await screenshot(coordinator, "71-sign-agreement-confirmation");
    await dialog.getByRole("button", { name: "Sign the agreement" }).click();
    const signatures = coordinator.getByRole("region", { name: "Signatures" });
    await expect.poll(() => signatures.textContent()).toContain(`by Demo coordinator and partnership admin, ${SMBC}`);

    // The other party signs for its own agency; the last signature puts the agreement in force.
    const ngo = await signedInPage(portal, "HFJ", [Role.COORDINATOR]);
    await openRoute(portal, ngo, `/governance/agreements/${agreementId}`, new RegExp(REFERENCE));
    await ngo.getByRole("button", { name: "Sign for HFJ" }).click();
    await ngo.getByRole("dialog").getByRole("button", { name: "Sign the agreement" }).click();
    await expect.poll(() => ngo.locator("main").textContent()).toContain("in force");
    await ngo.close();

    const read = await agreementRead();
    expect(read.status).toBe("ACTIVE");
    expect(read.parties.find((p) => p.agency.shortName === "SMBC")?.signedBy).toBe(
      `Demo coordinator and partnership admin, ${SMBC}`,
    );
    const rows = await sql<{ state: string; signed: number }>(
      `SELECT a.state, count(p.signed_at)::int AS signed FROM governance.sharing_agreement a
        JOIN governance.agreement_party p ON p.agreement_id = a.id WHERE a.id = $1 GROUP BY a.state`,
      [agreementId],
    );
    expect(rows).toEqual([{ state: "ACTIVE", signed: 2 }]);
  });

  it("suspends and re-activates it, each with a reason, refusing a blank one", async () => {
    await coordinator.reload();
    const suspend = coordinator.getByRole("form", { name: "Suspend the agreement" });
    await suspend.getByRole("button", { name: "Suspend sharing" }).click();
    await expect.poll(() => suspend.getByRole("alert").textContent()).toContain("Reason: Say why");
    const reason = "Hope for Justice is reviewing its data handling after a breach.";
    await suspend.getByLabel("Reason").fill(reason);
    await suspend.getByRole("button", { name: "Suspend sharing" }).click();
    await expect.poll(() => coordinator.locator(".warning").textContent()).toBe(`Suspended: ${reason}`);
    await screenshot(coordinator, "72-agreement-suspended");
    let read = await agreementRead();
    expect(read).toMatchObject({ status: "SUSPENDED", suspendedReason: reason });

    // The server holds a blank reason to the same rule, naming the field.
    const blank = await api.query(
      `mutation($input: ReactivateSharingAgreementInput!) { reactivateSharingAgreement(input: $input) { id } }`,
      { input: { agreementId, reason: "   " } },
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: expect.arrayContaining([expect.objectContaining({ field: "input.reason" })]),
    });

    const reactivate = coordinator.getByRole("form", { name: "Re-activate the agreement" });
    await reactivate.getByLabel("Reason").fill("The review found the data handling sound.");
    await reactivate.getByRole("button", { name: "Re-activate sharing" }).click();
    await expect.poll(() => coordinator.locator("main").textContent()).toContain("in force");
    const history = coordinator.getByRole("region", { name: "History", exact: true });
    await expect.poll(() => history.textContent()).toContain("The review found the data handling sound.");
    read = await agreementRead();
    expect(read.status).toBe("ACTIVE");
    expect(read.history.map((e) => [e.action, e.reason])).toEqual([
      ["CREATED", null],
      ["SIGNED", null],
      ["SIGNED", null],
      ["SUSPENDED", reason],
      ["REACTIVATED", "The review found the data handling sound."],
    ]);
    const rows = await sql<{ state: string; suspended_reason: string | null }>(
      `SELECT state, suspended_reason FROM governance.sharing_agreement WHERE id = $1`,
      [agreementId],
    );
    expect(rows).toEqual([{ state: "ACTIVE", suspended_reason: null }]);
  });

  it("creates a plan with an objective, a KPI and actions, one with three milestones", async () => {
    await openRoute(portal, coordinator, "/governance", "Governance");
    await coordinator.getByRole("button", { name: "Create an action plan" }).click();
    const create = coordinator.getByRole("form", { name: "Create an action plan" });
    await create.getByLabel("Title").fill(PLAN_TITLE);
    await create.getByLabel("Covers from").fill("2026-04-01");
    await create.getByLabel("Covers until").fill("2029-03-31");
    await create.getByRole("button", { name: "Create the plan" }).click();
    await coordinator.getByRole("heading", { level: 1, name: PLAN_TITLE }).waitFor();
    planId = idFromAddress(coordinator, /plans\/([0-9a-f-]{36})/);

    const objective = coordinator.getByRole("form", { name: "Add an objective" });
    await objective.getByLabel("Theme").selectOption({ label: "Protect" });
    await objective.getByLabel("Objective").fill("Victims are found and supported sooner");
    await objective.getByRole("button", { name: "Add the objective" }).click();
    await coordinator.getByRole("heading", { name: "1. Victims are found and supported sooner" }).waitFor();

    const kpi = coordinator.getByRole("form", { name: "Add a KPI" });
    await kpi.getByLabel("Measures").selectOption({ label: "Objective 1: Victims are found and supported sooner" });
    await kpi.getByLabel("What is measured").fill("Victims referred to support within a week");
    await kpi.getByLabel("Target (optional)").fill("90");
    await kpi.getByLabel("Counted in (optional)").fill("%");
    await kpi.getByRole("button", { name: "Add the KPI" }).click();
    await expect
      .poll(() => coordinator.locator("main").textContent())
      .toContain("KPI: Victims referred to support within a week — target 90 %");

    const action = coordinator.getByRole("form", { name: "Add an action" });
    const addAction = async (title: string, deliveryDate: string, milestones: string[]) => {
      await action.getByLabel("Objective", { exact: true }).selectOption({ index: 1 });
      await action.getByLabel("Action", { exact: true }).fill(title);
      await action.getByLabel("Delivery date").fill(deliveryDate);
      await action.getByRole("group", { name: "Lead agencies" }).getByLabel(SMBC, { exact: true }).check();
      for (const [index, milestone] of milestones.entries()) {
        await action.getByRole("button", { name: "Add a milestone" }).click();
        await action.getByLabel(`Milestone ${index + 1}`, { exact: true }).fill(milestone);
      }
      await action.getByRole("button", { name: "Add the action" }).click();
      await coordinator.getByRole("heading", { level: 4, name: title }).waitFor();
    };
    await addAction(ACTION, "2026-12-31", MILESTONES);
    await addAction(LATE_ACTION, "2026-11-30", []);

    const result = await api.query<{
      actionPlan: {
        objectives: Array<{
          theme: string;
          kpis: Array<{ target: number }>;
          actions: Array<{ title: string; milestones: Array<{ title: string; doneOn: string | null }> }>;
        }>;
      };
    }>(
      `query($id: ID!) { actionPlan(id: $id) { objectives { theme kpis { target }
        actions { title milestones { title doneOn } } } } }`,
      { id: planId },
    );
    const [built] = result.data!.actionPlan.objectives;
    expect(built).toMatchObject({ theme: "PROTECT", kpis: [{ target: 90 }] });
    expect(built!.actions.find((a) => a.title === ACTION)!.milestones).toEqual(
      MILESTONES.map((title) => ({ title, doneOn: null })),
    );
    const rows = await sql<{ actions: number; milestones: number; kpis: number }>(
      `SELECT (SELECT count(*)::int FROM governance.plan_action WHERE plan_id = $1) AS actions,
              (SELECT count(*)::int FROM governance.plan_milestone m JOIN governance.plan_action a ON a.id = m.action_id
                WHERE a.plan_id = $1) AS milestones,
              (SELECT count(*)::int FROM governance.plan_kpi WHERE plan_id = $1) AS kpis`,
      [planId],
    );
    expect(rows).toEqual([{ actions: 2, milestones: 3, kpis: 1 }]);
  });

  it("is refused completing an action with 0 of 3 milestones reached, told why, and completes it once they are", async () => {
    const card = coordinator.getByRole("article", { name: ACTION });
    const progress = async (rag: string, note: string) => {
      await card.getByRole("button", { name: `Update progress on ${ACTION}` }).click();
      const form = card.getByRole("form", { name: `Progress on ${ACTION}` });
      await form.getByLabel("RAG today").selectOption({ label: rag });
      await form.getByLabel("Note").fill(note);
      return form;
    };
    let form = await progress("Amber", "Draft pathway with partners for comment.");
    await form.getByRole("button", { name: "Record progress" }).click();
    await expect.poll(() => form.count()).toBe(0);

    form = await progress("Complete", "Pathway in use across the partnership.");
    expect(await form.textContent()).toContain("0 of 3 milestones are reached");
    await form.getByRole("button", { name: "Record progress" }).click();
    const reasonField = form.getByLabel("Reason for completing without every milestone");
    await expect.poll(() => reasonField.getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByRole("alert").textContent()).toContain(
      "0 of 3 milestones are reached: an action is complete when all of them are",
    );
    await screenshot(coordinator, "74-completion-refused");
    const refused = await sql<{ rag: string }>(
      `SELECT u.rag FROM governance.action_update u JOIN governance.plan_action a ON a.id = u.action_id
        WHERE a.title = $1 AND a.plan_id = $2`,
      [ACTION, planId],
    );
    expect(refused).toEqual([{ rag: "AMBER" }]);
    await form.getByRole("button", { name: "Cancel" }).click();

    for (const milestone of MILESTONES) {
      await card.getByRole("button", { name: `Mark reached: ${milestone}` }).click();
      await expect.poll(() => card.getByRole("button", { name: `Mark reached: ${milestone}` }).count()).toBe(0);
    }
    await expect.poll(() => card.textContent()).toContain("3 of 3 milestones reached");
    const reached = await sql<{ done_on: string }>(
      `SELECT to_char(m.done_on, 'YYYY-MM-DD') AS done_on FROM governance.plan_milestone m
        JOIN governance.plan_action a ON a.id = m.action_id WHERE a.plan_id = $1 ORDER BY m.position`,
      [planId],
    );
    expect(reached).toEqual(MILESTONES.map(() => ({ done_on: TODAY })));

    form = await progress("Complete", "Pathway in use across the partnership.");
    expect(await form.getByLabel("Reason for completing without every milestone").count()).toBe(0);
    await form.getByRole("button", { name: "Record progress" }).click();
    await expect.poll(() => form.count()).toBe(0);

    // The RAG history, newest first, with every note.
    const history = card.getByRole("list", { name: `RAG history of ${ACTION}` });
    await expect
      .poll(() => history.getByRole("listitem").allTextContents())
      .toEqual([
        expect.stringContaining("Complete · SMBCPathway in use across the partnership."),
        expect.stringContaining("Amber · SMBCDraft pathway with partners for comment."),
      ]);
    const result = await api.query<{
      actionPlan: {
        objectives: Array<{
          actions: Array<{ title: string; rag: string; updates: Array<{ rag: string; note: string }> }>;
        }>;
      };
    }>(`query($id: ID!) { actionPlan(id: $id) { objectives { actions { title rag updates { rag note } } } } }`, {
      id: planId,
    });
    const done = result.data!.actionPlan.objectives[0]!.actions.find((a) => a.title === ACTION)!;
    expect(done.rag).toBe("COMPLETE");
    expect(done.updates.map((u) => u.rag)).toEqual(["COMPLETE", "AMBER"]);
    const rows = await sql<{ rag: string; completion_reason: string | null }>(
      `SELECT u.rag, u.completion_reason FROM governance.action_update u JOIN governance.plan_action a ON a.id = u.action_id
        WHERE a.plan_id = $1 ORDER BY u.created_at`,
      [planId],
    );
    expect(rows).toEqual([
      { rag: "AMBER", completion_reason: null },
      { rag: "COMPLETE", completion_reason: null },
    ]);
  });

  it("sees the action past its delivery date flagged overdue, by the platform's today", async () => {
    const late = coordinator.getByRole("article", { name: LATE_ACTION });
    expect(await late.locator(".overdue-flag").textContent()).toBe("Overdue");
    expect(await coordinator.getByRole("article", { name: ACTION }).locator(".overdue-flag").count()).toBe(0);
    await late.scrollIntoViewIfNeeded();
    await screenshot(coordinator, "73-action-plan");
    const overdue = await api.query<{ overdueActions: Array<{ title: string }> }>(
      `query($planId: ID!) { overdueActions(planId: $planId) { title } }`,
      { planId },
    );
    expect(overdue.data!.overdueActions).toEqual([{ title: LATE_ACTION }]);
    const rows = await sql<{ title: string }>(
      `SELECT title FROM governance.plan_action WHERE plan_id = $1 AND delivery_date < $2::date
        AND NOT EXISTS (SELECT 1 FROM governance.action_update u WHERE u.action_id = plan_action.id AND u.rag = 'COMPLETE')`,
      [planId, TODAY],
    );
    expect(rows).toEqual([{ title: LATE_ACTION }]);
  });

  it("records a meeting with each agency's attendance", async () => {
    await openRoute(portal, coordinator, "/governance", "Governance");
    await coordinator.getByRole("link", { name: "Meetings and attendance" }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Meetings" }).waitFor();
    const form = coordinator.getByRole("form", { name: "Record a meeting" });
    await form.getByLabel("Kind of meeting").selectOption({ label: "Strategic" });
    await form.getByLabel("Title", { exact: true }).fill("Partnership board, December");
    const attendance = form.getByRole("group", { name: "Attendance" });
    await attendance.getByLabel(SMBC, { exact: true }).selectOption({ label: "Present" });
    await attendance.getByLabel("West Midlands Police", { exact: true }).selectOption({ label: "Present" });
    await attendance.getByLabel(HFJ, { exact: true }).selectOption({ label: "Apologies" });
    await form.getByRole("button", { name: "Record the meeting" }).click();
    const row = coordinator.getByRole("row", { name: /Partnership board, December/ });
    await expect.poll(() => row.textContent()).toContain("SMBC, WMP");
    expect(await row.textContent()).toContain("HFJ");
    await screenshot(coordinator, "75-meeting-recorded");

    const partnership = await api.query<{ actingPartnership: { id: string } }>(`{ actingPartnership { id } }`);
    const result = await api.query<{
      partnership: {
        meetings: {
          nodes: Array<{
            title: string;
            heldOn: string;
            kind: string;
            attendance: Array<{ attendance: string; agency: { shortName: string } }>;
          }>;
        };
      };
    }>(
      `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { partnership(id: $id) { meetings(from: $from, to: $to) {
        nodes { title heldOn kind attendance { attendance agency { shortName } } } } } }`,
      { id: partnership.data!.actingPartnership.id, from: TODAY, to: TODAY },
    );
    const meeting = result.data!.partnership.meetings.nodes.find((m) => m.title === "Partnership board, December")!;
    expect(meeting).toMatchObject({ heldOn: TODAY, kind: "STRATEGIC" });
    const present = meeting.attendance.filter((a) => a.attendance === "PRESENT").map((a) => a.agency.shortName);
    expect(present.sort()).toEqual(["SMBC", "WMP"]);
    const rows = await sql<{ agency_id: string; attendance: string }>(
      `SELECT ma.agency_id, ma.attendance FROM governance.meeting_attendance ma JOIN governance.meeting m ON m.id = ma.meeting_id
        WHERE m.title = $1 AND ma.attendance <> 'ABSENT' ORDER BY ma.attendance DESC, ma.agency_id`,
      ["Partnership board, December"],
    );
    expect(new Set(rows.map((r) => `${r.agency_id}:${r.attendance}`))).toEqual(
      new Set([
        `${demoAgencyId("SMBC")}:PRESENT`,
        `${demoAgencyId("WMP")}:PRESENT`,
        `${demoAgencyId("HFJ")}:APOLOGIES`,
      ]),
    );
  });

  it("records a maturity self-assessment with evidence in each area", async () => {
    await openRoute(portal, coordinator, "/governance", "Governance");
    await coordinator.getByRole("link", { name: "Maturity self-assessments" }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Maturity self-assessments" }).waitFor();
    const form = coordinator.getByRole("form", { name: "Record a self-assessment" });
    await form.getByLabel("Assessed by").fill("Partnership board, chaired by the programme manager");
    const areas = [
      "Leadership",
      "Resources and capacity",
      "Identifying, referring and supporting victims",
      "Disruption and prevention",
      "Supply chains",
    ];
    for (const area of areas) {
      await form.getByLabel(`${area}: Level`).selectOption({ label: "Substantial progress" });
      await form.getByLabel(`${area}: Evidence`).fill(`Board minutes on ${area.toLowerCase()}, December 2026.`);
    }
    await form.getByLabel("Leadership: Level").selectOption({ label: "Mature practice" });
    await form.getByRole("button", { name: "Record the assessment" }).click();
    const recorded = coordinator.getByRole("region", { name: /11 December 2026: the partnership/ }).first();
    await expect.poll(() => recorded.textContent()).toContain("Board minutes on leadership, December 2026.");
    await screenshot(coordinator, "76-maturity-assessment");

    const result = await api.query<{
      maturityAssessments: {
        nodes: Array<{
          assessedOn: string;
          assessor: string;
          ratings: Array<{ area: string; level: string; evidence: string }>;
        }>;
      };
    }>(`{ maturityAssessments(first: 1) { nodes { assessedOn assessor ratings { area level evidence } } } }`);
    const [assessment] = result.data!.maturityAssessments.nodes;
    expect(assessment).toMatchObject({
      assessedOn: TODAY,
      assessor: "Partnership board, chaired by the programme manager",
    });
    expect(assessment!.ratings[0]).toEqual({
      area: "LEADERSHIP",
      level: "MATURE_PRACTICE",
      evidence: "Board minutes on leadership, December 2026.",
    });
    const rows = await sql<{ area: string; level: string }>(
      `SELECT r.area, r.level FROM governance.maturity_rating r JOIN governance.maturity_assessment a ON a.id = r.assessment_id
        WHERE a.assessor = $1 ORDER BY r.area`,
      ["Partnership board, chaired by the programme manager"],
    );
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.level === "SUBSTANTIAL_PROGRESS")).toHaveLength(4);
  });
});
