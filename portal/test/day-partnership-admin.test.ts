import { demoAgencyId, demoPartnershipId, Role } from "@partnership/runtime";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../platform/test/support/platform.js";
import { TEST_TODAY } from "../../platform/test/support/today.js";
import { screenshot } from "./support/browser.js";
import { type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * A partnership administrator's day through the portal alone, then a platform administrator's
 * and a data protection officer's shorter ones: each step done on its screen, and its result
 * checked where it lands, through GraphQL and in the database.
 */

const SANDWELL = demoPartnershipId("SANDWELL");
const SMBC = demoAgencyId("SMBC");
const TVRC = demoAgencyId("TVRC");

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  portal.platform.database.query<T>(text, params);

async function ok<T>(client: Client, query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await client.query<T>(query, variables);
  expect(answer.errors, query.slice(0, 80)).toBeUndefined();
  return answer.data as T;
}

/** Opens a section from the navigation, as a person finds where their work starts. */
async function openSection(page: Page, section: string, heading: string): Promise<void> {
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: section, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

const row = (page: Page, table: string, text: string | RegExp): Locator =>
  page
    .getByRole("region", { name: `List of ${table.charAt(0).toLowerCase()}${table.slice(1)}`, exact: true })
    .getByRole("row")
    .filter({ hasText: text });

const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

describe("a partnership administrator's day", () => {
  it("runs the partnership: members, roles, areas, directory, partner systems", async () => {
    const page = await signedInPage(portal, "SMBC", [Role.PARTNERSHIP_ADMIN]);
    const admin = await portal.platform.as("SMBC", Role.PARTNERSHIP_ADMIN);
    await openSection(page, "Partnership", "Partnership administration");
    await screenshot(page, "77-partnership-admin");

    // An agency joins the partnership.
    const members = page.getByRole("form", { name: "Add a member agency" });
    await members.getByLabel("Agency").selectOption({ label: "Tame Valley Refugee and Migrant Centre (TVRC)" });
    await members.getByLabel("Part in the partnership").selectOption({ label: "Member" });
    await members.getByRole("button", { name: "Add member" }).click();
    await status(page, "TVRC joined the partnership as member from 11 December 2026").waitFor();
    await row(page, "Member agencies", "Tame Valley Refugee").getByText("Member", { exact: true }).first().waitFor();
    const joined = await ok<{
      actingPartnership: { members: Array<{ until: string | null; agency: { id: string } }> };
    }>(admin, `{ actingPartnership { members { until agency { id } } } }`);
    expect(joined.actingPartnership.members.filter((m) => m.agency.id === TVRC)).toEqual([
      { until: null, agency: { id: TVRC } },
    ]);
    expect(
      await sql(
        `SELECT role, since::text FROM governance.membership WHERE partnership_id = $1 AND agency_id = $2 AND until IS NULL`,
        [SANDWELL, TVRC],
      ),
    ).toEqual([{ role: "MEMBER", since: TEST_TODAY }]);

    // A person of the council is given a role by name, and it is taken back.
    const grant = page.getByRole("form", { name: "Give a role" });
    await grant.getByLabel("Their agency").selectOption({ label: "Sandwell Metropolitan Borough Council (SMBC)" });
    await grant.getByLabel("Their sign-in identity").fill("smbc:new-caseworker");
    await grant.getByLabel("Role", { exact: true }).selectOption({ label: "Caseworker" });
    await grant.getByRole("button", { name: "Give role" }).click();
    await status(page, "smbc:new-caseworker now holds caseworker").waitFor();
    const held = row(page, "Roles held", "smbc:new-caseworker");
    await held.waitFor();
    const holdings = async () =>
      (
        await ok<{ partnershipRoles: Array<{ userId: string | null; role: string }> }>(
          admin,
          `{ partnershipRoles { userId role } }`,
        )
      ).partnershipRoles.filter((h) => h.userId === "smbc:new-caseworker");
    expect(await holdings()).toEqual([{ userId: "smbc:new-caseworker", role: "CASEWORKER" }]);
    const namedRows = () =>
      sql(`SELECT role FROM governance.partnership_role WHERE partnership_id = $1 AND user_id = $2`, [
        SANDWELL,
        "smbc:new-caseworker",
      ]);
    expect(await namedRows()).toEqual([{ role: "CASEWORKER" }]);

    await held.getByRole("button", { name: "Revoke role" }).click();
    await screenshot(page, "78-partnership-revoke-role-confirm");
    await held.getByRole("button", { name: "Yes, revoke caseworker" }).click();
    await status(page, "smbc:new-caseworker no longer holds caseworker").waitFor();
    await expect.poll(() => held.count()).toBe(0);
    expect(await holdings()).toEqual([]);
    expect(await namedRows()).toEqual([]);

    // A new area.
    const area = page.getByRole("form", { name: "Define an area" });
    await area.getByLabel("Name", { exact: true }).fill("Great Bridge");
    await area.getByLabel("Kind").selectOption({ label: "Town" });
    await area.getByRole("button", { name: "Define area" }).click();
    await status(page, "Great Bridge (town) is now an area of the partnership").waitFor();
    await row(page, "Areas", "Great Bridge").waitFor();
    const areas = await ok<{ areas: { nodes: Array<{ name: string; kind: string }> } }>(
      admin,
      `{ areas(first: 100) { nodes { name kind } } }`,
    );
    expect(areas.areas.nodes).toContainEqual({ name: "Great Bridge", kind: "TOWN" });
    expect(
      await sql(`SELECT kind FROM cases.area WHERE partnership_id = $1 AND name = 'Great Bridge'`, [SANDWELL]),
    ).toEqual([{ kind: "TOWN" }]);

    // The directory: a new agency, a correction, a person, and an import.
    await page.getByRole("link", { name: "Agencies and people" }).click();
    await page.getByRole("heading", { level: 1, name: "Agencies and people" }).waitFor();
    const newAgency = page.getByRole("form", { name: "Add an agency to the directory" });
    await newAgency.getByLabel("Name", { exact: true }).fill("Sandwell Food Bank");
    await newAgency.getByLabel("Short name", { exact: true }).fill("SFB");
    await newAgency.getByLabel("Sector").selectOption({ label: "NGO" });
    await newAgency.getByRole("button", { name: "Add agency" }).click();
    await status(page, "Sandwell Food Bank (SFB) is in the directory").waitFor();
    await row(page, "Agencies", "Sandwell Food Bank").waitFor();
    const found = await ok<{ agencies: { nodes: Array<{ shortName: string; sector: string }> } }>(
      admin,
      `{ agencies(first: 5, filter: { search: "Food Bank" }) { nodes { shortName sector } } }`,
    );
    expect(found.agencies.nodes).toEqual([{ shortName: "SFB", sector: "NGO" }]);
    expect(await sql(`SELECT sector, first_responder FROM governance.agency WHERE short_name = 'SFB'`)).toEqual([
      { sector: "NGO", first_responder: false },
    ]);

    const tvrc = row(page, "Agencies", "TVRC");
    await tvrc.getByRole("button", { name: "Correct TVRC" }).click();
    await tvrc.getByLabel(/First responder organisation/).check();
    await tvrc.getByRole("button", { name: "Save agency" }).click();
    await status(page, "Tame Valley Refugee and Migrant Centre is saved, a first responder organisation").waitFor();
    await expect
      .poll(() => row(page, "Agencies", "TVRC").getByRole("cell", { name: "Yes", exact: true }).count())
      .toBe(1);
    const corrected = await ok<{ agency: { firstResponder: boolean } }>(
      admin,
      `query($id: ID!) { agency(id: $id) { firstResponder } }`,
      { id: TVRC },
    );
    expect(corrected.agency.firstResponder).toBe(true);
    expect(await sql(`SELECT first_responder FROM governance.agency WHERE id = $1`, [TVRC])).toEqual([
      { first_responder: true },
    ]);

    const person = page.getByRole("form", { name: "Add a person" });
    await person.getByLabel("Name", { exact: true }).fill("Amira Okafor");
    await person.getByLabel("Work email").fill("amira.okafor@sandwell.example.org");
    await person.getByLabel("Job title (optional)").fill("Safeguarding Officer");
    await person.getByLabel("Agency").selectOption({ label: "Sandwell Metropolitan Borough Council (SMBC)" });
    await person.getByRole("button", { name: "Add person" }).click();
    await status(page, "Amira Okafor is in the directory").waitFor();
    await row(page, "People", "amira.okafor@sandwell.example.org").waitFor();
    const added = await ok<{ person: { name: string; jobTitle: string; agency: { shortName: string } } }>(
      admin,
      `{ person(email: "amira.okafor@sandwell.example.org") { name jobTitle agency { shortName } } }`,
    );
    expect(added.person).toEqual({
      name: "Amira Okafor",
      jobTitle: "Safeguarding Officer",
      agency: { shortName: "SMBC" },
    });
    expect(
      await sql(`SELECT agency_id FROM governance.person WHERE email = 'amira.okafor@sandwell.example.org'`),
    ).toEqual([{ agency_id: SMBC }]);

    const csv = [
      "name,email,job_title,agency,user_id,roles,start_date",
      "Dev Patel,dev.patel@sandwell.example.org,Housing Officer,SMBC,smbc:dev-patel,CASEWORKER,01/12/2026",
      "Lena Novak,lena.novak@sandwell.example.org,Licensing Officer,SMBC,,,01/12/2026",
    ].join("\n");
    await page.getByLabel("or paste the CSV").fill(csv);
    await page.getByRole("button", { name: "Import people" }).click();
    const report = page.getByTestId("directory-import-report");
    await report.getByText("Imported: 2 new, 0 already in the directory, 0 rejected; 1 role given.").waitFor();
    expect(await report.getByRole("row").filter({ hasText: "Accepted" }).count()).toBe(2);
    await screenshot(page, "79-agencies-and-people-import");
    const imported = await ok<{ people: { nodes: Array<{ name: string }> } }>(
      admin,
      `{ people(first: 5, filter: { search: "sandwell.example.org" }) { nodes { name } } }`,
    );
    expect(imported.people.nodes.map((p) => p.name).sort()).toEqual(["Amira Okafor", "Dev Patel", "Lena Novak"]);
    expect(
      await sql(
        `SELECT count(*)::int AS n FROM governance.person WHERE email IN ('dev.patel@sandwell.example.org', 'lena.novak@sandwell.example.org')`,
      ),
    ).toEqual([{ n: 2 }]);
    expect(
      await sql(
        `SELECT role FROM governance.partnership_role WHERE partnership_id = $1 AND user_id = 'smbc:dev-patel'`,
        [SANDWELL],
      ),
    ).toEqual([{ role: "CASEWORKER" }]);

    // Partner systems: a webhook (its secret shown once, then replaced) and a registered system.
    await page.getByRole("link", { name: "Back to partnership administration" }).click();
    await page.getByRole("link", { name: "Partner systems and webhooks" }).click();
    await page.getByRole("heading", { level: 1, name: "Partner systems and webhooks" }).waitFor();
    await screenshot(page, "80-partner-systems");
    const hook = page.getByRole("form", { name: "Register a webhook" });
    await hook.getByLabel("For the agency").selectOption({ label: "Sandwell Metropolitan Borough Council (SMBC)" });
    await hook.getByLabel("Address events are sent to").fill("https://hooks.example.org/sandwell");
    await hook.getByLabel("Concern created").check();
    await hook.getByRole("button", { name: "Register webhook" }).click();
    const secretField = page.getByRole("textbox", { name: "Signing secret" });
    await secretField.waitFor();
    await page.getByText("Copy it now: it will not be shown again.").waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await screenshot(page, "81-webhook-secret-shown-once");
    const stored = () =>
      sql<{ id: string; secret: string; active: boolean }>(
        `SELECT id, secret, active FROM governance.webhook_subscription WHERE url = 'https://hooks.example.org/sandwell'`,
      );
    const [registered] = await stored();
    expect(registered!.secret).toBe(secret);
    // Shown in the page only: nothing of it is kept in the browser's storage.
    const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(kept).not.toContain(secret);
    await page.getByRole("button", { name: "I have copied it" }).click();
    await expect.poll(() => secretField.count()).toBe(0);
    const hookRow = row(page, "Webhooks", "https://hooks.example.org/sandwell");
    await hookRow.waitFor();
    const hooks = await ok<{ webhooks: { nodes: Array<{ url: string; eventTypes: string[]; active: boolean }> } }>(
      admin,
      `{ webhooks(first: 20) { nodes { url eventTypes active } } }`,
    );
    expect(hooks.webhooks.nodes).toContainEqual({
      url: "https://hooks.example.org/sandwell",
      eventTypes: ["CONCERN_CREATED"],
      active: true,
    });

    await hookRow.getByRole("button", { name: "Rotate secret" }).click();
    await hookRow.getByRole("button", { name: "Yes, make a new secret" }).click();
    await page.getByRole("heading", { name: "New signing secret for https://hooks.example.org/sandwell" }).waitFor();
    const rotated = await page.getByRole("textbox", { name: "Signing secret" }).inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    expect((await stored())[0]!.secret).toBe(rotated);
    const afterRotation = await ok<{ webhooks: { nodes: Array<{ url: string; secretRotatedAt: string | null }> } }>(
      admin,
      `{ webhooks(first: 20) { nodes { url secretRotatedAt } } }`,
    );
    expect(
      afterRotation.webhooks.nodes.find((w) => w.url === "https://hooks.example.org/sandwell")!.secretRotatedAt,
    ).not.toBeNull();
    await page.getByRole("button", { name: "I have copied it" }).click();

    await hookRow.getByRole("button", { name: "Disable webhook" }).click();
    await hookRow.getByRole("button", { name: "Yes, disable it" }).click();
    await status(page, "The webhook to https://hooks.example.org/sandwell is disabled.").waitFor();
    await hookRow.getByText(/^Disabled/).waitFor();
    expect((await stored())[0]!.active).toBe(false);

    const system = page.getByRole("form", { name: "Register a partner system" });
    await system.getByLabel("Name", { exact: true }).fill("Council case system");
    await system.getByLabel("Identity provider (issuer)").fill("partnership-demo-idp");
    await system.getByLabel("Client id").fill("smbc-case-system");
    await system
      .getByLabel("Acts for the agency")
      .selectOption({ label: "Sandwell Metropolitan Borough Council (SMBC)" });
    await system.getByLabel("Caseworker").check();
    await system.getByRole("button", { name: "Register system" }).click();
    await status(page, "Council case system (smbc-case-system) is registered").waitFor();
    const systemRow = row(page, "Partner systems", "Council case system");
    await systemRow.waitFor();
    const clients = async () =>
      (
        await ok<{ machineClients: { nodes: Array<{ clientId: string; roles: string[]; active: boolean }> } }>(
          admin,
          `{ machineClients(first: 20, includeRevoked: true) { nodes { clientId roles active } } }`,
        )
      ).machineClients.nodes.filter((c) => c.clientId === "smbc-case-system");
    expect(await clients()).toEqual([{ clientId: "smbc-case-system", roles: ["CASEWORKER"], active: true }]);

    await systemRow.getByRole("button", { name: "Revoke" }).click();
    await screenshot(page, "82-partner-system-revoke-confirm");
    await systemRow.getByRole("button", { name: "Yes, revoke Council case system" }).click();
    await status(page, "Council case system is revoked").waitFor();
    await systemRow.getByText(/^Revoked/).waitFor();
    expect(await clients()).toEqual([{ clientId: "smbc-case-system", roles: ["CASEWORKER"], active: false }]);
    expect(
      await sql(
        `SELECT revoked_at IS NOT NULL AS revoked, partnership_id FROM governance.machine_client WHERE client_id = 'smbc-case-system'`,
      ),
    ).toEqual([{ revoked: true, partnership_id: SANDWELL }]);

    // At the end of the day the refugee centre's membership ends, today.
    await page.getByRole("link", { name: "Back to partnership administration" }).click();
    await page.getByRole("heading", { level: 1, name: "Partnership administration" }).waitFor();
    const leaving = row(page, "Member agencies", "Tame Valley Refugee");
    await leaving.getByRole("button", { name: "End membership" }).click();
    await screenshot(page, "83-end-membership-confirm");
    expect(await leaving.getByLabel("Last day").inputValue()).toBe(TEST_TODAY);
    await leaving.getByRole("button", { name: "Yes, end TVRC's membership" }).click();
    await status(page, "TVRC's last day in the partnership is 11 December 2026.").waitFor();
    await leaving.getByText("Last day 11 December 2026").waitFor();
    const left = await ok<{ actingPartnership: { members: Array<{ until: string | null; agency: { id: string } }> } }>(
      admin,
      `{ actingPartnership { members { until agency { id } } } }`,
    );
    expect(left.actingPartnership.members.filter((m) => m.agency.id === TVRC)).toEqual([
      { until: TEST_TODAY, agency: { id: TVRC } },
    ]);
    expect(
      await sql(`SELECT until::text FROM governance.membership WHERE partnership_id = $1 AND agency_id = $2`, [
        SANDWELL,
        TVRC,
      ]),
    ).toEqual([{ until: TEST_TODAY }]);
    await page.close();
  }, 90_000);
});

describe("a platform administrator's work", () => {
  it("creates a partnership with its first administrator, and a network over two partnerships", async () => {
    const page = await signedInPage(portal, "SMBC", [Role.PLATFORM_ADMIN]);
    const platformAdmin = await portal.platform.as("SMBC", Role.PLATFORM_ADMIN);
    await openSection(page, "Platform", "Platform administration");
    await screenshot(page, "84-platform-admin");

    const form = page.getByRole("form", { name: "Create a partnership" });
    await form.getByLabel("Name", { exact: true }).fill("Northfold Anti-Slavery Partnership");
    await form.getByLabel("Short name", { exact: true }).fill("NORTHFOLD");
    await form.getByLabel("Casework reference prefix").fill("NFASP");
    await form.getByLabel("Area it covers").fill("Northfold");
    await form.getByLabel("Their agency (its first member)").selectOption({ label: "West Midlands Police (WMP)" });
    await form.getByLabel("Their sign-in identity").fill("wmp:northfold-lead");
    await form.getByRole("button", { name: "Create partnership" }).click();
    await status(page, "Northfold Anti-Slavery Partnership is created, with wmp:northfold-lead").waitFor();
    await row(page, "Partnerships", "Northfold Anti-Slavery Partnership").waitFor();
    const listed = await ok<{
      partnerships: { nodes: Array<{ id: string; shortName: string; referencePrefix: string }> };
    }>(platformAdmin, `{ partnerships(first: 20) { nodes { id shortName referencePrefix } } }`);
    const northfold = listed.partnerships.nodes.find((p) => p.shortName === "NORTHFOLD")!;
    expect(northfold.referencePrefix).toBe("NFASP");
    expect(
      await sql(
        `SELECT m.agency_id, r.user_id, r.role FROM governance.membership m
           JOIN governance.partnership_role r ON r.partnership_id = m.partnership_id
          WHERE m.partnership_id = $1`,
        [northfold.id],
      ),
    ).toEqual([{ agency_id: demoAgencyId("WMP"), user_id: "wmp:northfold-lead", role: "PARTNERSHIP_ADMIN" }]);

    const network = page.getByRole("form", { name: "Create a network" });
    await network.getByLabel("Name", { exact: true }).fill("Black Country Anti-Slavery Network");
    await network.getByLabel("Short name", { exact: true }).fill("BCASN");
    await network.getByLabel("Sandwell Anti-Slavery Partnership").check();
    await network.getByLabel("Northfold Anti-Slavery Partnership").check();
    await network.getByRole("button", { name: "Create network" }).click();
    const created = status(page, "Black Country Anti-Slavery Network (BCASN) is created over");
    await created.waitFor();
    expect(await created.textContent()).toMatch(
      /Northfold Anti-Slavery Partnership and Sandwell Anti-Slavery Partnership/,
    );
    // Sandwell's users now see it among their networks.
    const sandwell = await portal.platform.as("WMP", Role.CASEWORKER);
    const networks = await ok<{ networks: Array<{ shortName: string }> }>(sandwell, `{ networks { shortName } }`);
    expect(networks.networks.map((n) => n.shortName)).toContain("BCASN");
    expect(
      await sql(
        `SELECT m.partnership_id FROM governance.network n JOIN governance.network_member m ON m.network_id = n.id
          WHERE n.short_name = 'BCASN' ORDER BY m.partnership_id = $1 DESC`,
        [SANDWELL],
      ),
    ).toEqual([{ partnership_id: SANDWELL }, { partnership_id: northfold.id }]);
    await page.close();
  }, 60_000);
});

describe("a data protection officer's work", () => {
  it("records a subject's request, extends it and closes it", async () => {
    const page = await signedInPage(portal, "SMBC", [Role.DATA_PROTECTION_OFFICER]);
    const officer = await portal.platform.as("SMBC", Role.DATA_PROTECTION_OFFICER);
    await openSection(page, "Subject requests", "Subject requests");

    const form = page.getByRole("form", { name: "Record a request" });
    await form.getByLabel("What they ask").selectOption({ label: "Access: what is held about them" });
    await form.getByLabel("Who they are, in a few words").fill("Former resident, asked by letter");
    await form.getByLabel("Name", { exact: true }).fill("Jane Doe");
    await form.getByRole("button", { name: "Record request" }).click();
    await status(
      page,
      'Recorded: the answer to "Former resident, asked by letter" is due on 11 January 2027.',
    ).waitFor();
    const request = row(page, "Subject requests", "Former resident, asked by letter");
    await request.getByText("11 January 2027 (31 days left)").waitFor();
    await screenshot(page, "85-subject-requests");
    const read = async () =>
      (
        await ok<{ subjectRequests: { nodes: Array<{ subject: string; dueOn: string; status: string }> } }>(
          officer,
          `{ subjectRequests(first: 20) { nodes { subject dueOn status } } }`,
        )
      ).subjectRequests.nodes.filter((r) => r.subject === "Former resident, asked by letter");
    expect(await read()).toEqual([
      { subject: "Former resident, asked by letter", dueOn: "2027-01-11", status: "OPEN" },
    ]);
    const stored = () =>
      sql(
        `SELECT due_on::text, extension_months, status, made_to_agency_id, search_name FROM governance.subject_request
          WHERE subject = 'Former resident, asked by letter'`,
      );
    expect(await stored()).toEqual([
      { due_on: "2027-01-11", extension_months: 0, status: "OPEN", made_to_agency_id: SMBC, search_name: "Jane Doe" },
    ]);

    await request.getByRole("button", { name: "Extend" }).click();
    await request.getByLabel("Further months").selectOption({ label: "One month" });
    await request.getByLabel("Why (the subject is told)").fill("The request is complex: four agencies hold records.");
    await screenshot(page, "86-subject-request-extend");
    await request.getByRole("button", { name: "Extend the time to answer" }).click();
    await status(page, "is now due on 11 February 2027").waitFor();
    await request.getByText("extended 1 month").waitFor();
    expect((await read())[0]!.dueOn).toBe("2027-02-11");
    expect((await stored())[0]).toMatchObject({ due_on: "2027-02-11", extension_months: 1 });

    await request.getByRole("button", { name: "Close" }).click();
    await request.getByLabel("What was done (or why it is refused)").fill("Answered by letter with every record held.");
    await request.getByRole("button", { name: "Record it answered" }).click();
    await status(page, "Answered on 11 December 2026").waitFor();
    // The register shows open requests: the answered one leaves it.
    await expect.poll(() => request.count()).toBe(0);
    expect((await read())[0]!.status).toBe("COMPLETED");
    expect(
      await sql(
        `SELECT status, completed_on::text, outcome FROM governance.subject_request WHERE subject = 'Former resident, asked by letter'`,
      ),
    ).toEqual([
      { status: "COMPLETED", completed_on: TEST_TODAY, outcome: "Answered by letter with every record held." },
    ]);
    await page.close();
  }, 60_000);
});
