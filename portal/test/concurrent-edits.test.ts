import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, screenshot, signIn } from "./support/browser.js";
import { startPortal } from "./support/portal.js";

const REFERENCE = "SHOP-2020-0040";

let platform: TestPlatform;
let browser: Browser;
let portalUrl: string;
let police: Client;
let concernId: string;
/** Two officers of the police with the same concern open in their own browsers. */
let a: Page;
let b: Page;

beforeAll(async () => {
  ({ platform, browser, portalUrl } = await startPortal());
  police = await platform.as("WMP", Role.CASEWORKER);
  const found = await police.query<{ concerns: { nodes: Array<{ id: string }> } }>(
    `query($reference: String) { concerns(first: 1, filter: { reference: $reference }) { nodes { id } } }`,
    { reference: REFERENCE },
  );
  concernId = found.data!.concerns.nodes[0]!.id;
  a = await browser.newPage();
  await signIn(a, portalUrl, "WMP", [Role.CASEWORKER]);
  b = await browser.newPage();
  await signIn(b, portalUrl, "WMP", [Role.CASEWORKER, Role.COORDINATOR]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Both officers open the concern afresh and start editing it: the same version in both forms. */
async function bothEditing(): Promise<void> {
  for (const page of [a, b]) {
    await page.goto(`${portalUrl}#/cases/${concernId}`);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: `Concern ${REFERENCE}` }).waitFor();
    await page.getByRole("button", { name: "Edit concern" }).click();
    await page.getByRole("heading", { name: /Edit concern \(version/ }).waitFor();
  }
}

async function saved(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("heading", { name: /Edit concern \(version/ }).waitFor({ state: "detached" });
}

const shown = (page: Page, field: string) => page.locator(`[data-field="${field}"] dd`).textContent();

async function history(): Promise<Array<{ changedBy: string; changes: Array<{ field: string; newValue: unknown }> }>> {
  const result = await police.query<{ concern: { history: Awaited<ReturnType<typeof history>> } }>(
    `query($id: ID!) { concern(id: $id) { history { changedBy changes { field newValue } } } }`,
    { id: concernId },
  );
  return result.data!.concern.history;
}

describe("two officers editing the same concern in the portal", () => {
  it("each changing a different field: both changes land, neither reverts the other, no conflict shown", async () => {
    await bothEditing();
    await a.getByLabel("Crime reference").fill("20/MS/4001");
    await saved(a);
    await b.getByLabel("Intelligence summary").fill("Workers moved to a second site on Friday nights.");
    await saved(b);
    expect(await b.getByTestId("conflict").count()).toBe(0);
    await expect.poll(() => shown(b, "crimeReference")).toBe("20/MS/4001");
    expect(await shown(b, "intelligenceSummary")).toBe("Workers moved to a second site on Friday nights.");
    const [, last] = (await history()).slice(-2);
    // B's save sent the intelligence only: A's crime reference is not written back.
    expect(last).toEqual({
      changedBy: "demo:wmp:caseworker+coordinator",
      changes: [{ field: "intelligenceSummary", newValue: "Workers moved to a second site on Friday nights." }],
    });
  });

  it("both changing the crime reference: B sees A's value beside it, and 'Keep mine' saves B's with B's other change", async () => {
    await bothEditing();
    await a.getByLabel("Crime reference").fill("20/MS/4002");
    await saved(a);
    await b.getByLabel("Crime reference").fill("20/MS/4003");
    await b.getByLabel("Response level").selectOption({ label: "Joint multi agency" });
    await b.getByRole("button", { name: "Save", exact: true }).click();
    await b.getByTestId("conflict").waitFor();
    const clash = b.getByTestId("conflict-crimeReference");
    await expect.poll(() => clash.textContent()).toContain("demo:wmp:caseworker (WMP)");
    expect(await clash.textContent()).toContain("20/MS/4002");
    expect(await b.getByRole("group", { name: /^Saved by/ }).count()).toBe(1);
    // Beside the field, and read out with it.
    expect(await b.getByLabel("Crime reference").getAttribute("aria-describedby")).toBe(
      await clash.getByText(/^Saved by/).getAttribute("id"),
    );
    expect(await b.getByLabel("Crime reference").inputValue()).toBe("20/MS/4003");
    expect(await b.getByRole("button", { name: "Save", exact: true }).isDisabled()).toBe(true);
    await screenshot(b, "40-concurrent-edit-conflict");

    await clash.getByRole("button", { name: "Keep mine" }).click();
    await saved(b);
    await expect.poll(() => shown(b, "crimeReference")).toBe("20/MS/4003");
    expect(await shown(b, "responseLevel")).toBe("Joint multi agency");
  });

  it("both changing the crime reference: 'Use theirs' keeps A's value and saves only B's other change", async () => {
    await bothEditing();
    await a.getByLabel("Crime reference").fill("20/MS/4004");
    await saved(a);
    await b.getByLabel("Crime reference").fill("20/MS/4005");
    await b.getByLabel("Intelligence summary").fill("A van seen outside at 6am.");
    await b.getByRole("button", { name: "Save", exact: true }).click();
    const clash = b.getByTestId("conflict-crimeReference");
    await clash.getByRole("button", { name: "Use theirs" }).click();
    expect(await b.getByLabel("Crime reference").inputValue()).toBe("20/MS/4004");
    await saved(b);
    await expect.poll(() => shown(b, "intelligenceSummary")).toBe("A van seen outside at 6am.");
    expect(await shown(b, "crimeReference")).toBe("20/MS/4004");
    expect((await history()).at(-1)!.changes.map((change) => change.field)).toEqual(["intelligenceSummary"]);
  });
});
