import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, screenshot } from "./support/browser.js";
import { openRoute, signedInPage, startPortal } from "./support/portal.js";

/**
 * Forms as a person meets them: every problem at once, beside its field, in words; restricted
 * fields shown as restricted before anything is typed; days and amounts in en-GB.
 */

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

/** The message a field names in aria-describedby, read as assistive technology reads it. */
async function describedAs(field: Locator): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  const page = field.page();
  const texts = await Promise.all(
    ids
      .split(" ")
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(" ").trim();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

async function recordConcern(
  client: Client,
  participatingAgencyIds: string[],
): Promise<{ id: string; reference: string }> {
  const areas = await client.query<{ areas: { nodes: Array<{ id: string; name: string }> } }>(
    `{ areas(first: 20) { nodes { id name } } }`,
  );
  const tipton = areas.data!.areas.nodes.find((area) => area.name === "Tipton")!.id;
  const recorded = await client.query<{ recordConcern: { id: string; reference: string } }>(
    `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { id reference } }`,
    {
      input: {
        receivedOn: "2026-01-05",
        source: "PUBLIC",
        exploitationTypes: ["LABOUR"],
        participatingAgencyIds,
        intelligenceSummary: "Workers collected before dawn.",
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
  if (!recorded.data) throw new Error(JSON.stringify(recorded.errors));
  return recorded.data.recordConcern;
}

describe("forms explain every problem at once, beside its field", () => {
  it("shows a blank address, a bad postcode and a missing date after one submit, focusing the first", async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    let sent = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && (request.postData() ?? "").includes("PortalRecordConcern")) sent += 1;
    });
    await open(page, "/cases/new", "Record a concern");
    const received = page.getByLabel("Received on");
    await expect.poll(() => received.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await received.fill("");
    await page.getByLabel("Ward").fill("Oldbury");
    await page.getByLabel("Address").fill("    ");
    await page.getByLabel("Postcode").fill("not a postcode");
    await page.getByRole("button", { name: "Record concern" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "There are 3 problems" });
    await summary.waitFor();
    expect(await summary.getByRole("link").allTextContents()).toEqual([
      "Received on: Enter a date, e.g. 31/03/2020",
      "Address: Must not be blank",
      "Postcode: Must be a UK postcode, e.g. B66 2AA",
    ]);
    expect(await focusedId(page)).toBe("c-received");
    expect(await received.getAttribute("aria-invalid")).toBe("true");
    expect(await describedAs(received)).toBe("Error: Enter a date, e.g. 31/03/2020");
    expect(await describedAs(page.getByLabel("Address"))).toBe("Error: Must not be blank");
    expect(await describedAs(page.getByLabel("Postcode"))).toBe("Error: Must be a UK postcode, e.g. B66 2AA");
    expect(await page.getByLabel("Ward").getAttribute("aria-invalid")).toBeNull();
    // Caught in the browser: nothing was sent, and no field path is shown anywhere.
    expect(sent).toBe(0);
    expect(await page.locator("main").textContent()).not.toMatch(/input\.|location\./);
    await screenshot(page, "40-record-concern-problems");

    // A summary link takes the person to the field.
    await summary.getByRole("link", { name: /^Postcode/ }).click();
    expect(await focusedId(page)).toBe("c-postcode");
    await page.close();
  });

  it("puts the server's refusal beside the same field, in words", async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, "/cases/new", "Record a concern");
    // The browser does not know the platform's today; the server refuses a day after it.
    await page.getByLabel("Received on").fill("2099-01-01");
    await page.getByLabel("Ward").fill("Oldbury");
    await page.getByLabel("Address").fill("12 Birchfield Lane");
    await page.getByLabel("Postcode").fill("B69 1AA");
    await page.getByRole("button", { name: "Record concern" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    const link = summary.getByRole("link");
    expect(await link.textContent()).toBe("Received on: 1 January 2099 is in the future");
    expect(await focusedId(page)).toBe("c-received");
    expect(await describedAs(page.getByLabel("Received on"))).toBe("Error: 1 January 2099 is in the future");
    await page.close();
  });

  it("numbers delegates from 1 in the attendance form's problems", async () => {
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
          startsAt: "2026-03-09T10:00:00Z",
          venue: "Oldbury Council House",
          trainer: "H. Marsh",
          capacity: 12,
        },
      },
    );
    const page = await signedIn("SMBC", Role.TRAINING_ADMIN);
    await open(page, `/training/sessions/${scheduled.data!.scheduleSession.id}`, "First Responder Training");
    // Shown in UK words and time: 10:00 UTC in March is 10:00 in the UK.
    await expect.poll(() => page.locator("main").textContent()).toMatch(/9 March 2026(,| at) 10:00/);
    await page.getByRole("button", { name: "Add a delegate" }).click();
    await page.getByRole("button", { name: "Add a delegate" }).click();
    const first = page.getByRole("group", { name: "Delegate 1" });
    await first.getByLabel("Name").fill("Priya Forms");
    await first.getByLabel("Email").fill("priya.forms@smbc.example.org");
    const second = page.getByRole("group", { name: "Delegate 2" });
    await second.getByLabel("Name").fill("  ");
    await second.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Save attendance" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There are 2 problems" });
    await summary.waitFor();
    expect(await summary.getByRole("link").allTextContents()).toEqual([
      "Delegate 2: Name: Must not be blank",
      "Delegate 2: Email: Must be an email address, e.g. name@agency.gov.uk",
    ]);
    expect(await focusedId(page)).toBe("att-1-name");
    expect(await describedAs(second.getByLabel("Email"))).toContain("Must be an email address");
    await screenshot(page, "41-attendance-problems");
    await page.close();
  });

  it("asks for a response level with nothing chosen for the person, and says so beside it", async () => {
    const police = await platform.as("WMP", Role.CASEWORKER);
    const { id, reference } = await recordConcern(police, []);
    const version = await police.query<{ concern: { version: number } }>(
      `query($id: ID!) { concern(id: $id) { version } }`,
      {
        id,
      },
    );
    const scoped = await police.query(
      `mutation($id: ID!, $version: Int!) { changeConcernStatus(id: $id, version: $version, input: { status: SCOPING }) { id } }`,
      { id, version: version.data!.concern.version },
    );
    expect(scoped.errors).toBeUndefined();
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, `/cases/${id}`, `Concern ${reference}`);
    await page.getByRole("button", { name: "Change status" }).click();
    const form = page.getByRole("form", { name: /Change status/ });
    await form.getByLabel("New status").selectOption({ label: "Response planned" });
    const level = form.getByLabel("Response level");
    expect(await level.inputValue()).toBe("");
    expect(await level.locator("option").allTextContents()).not.toContain("Not decided");
    await form.getByRole("button", { name: "Change status" }).click();
    await form.getByRole("alert").filter({ hasText: "Response level: Choose one" }).waitFor();
    expect(await focusedId(page)).toBe("st-level");
    await level.selectOption({ label: "Joint multi agency" });
    await form.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => page.locator('[data-field="status"] dd').textContent()).toBe("Response planned");
    await page.close();
  });
});

