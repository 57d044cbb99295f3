import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, screenshot } from "./support/browser.js";
import { openRoute, signedInPage, startPortal } from "./support/portal.js";

/**
 * A restriction names the agreement that would grant what is withheld, from the partnership's
 * agreements in force in the demo data, and says who to ask.
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

describe("a restriction names the agreement that would grant it", () => {
  it("tells an NGO caseworker which agreement shares police intelligence, and to ask the coordinator", async () => {
    const police = await platform.as("WMP", Role.CASEWORKER);
    const { id, reference } = await recordConcern(police, [demoAgencyId("HFJ")]);
    const page = await signedIn("HFJ", Role.CASEWORKER);
    await open(page, `/cases/${id}`, `Concern ${reference}`);

    const intelligence = page.locator('[data-field="intelligenceSummary"] dd');
    await expect
      .poll(() => intelligence.textContent())
      .toBe(
        "Restricted: police intelligence. It is shared under “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), to which your agency is not a party; ask the partnership's coordinator.",
      );
    // Premises addresses are shared under two agreements in force (the utilities one is a draft),
    // neither to an NGO.
    expect(await page.locator('[data-field="location.address"] dd').textContent()).toBe(
      "Restricted: premises addresses. It is shared under “Multi-agency disruption: enforcement partners” (ISA-ENF-2019-03) and “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), none of which grants it to your agency; ask the partnership's coordinator.",
    );
    expect(await page.locator("main").textContent()).not.toContain("POLICE_INTELLIGENCE");
    await screenshot(page, "60-restriction-names-agreement");

    // A form says the same of a field it shows as restricted.
    await page.getByRole("button", { name: "Record a visit" }).click();
    const notes = page.getByRole("form", { name: "Record a visit" }).getByRole("group", { name: "Notes" });
    await expect
      .poll(() => notes.textContent())
      .toBe(
        "NotesRestricted: police intelligence. It is shared under “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01), to which your agency is not a party; ask the partnership's coordinator.",
      );
    await page.close();
  });

  it("names every agreement in force that shares statistics on a dashboard for an agency with none", async () => {
    const page = await signedIn("BG", Role.COORDINATOR);
    await open(page, "/dashboard", "Dashboard");
    const explanation = page.locator("main .restricted");
    await expect
      .poll(() => explanation.textContent())
      .toContain(
        "Restricted: partnership statistics. It is shared under “Multi-agency disruption: enforcement partners” (ISA-ENF-2019-03), “Supplier risk signals for procurement” (ISA-PROC-2023-04), “SHOP operational information sharing: police and council” (ISA-SHOP-2019-01) and “Victim support pathway: NGOs supporting potential victims” (ISA-VSP-2019-02), none of which grants it to your agency; ask the partnership's coordinator.",
      );
    await screenshot(page, "61-dashboard-names-agreements");
    await page.close();
  });
});
