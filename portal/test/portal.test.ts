import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type TestPlatform } from "../../platform/test/support/platform.js";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser } from "../../platform/src/demo-users.js";
import { STORAGE_KEY } from "../src/lib/stored-token.js";
import { type Browser, screenshot } from "./support/browser.js";
import { openRoute, signedInPage, startPortal } from "./support/portal.js";

const RESTRICTED_INTELLIGENCE =
  "Restricted: police intelligence. It is shared under “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), to which your agency is not a party; ask the partnership's coordinator.";

let platform: TestPlatform;
let browser: Browser;
let portalUrl: string;

beforeAll(async () => {
  ({ platform, browser, portalUrl } = await startPortal());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const signedIn = (agency: string, ...roles: Role[]) => signedInPage({ platform, browser, portalUrl }, agency, roles);

const open = (page: Page, route: string, heading: string | RegExp) =>
  openRoute({ platform, browser, portalUrl }, page, route, heading);

async function concernId(client: Client, reference: string): Promise<string> {
  const result = await client.query<{ concerns: { nodes: Array<{ id: string }> } }>(
    `query($reference: String) { concerns(first: 1, filter: { reference: $reference }) { nodes { id } } }`,
    { reference },
  );
  const id = result.data?.concerns.nodes[0]?.id;
  if (!id) throw new Error(`no concern ${reference} in the demo data`);
  return id;
}

describe("partner portal in a real browser", () => {
  it("signs a demo user in and shows the dashboard's figures for the demo year", async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await page.getByRole("heading", { name: "Sign in as a demo user of any agency" }).waitFor();
    await screenshot(page, "01-sign-in");
    await page.getByRole("button", { name: "Council coordinator (SMBC)" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    const figures = page.getByRole("region", { name: "Headline figures" });
    await expect.poll(() => figures.textContent()).toContain("171concerns");
    await expect.poll(() => figures.textContent()).toContain("406people screened");
    await expect.poll(() => page.getByRole("img", { name: "Concerns by area" }).count()).toBe(1);
    await screenshot(page, "02-dashboard");
    await page.close();
  });

  it("works from the keyboard: sign in, then skip past the navigation to the page's controls", async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    const first = page.getByRole("button", { name: "Police officer (WMP caseworker)" });
    await first.waitFor();
    await page.keyboard.press("Tab");
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(page.url()).toMatch(/#\/dashboard$/);
    // The next Tab lands on the page's own first control, past the navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("main");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("date");
    await page.close();
  });

  it("signs in with a pasted token, and asks to sign in again when the gateway refuses it", async () => {
    const valid = (await platform.as("HFJ", Role.CASEWORKER)).token!;
    const [header, payload] = valid.split(".");
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await page.getByLabel("Token from your agency's identity provider").fill(`${header}.${payload}.not-its-signature`);
    await page.getByRole("button", { name: "Use this token" }).click();
    // Refused when the portal first asks which partnership the user acts in, before any page.
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Your sign-in is no longer accepted");
    await alert.getByRole("button", { name: "Sign in again" }).click();
    await page.getByLabel("Token from your agency's identity provider").fill(valid);
    await page.getByRole("button", { name: "Use this token" }).click();
    await expect.poll(() => page.getByTestId("signed-in-user").textContent()).toContain("Hope for Justice");
    await expect.poll(() => page.getByRole("region", { name: "Headline figures" }).textContent()).toContain("concerns");
    await page.close();
  });

  it("shows the same concern to a police and an NGO caseworker with different fields", async () => {
    const reference = "SHOP-2020-0040"; // both WMP and Hope for Justice take part in it
    const id = await concernId(await platform.as("WMP", Role.CASEWORKER), reference);

    const police = await signedIn("WMP", Role.CASEWORKER);
    await open(police, "/cases", "Cases");
    await police.getByRole("link", { name: reference }).waitFor();
    await screenshot(police, "03-cases");
    await open(police, `/cases/${id}`, `Concern ${reference}`);
    const policeIntelligence = police.locator('[data-field="intelligenceSummary"] dd');
    await expect.poll(() => policeIntelligence.textContent()).toContain("labour exploitation suspected");
    expect(await police.getByText(RESTRICTED_INTELLIGENCE).count()).toBe(0);
    await screenshot(police, "04-concern-police");

    const ngo = await signedIn("HFJ", Role.CASEWORKER);
    await open(ngo, `/cases/${id}`, `Concern ${reference}`);
    const ngoIntelligence = ngo.locator('[data-field="intelligenceSummary"] dd');
    await expect.poll(() => ngoIntelligence.textContent()).toBe(RESTRICTED_INTELLIGENCE);
    expect(await ngo.locator('[data-field="location.address"] dd').textContent()).toBe(
      "Restricted: premises addresses. It is shared under “Multi-agency disruption: enforcement partners” (ISA-ENF-2019-03) and “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), none of which grants it to your agency; ask the partnership's coordinator.",
    );
    expect(await police.locator('[data-field="location.address"] dd').textContent()).toBe("45 Church Road");
    // What both may read is the same: a restriction replaces a field, not the page.
    for (const field of ["status", "location.area", "leadAgency"]) {
      const selector = `[data-field="${field}"] dd`;
      expect(await ngo.locator(selector).textContent()).toBe(await police.locator(selector).textContent());
    }
    await screenshot(ngo, "05-concern-ngo");
    await police.close();
    await ngo.close();
  });

  it("keeps what a caseworker typed when someone else saved the concern first", async () => {
    const caseworker = await platform.as("WMP", Role.CASEWORKER);
    const id = await concernId(caseworker, "SHOP-2020-0041");
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, `/cases/${id}`, "Concern SHOP-2020-0041");
    await page.getByRole("button", { name: "Edit concern" }).click();
    await page.getByLabel("Crime reference").fill("20/MS/1234");

    const current = await caseworker.query<{ concern: { version: number } }>(
      `query($id: ID!) { concern(id: $id) { version } }`,
      { id },
    );
    const other = await caseworker.query(
      `mutation($id: ID!, $version: Int!) { updateConcern(id: $id, version: $version, input: { crimeReference: "20/MS/9999" }) { version } }`,
      { id, version: current.data!.concern.version },
    );
    expect(other.errors).toBeUndefined();

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByTestId("conflict").waitFor();
    expect(await page.getByLabel("Crime reference").inputValue()).toBe("20/MS/1234");
    await expect.poll(() => page.locator('[data-field="crimeReference"] dd').textContent()).toBe("20/MS/9999");
    await screenshot(page, "06-concern-conflict");

    await page.getByTestId("conflict-crimeReference").getByRole("button", { name: "Keep mine" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.locator('[data-field="crimeReference"] dd').textContent()).toBe("20/MS/1234");
    await page.close();
  });

  it("records a training session's attendance", async () => {
    const admin = await platform.as("SMBC", Role.TRAINING_ADMIN);
    const courses = await admin.query<{ courses: { nodes: Array<{ id: string; title: string }> } }>(
      `{ courses(first: 50) { nodes { id title } } }`,
    );
    const course = courses.data!.courses.nodes.find((c) => c.title === "First Responder Training")!;
    const scheduled = await admin.query<{ scheduleSession: { id: string } }>(
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          courseId: course.id,
          startsAt: "2026-03-02T10:00:00Z",
          venue: "Oldbury Council House",
          trainer: "H. Marsh",
          capacity: 12,
        },
      },
    );
    const sessionId = scheduled.data!.scheduleSession.id;

    const page = await signedIn("SMBC", Role.TRAINING_ADMIN);
    await open(page, "/training", "Training");
    await page.getByRole("heading", { name: /Certificates due for refresh/ }).waitFor();
    await screenshot(page, "07-training");
    await open(page, `/training/sessions/${sessionId}`, "First Responder Training");
    await page.getByText("No attendance recorded yet.").waitFor();
    await page.getByRole("button", { name: "Add a delegate" }).click();
    const delegate = page.getByRole("group", { name: "Delegate 1" });
    await delegate.getByLabel("Name").fill("Priya Browser");
    await delegate.getByLabel("Email").fill("priya.browser@smbc.example.org");
    await delegate.getByLabel("Agency").selectOption({ label: "SMBC" });
    await delegate.getByLabel("Status").selectOption({ label: "Completed" });
    await page.getByRole("button", { name: "Save attendance" }).click();
    await page.getByRole("status").getByText("Attendance recorded.").waitFor();
    const register = page.getByTestId("register");
    await expect.poll(() => register.textContent()).toContain("priya.browser@smbc.example.org");
    await screenshot(page, "08-training-attendance");

    const confirmed = await admin.query<{ trainingSession: { status: string; attendance: any[] } }>(
      `query($id: ID!) { trainingSession(id: $id) { status attendance { status delegateEmail certificateNumber } } }`,
      { id: sessionId },
    );
    expect(confirmed.data!.trainingSession.status).toBe("DELIVERED");
    expect(confirmed.data!.trainingSession.attendance).toEqual([
      expect.objectContaining({
        status: "COMPLETED",
        delegateEmail: "priya.browser@smbc.example.org",
        certificateNumber: expect.any(String),
      }),
    ]);
    const rows = await platform.database.query<{ status: string; agency_id: string }>(
      `SELECT c.status, c.agency_id FROM training.completion c JOIN training.delegate d ON d.id = c.delegate_id
        WHERE c.session_id = $1 AND d.email = 'priya.browser@smbc.example.org'`,
      [sessionId],
    );
    expect(rows).toEqual([{ status: "COMPLETED", agency_id: demoAgencyId("SMBC") }]);
    await page.close();
  });

  it("imports an LMS export and reports every row, importing nothing while a row is rejected", async () => {
    const page = await signedIn("SMBC", Role.TRAINING_ADMIN);
    await open(page, "/training", "Training");
    const csv = [
      "email,name,agency_id,job_title,completed_on",
      `sam.import@smbc.example.org,Sam Import,${demoAgencyId("SMBC")},Housing officer,2026-02-10`,
      `lee.import@smbc.example.org,Lee Import,${demoAgencyId("SMBC")},Housing officer,31 February`,
    ].join("\n");
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "lms.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByLabel("or paste the CSV").inputValue()).toBe(csv);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    expect(await report.textContent()).toContain("Nothing imported");
    const rows = await report.locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("Rejected");
    expect(rows[1]).toContain("completed_on");
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, "15-training-import");
    const imported = await platform.database.query(
      `SELECT 1 FROM training.delegate WHERE email IN ('sam.import@smbc.example.org', 'lee.import@smbc.example.org')`,
    );
    expect(imported).toHaveLength(0);
    await page.close();
  });

  it("imports registry rows pasted in, with a report of matches, unknown companies and rejections", async () => {
    const officer = await platform.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const found = await officer.query<{ suppliers: { nodes: Array<{ companyNumber: string }> } }>(
      `{ suppliers(first: 1, filter: { search: "Wednesbury Uniform Supplies" }) { nodes { companyNumber } } }`,
    );
    const companyNumber = found.data!.suppliers.nodes[0]!.companyNumber;
    const header =
      "StatementYear,OrganisationName,CompanyNumber,StatementURL,StatementStartDate,StatementEndDate,DateApproved," +
      "StatementIncludesOrgStructure,StatementIncludesPolicies,StatementIncludesRisksAssessment,StatementIncludesDueDiligence," +
      "StatementIncludesTraining,StatementIncludesGoals,OrganisationSectors,Turnover";
    const csv = [
      header,
      `2026,Wednesbury Uniform Supplies Ltd,${companyNumber},https://wus.example/msa,2025-04-01,2026-03-31,2026-06-30,True,True,True,True,True,True,Textiles,£100 million - £500 million`,
      "2026,Nobody We Buy From Ltd,77777777,https://nobody.example/msa,2025-04-01,2026-03-31,2026-06-30,True,True,True,True,True,True,Retail,Over £500 million",
      "2026,Broken Dates Ltd,90000104,https://broken.example/msa,2025-04-01,31/13/2026,,True,True,True,True,True,True,Retail,Over £500 million",
    ].join("\n");
    const page = await signedIn("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    await open(page, "/procurement", "Procurement");
    // Rows pasted go through importRegistryStatements; a file is streamed (day-procurement-officer).
    await page.getByLabel("Or paste a few rows, header row first").fill(csv);
    await page.getByRole("button", { name: "Import the pasted rows" }).click();
    const report = page.getByTestId("registry-report");
    await report.waitFor();
    const text = await report.textContent();
    expect(text).toContain("3 rows read: 1 matched");
    expect(text).toContain("1 unknown companies, 1 rejected");
    expect(text).toContain("Line 3: Nobody We Buy From Ltd (77777777)");
    expect(text).toMatch(/Line 4: .*StatementEndDate/);
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, "16-registry-import");
    await page.close();
  });

  it("records a visit with its interventions on a concern", async () => {
    const id = await concernId(await platform.as("WMP", Role.CASEWORKER), "SHOP-2020-0039");
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, `/cases/${id}`, "Concern SHOP-2020-0039");
    await page.getByRole("button", { name: "Record a visit" }).click();
    const form = page.getByRole("form", { name: "Record a visit" });
    await form.getByLabel("Visited on").fill("2020-03-20");
    await form.getByLabel("Agencies present").selectOption([{ label: "West Midlands Police" }]);
    await form.getByLabel("Notes").fill("Joint visit: four workers spoken to.");
    await form.getByRole("button", { name: "Add an intervention" }).click();
    const intervention = form.getByRole("group", { name: "Intervention 1" });
    await intervention.getByLabel("Type").selectOption({ label: "Safeguarding referral" });
    await intervention.getByLabel("Outcome").fill("Two referred to the NRM");
    await form.getByRole("button", { name: "Add a person screened" }).click();
    const person = form.getByRole("group", { name: "Person 1" });
    await person.getByLabel("Name (if given)").fill("Ana Browserescu");
    await person.getByLabel("Gender").selectOption({ label: "Female" });
    await person.getByLabel("Nationality").fill("Romanian");
    await person.getByLabel("Outcome").selectOption({ label: "Safeguarded" });
    await screenshot(page, "18-record-visit");
    await form.getByRole("button", { name: "Save visit" }).click();
    const visits = page.getByRole("region", { name: "Visits and interventions" });
    await expect
      .poll(() => visits.textContent(), { timeout: 10_000 })
      .toContain("Joint visit: four workers spoken to.");
    expect(await visits.textContent()).toContain("Safeguarding referral by WMP: Two referred to the NRM");
    const people = page.getByRole("region", { name: "People screened" });
    await expect.poll(() => people.textContent()).toContain("Ana Browserescu");
    expect(await people.getByRole("row", { name: /Ana Browserescu/ }).textContent()).toContain("Safeguarded");
    await page.close();
  });

  it("moves a concern along the workflow, showing a refused step's reason with its field", async () => {
    const police = await platform.as("WMP", Role.CASEWORKER);
    const areas = await police.query<{ areas: { nodes: Array<{ id: string; name: string }> } }>(
      `{ areas(first: 20) { nodes { id name } } }`,
    );
    const tipton = areas.data!.areas.nodes.find((area) => area.name === "Tipton")!.id;
    const recorded = await police.query<{ recordConcern: { id: string; reference: string } }>(
      `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id reference } }`,
      {
        input: {
          receivedOn: "2026-01-05",
          source: "PUBLIC",
          exploitationTypes: ["LABOUR"],
          participatingAgencyIds: [],
          location: {
            type: "CAR_WASH",
            areaId: tipton,
            ward: "Tipton Green",
            address: "3 Owen Street",
            postcode: "DY4 8HH",
          },
        },
      },
    );
    const { id, reference } = recorded.data!.recordConcern;
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, `/cases/${id}`, `Concern ${reference}`);
    const status = page.locator('[data-field="status"] dd');
    await expect.poll(() => status.textContent()).toBe("Received");
    await page.getByRole("button", { name: "Change status" }).click();
    const form = page.getByRole("form", { name: /Change status/ });
    await form.getByLabel("New status").selectOption({ label: "Closed" });
    await form.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toContain("Outcome: Must not be blank");
    await screenshot(page, "19-change-status-refused");
    await form.getByLabel("Outcome").fill("No indicators of exploitation found at scoping.");
    await form.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => status.textContent()).toBe("Closed");
    await page.close();
  });

  it("records a concern and opens it", async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, "/cases", "Cases");
    await page.getByRole("link", { name: "Record a concern" }).click();
    await page.getByRole("heading", { level: 1, name: "Record a concern" }).waitFor();
    await page.getByLabel("Ward").fill("Oldbury");
    await page.getByLabel("Address").fill("12 Birchfield Lane");
    await page.getByLabel("Postcode").fill("B69 1AA");
    await page.getByLabel("Intelligence summary").fill("Workers seen sleeping on site.");
    await screenshot(page, "17-record-concern");
    await page.getByRole("button", { name: "Record concern" }).click();
    await page.getByRole("heading", { level: 1, name: /^Concern SHOP-/ }).waitFor();
    await expect
      .poll(() => page.locator('[data-field="intelligenceSummary"] dd').textContent())
      .toBe("Workers seen sleeping on site.");
    expect(await page.locator('[data-field="location.address"] dd').textContent()).toBe("12 Birchfield Lane");
    await page.close();
  });

  it("runs a supplier's statement check and shows every reason", async () => {
    const officer = await platform.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const answer = await officer.query<{
      suppliers: {
        nodes: Array<{ id: string; statementCheck: { status: string; findings: Array<{ reason: string }> } }>;
      };
    }>(
      `{ suppliers(first: 5, filter: { search: "Black Country Food Packers" }) { nodes { id statementCheck { status findings { reason } } } } }`,
    );
    const supplier = answer.data!.suppliers.nodes[0]!;
    expect(supplier.statementCheck.findings.length).toBeGreaterThan(1);

    const page = await signedIn("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    await open(page, "/procurement", "Procurement");
    await page.getByRole("link", { name: "Black Country Food Packers Ltd" }).waitFor();
    await screenshot(page, "09-procurement");
    await page.getByRole("link", { name: "Black Country Food Packers Ltd" }).click();
    await page.getByRole("heading", { level: 1, name: "Black Country Food Packers Ltd" }).waitFor();
    await page.getByRole("button", { name: "Run the statement check" }).click();
    const check = page.getByTestId("statement-check");
    await check.waitFor();
    const shown = await check.locator(".finding-reason").allTextContents();
    expect(shown).toEqual(supplier.statementCheck.findings.map((f) => f.reason));
    expect(await check.textContent()).toContain(supplier.statementCheck.status === "PARTIAL" ? "Partial" : "");
    await screenshot(page, "10-statement-check");
    await page.close();
  });

  it("lets a party's coordinator sign a draft agreement, after confirming its terms, which comes into force with the last signature", async () => {
    const page = await signedIn("BG", Role.COORDINATOR);
    await open(page, "/governance", "Governance");
    const row = page.getByRole("row", { name: /ISA-UTIL-2025-05/ });
    await expect.poll(() => row.textContent()).toContain("Draft");
    expect(await row.textContent()).toContain("not signed yet");
    await row.getByRole("link", { name: "Review and sign" }).click();
    await page.getByRole("heading", { level: 1, name: /ISA-UTIL-2025-05/ }).waitFor();
    await page.getByRole("button", { name: "Sign for BG" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.textContent()).toContain("Lawful basis");
    await dialog.getByRole("button", { name: "Sign the agreement" }).click();
    const signatures = page.getByRole("region", { name: "Signatures" });
    await expect.poll(() => signatures.textContent()).toMatch(/signed .* by Demo coordinator/);
    await expect.poll(() => page.locator("main").textContent()).toContain("in force");
    expect(await signatures.getByRole("button").count()).toBe(0);
    const confirmed = await (
      await platform.as("BG", Role.COORDINATOR)
    ).query<{ sharingAgreements: { nodes: Array<{ reference: string; status: string }> } }>(
      `{ sharingAgreements(first: 50) { nodes { reference status } } }`,
    );
    expect(confirmed.data!.sharingAgreements.nodes).toContainEqual({ reference: "ISA-UTIL-2025-05", status: "ACTIVE" });
    await page.close();
  });

  it("records progress on an action of the plan, refusing a RAG update without a note", async () => {
    const page = await signedIn("SMBC", Role.COORDINATOR);
    await open(page, "/governance", "Governance");
    const title = "Further develop Slavery-Free Sandwell";
    const card = page.getByRole("listitem").filter({ hasText: title });
    await card.getByRole("button", { name: `Update progress on ${title}` }).click();
    const form = page.getByRole("form", { name: `Progress on ${title}` });
    await form.getByLabel("RAG today").selectOption({ label: "Green" });
    await form.getByRole("button", { name: "Record progress" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toContain("note");
    await form.getByLabel("Note").fill("Charter signed by three more employers.");
    await form.getByRole("button", { name: "Record progress" }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => card.locator(".badge").first().textContent()).toBe("Green");
    const rows = await platform.database.query<{ rag: string; note: string }>(
      `SELECT u.rag, u.note FROM governance.action_update u JOIN governance.plan_action a ON a.id = u.action_id
        WHERE a.title = $1 ORDER BY u.created_at DESC LIMIT 1`,
      [title],
    );
    expect(rows).toEqual([{ rag: "GREEN", note: "Charter signed by three more employers." }]);
    await page.close();
  });

  it("shows the governance board, agreements and audit log to the auditor, and prints the annual report", async () => {
    // A sensitive read to audit, and the auditor's view of it once its batch is written.
    await (await platform.as("WMP", Role.CASEWORKER)).query(`{ concerns(first: 5) { nodes { intelligenceSummary } } }`);
    const auditor = await platform.as("SMBC", Role.AUDITOR);
    await expect
      .poll(
        async () =>
          (
            await auditor.query<{ casesAuditEvents: { totalCount: number } }>(
              `{ casesAuditEvents(first: 1) { totalCount } }`,
            )
          ).data?.casesAuditEvents.totalCount,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);

    const page = await signedIn("SMBC", Role.AUDITOR, Role.COORDINATOR);
    await open(page, "/governance", "Governance");
    await page.getByRole("heading", { level: 3, name: "Protect" }).waitFor();
    await expect.poll(() => page.getByTestId("audit-log").locator("tbody tr").count()).toBeGreaterThan(0);
    await screenshot(page, "11-governance");
    await page.getByRole("heading", { name: "Audit log" }).scrollIntoViewIfNeeded();
    await screenshot(page, "12-audit-log");

    await open(page, "/annual-report", /annual report/);
    await page.getByRole("img", { name: "Concerns by area" }).waitFor();
    await screenshot(page, "13-annual-report");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.top").isVisible()).toBe(false);
    await screenshot(page, "14-annual-report-print");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.close();
  });

  it("shows the record of processing to a coordinator as the API gives it, prints it without the navigation, and fits a phone", async () => {
    const api = await (
      await platform.as("SMBC", Role.COORDINATOR)
    ).query<{
      recordOfProcessing: {
        partnership: { name: string };
        categories: Array<{
          category: string;
          retention: Array<{ summary: string; agreement: { reference: string } }>;
        }>;
      };
    }>(
      `{ recordOfProcessing { partnership { name } categories { category retention { summary agreement { reference } } } } }`,
    );
    expect(api.errors).toBeUndefined();
    const record = api.data!.recordOfProcessing;
    const retained = record.categories.find((c) => c.retention.length > 0)!;

    const page = await signedIn("SMBC", Role.COORDINATOR);
    await page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "Record of processing" })
      .click();
    await page.getByRole("heading", { level: 1, name: `Record of processing: ${record.partnership.name}` }).waitFor();
    const blocks = page.locator("section.rop-category");
    expect(await blocks.count()).toBe(record.categories.length);
    expect(await blocks.evaluateAll((all) => all.map((b) => b.getAttribute("data-category")))).toEqual(
      record.categories.map((c) => c.category),
    );
    const block = page.locator(`section[data-category="${retained.category}"]`);
    const shown = await block
      .locator("table.rop-agreements tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [row.querySelector("th")!.textContent, row.querySelector(".rop-retention")!.textContent]),
      );
    expect(shown.sort()).toEqual(retained.retention.map((r) => [r.agreement.reference, r.summary]).sort());
    await page.getByRole("heading", { level: 2, name: "Agreements due for review" }).waitFor();
    await screenshot(page, "20-record-of-processing");

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Sections" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "21-record-of-processing-phone");
    await page.close();

    // A role that may not read it finds no link, and the page says who may and whom to ask.
    const caseworker = await signedIn("SMBC", Role.CASEWORKER);
    expect(await caseworker.getByRole("link", { name: "Record of processing" }).count()).toBe(0);
    await caseworker.goto(`${portalUrl}#/record-of-processing`);
    await expect
      .poll(() => caseworker.getByTestId("record-of-processing-refused").textContent())
      .toMatch(/coordinators, partnership administrators, auditors and data protection officers; ask .* coordinator/);
    expect(await caseworker.getByRole("alert").count()).toBe(0);
    await caseworker.close();
  });

  it("shows a signed-in name written in any language as written (the token's claims read as UTF-8)", async () => {
    const idp = await DemoIdentityProvider.fromJwk(platform.keys.users.privateJwk);
    const token = await idp.issue({ ...demoUser("SMBC", [Role.COORDINATOR]), name: "Zoë Ó Briain-Łukasiewicz" });
    const page = await browser.newPage();
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, JSON.stringify({ token, expiresAt: 4_102_444_800_000 })],
    );
    await page.goto(portalUrl);
    await expect.poll(() => page.getByTestId("signed-in-user").textContent()).toContain("Zoë Ó Briain-Łukasiewicz");
    await page.close();
  });
});