describe("restrictions in forms, in words", () => {
  it("shows an NGO's visit form with the police's notes as restricted, saying what and who to ask", async () => {
    const police = await platform.as("WMP", Role.CASEWORKER);
    const { id, reference } = await recordConcern(police, [demoAgencyId("HFJ")]);
    const ngo = await platform.as("HFJ", Role.CASEWORKER);
    const granted = await ngo.query<{ grantedCategories: string[] }>(`{ grantedCategories }`);
    expect(granted.data!.grantedCategories).not.toContain("POLICE_INTELLIGENCE");

    const page = await signedIn("HFJ", Role.CASEWORKER);
    await open(page, `/cases/${id}`, `Concern ${reference}`);
    await page.getByRole("button", { name: "Record a visit" }).click();
    const form = page.getByRole("form", { name: "Record a visit" });
    const notes = form.getByRole("group", { name: "Notes" });
    await notes.waitFor();
    expect(await notes.textContent()).toBe(
      "NotesRestricted: police intelligence. It is shared under “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), to which your agency is not a party; ask the partnership's coordinator.",
    );
    // No box to type into for what the agency may not write.
    expect(await form.getByRole("textbox", { name: "Notes" }).count()).toBe(0);
    expect(await form.textContent()).not.toContain("POLICE_INTELLIGENCE");
    await screenshot(page, "42-visit-form-ngo");
    await page.close();
  });

  it("explains once, not in every box, a dashboard for an agency without statistics", async () => {
    const utility = await platform.as("BG", Role.COORDINATOR);
    const granted = await utility.query<{ grantedCategories: string[] }>(`{ grantedCategories }`);
    expect(granted.data!.grantedCategories).not.toContain("STATISTICS");

    const page = await signedIn("BG", Role.COORDINATOR);
    await open(page, "/dashboard", "Dashboard");
    const explanation = page.locator("main .restricted");
    await expect.poll(() => explanation.count()).toBe(1);
    expect(await explanation.textContent()).toContain(
      "Restricted: partnership statistics. It is shared under “Multi-agency disruption: enforcement partners” (ISA-ENF-2019-03), “Supplier risk signals for procurement” (ISA-PROC-2023-04), “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01) and “Victim support pathway: NGOs supporting potential victims” (ISA-VSP-2019-02), none of which grants it to your agency; ask the partnership's coordinator.",
    );
    expect(await page.locator("main").textContent()).not.toContain("STATISTICS");
    await screenshot(page, "43-dashboard-without-statistics");
    await page.close();
  });
});

describe("en-GB formats", () => {
  it("accepts a UK date in an LMS import", async () => {
    const page = await signedIn("SMBC", Role.TRAINING_ADMIN);
    await open(page, "/training", "Training");
    const csv = [
      "email,name,agency_id,job_title,completed_on",
      `uma.uk-date@smbc.example.org,Uma Date,${demoAgencyId("SMBC")},Housing officer,31/03/2020`,
    ].join("\n");
    await page.getByLabel("or paste the CSV").fill(csv);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    expect(await report.textContent()).toContain("Imported: 1 accepted, 0 duplicates, 0 rejected.");
    await page.close();
  });

  it("shows a supplier's turnover band, year end and statement periods in words", async () => {
    const page = await signedIn("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    await open(page, "/procurement", "Procurement");
    await page.getByRole("link", { name: "Black Country Food Packers Ltd" }).click();
    await page.getByRole("heading", { level: 1, name: "Black Country Food Packers Ltd" }).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toMatch(/turnover (Under £36 million|£[\d,]+ million to £[\d,]+ million|Over £500 million)/);
    expect(text).toMatch(
      /financial year ends \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)/,
    );
    expect(text).toContain("31 March 20");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|FROM_|_TO_|\b\d{2}-\d{2}\b/);
    // The two measures on the page say what each is.
    expect(text).toContain("The supplier's modern slavery risk");
    await screenshot(page, "44-supplier-formats");
    await page.close();
  });
});
