import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { demoUser } from "../../platform/src/demo-users.js";
import { type Client, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, screenshot, signIn } from "./support/browser.js";
import { openRoute, signedInPage, startPortal } from "./support/portal.js";

const SESSION_KEY = "partnership-portal-session";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let platform: TestPlatform;
let browser: Browser;
let portalUrl: string;
let police: Client;

beforeAll(async () => {
  ({ platform, browser, portalUrl } = await startPortal());
  police = await platform.as("WMP", Role.CASEWORKER);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const signedIn = (agency: string, ...roles: Role[]) => signedInPage({ platform, browser, portalUrl }, agency, roles);

const open = (page: Page, route: string, heading: string | RegExp) =>
  openRoute({ platform, browser, portalUrl }, page, route, heading);

interface Found {
  id: string;
  reference: string;
  status: string;
  takingPart: boolean;
  /** Null where the caller's agency does not take part (detail of the record). */
  visits: Array<{ id: string }> | null;
}

/**
 * Concerns the police caseworker sees, from the API (what the browser's pages are checked against);
 * visits are refused on concerns the police do not take part in, and are null there.
 */
async function concerns(filter: Record<string, unknown> = {}): Promise<{ totalCount: number; nodes: Found[] }> {
  const result = await police.query<{ concerns: { totalCount: number; nodes: Found[] } }>(
    `query($filter: ConcernFilter) { concerns(first: 100, filter: $filter) { totalCount nodes { id reference status takingPart visits { id } } } }`,
    { filter },
  );
  expect(result.errors?.filter((e) => e.path?.at(-1) !== "visits") ?? []).toEqual([]);
  return result.data!.concerns;
}

describe("the portal keeps a person's place and session", () => {
  it("finds a concern by part of its reference, in any case, with LIKE's wildcards taken literally", async () => {
    expect((await concerns({ reference: "0040" })).nodes.map((c) => c.reference)).toContain("SHOP-2020-0040");
    expect((await concerns({ reference: "shop-2020-0040" })).nodes.map((c) => c.reference)).toEqual(["SHOP-2020-0040"]);
    // Unescaped, "_" and "%" would match any character(s) and find SHOP-2020-0040.
    expect((await concerns({ reference: "2020_0040" })).totalCount).toBe(0);
    expect((await concerns({ reference: "SHOP%0040" })).totalCount).toBe(0);
  });

  it("keeps the case list's filters and page in the address, so Back returns to them", async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    const labour = await concerns({ exploitationType: "LABOUR" });
    expect(labour.totalCount).toBeGreaterThan(20);
    await open(page, "/cases", "Cases");
    await page.getByLabel("Exploitation").selectOption("LABOUR");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByText(`Page 1 of ${Math.ceil(labour.totalCount / 20)}`).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText(/^Page 2 of/).waitFor();
    expect(page.url()).toContain("exploitation=LABOUR");
    const firstOnPage2 = (await page.locator("table.list tbody tr").first().getByRole("link").textContent())!;
    await screenshot(page, "40-cases-filtered-page-2");

    await page.locator("table.list tbody tr").first().getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: `Concern ${firstOnPage2}` }).waitFor();
    await page.goBack();
    await page.getByText(/^Page 2 of/).waitFor();
    expect(await page.getByLabel("Exploitation").inputValue()).toBe("LABOUR");
    await expect
      .poll(() => page.locator("table.list tbody tr").first().getByRole("link").textContent())
      .toBe(firstOnPage2);

    // Previous reads the page before (backward from this page's first row), then Back undoes it.
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText(/^Page 1 of/).waitFor();
    await page.goBack();
    await page.getByText(/^Page 2 of/).waitFor();
    await page.goBack();
    await page.getByText(/^Page 1 of/).waitFor();
    expect(await page.getByLabel("Exploitation").inputValue()).toBe("LABOUR");
    await page.close();
  });

  it('finds SHOP-2020-0040 by "0040" and says when a search finds nothing', async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, "/cases", "Cases");
    await page.getByLabel("Reference contains").fill("0040");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByRole("link", { name: "SHOP-2020-0040" }).waitFor();
    await screenshot(page, "41-cases-reference-search");
    await page.getByLabel("Reference contains").fill("ZZZ9");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("No concern you can see matches a reference containing “ZZZ9”.");
    expect(await page.locator("table.list").count()).toBe(0);
    await page.close();
  });

  it("keeps the session in a new tab for the token's life, and signs every tab out together", async () => {
    const page = await signedIn("WMP", Role.CASEWORKER);
    const [concern] = (await concerns({ reference: "SHOP-2020-0040" })).nodes;
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), SESSION_KEY);
    const claims = JSON.parse(Buffer.from(stored.token.split(".")[1], "base64url").toString());
    // Kept exactly as long as the token is good, and no longer.
    expect(stored.expiresAt).toBe(claims.exp * 1000);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    const tab = await page.context().newPage();
    await tab.goto(`${portalUrl}#/cases/${concern!.id}`);
    await tab.getByRole("heading", { level: 1, name: "Concern SHOP-2020-0040" }).waitFor();
    expect(await tab.getByTestId("acting-partnership").textContent()).toBe(
      await page.getByTestId("acting-partnership").textContent(),
    );
    await screenshot(tab, "42-new-tab-signed-in");

    await page.getByRole("button", { name: "Sign out" }).click();
    await tab.getByRole("heading", { name: "Sign in as a demo user of any agency" }).waitFor();
    expect(await tab.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
    await page.close();
  });

  it("keeps the partnership chosen for the session in a new tab", async () => {
    // The police coordinator holds a role in the second partnership too, so is asked where to act.
    await platform.asIn("TAME", "WMP", Role.COORDINATOR);
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await page.getByLabel("Agency", { exact: true }).selectOption("WMP");
    for (const checkbox of await page.getByRole("group", { name: "Roles" }).getByRole("checkbox").all())
      await checkbox.uncheck();
    await page.getByRole("checkbox", { name: "Coordinator", exact: true }).check();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Which partnership are you working in?" }).waitFor();
    const choices = await page.getByRole("main").getByRole("button").allTextContents();
    expect(choices.length).toBeGreaterThan(1);
    const chosen = choices.at(-1)!;
    await page.getByRole("button", { name: chosen }).click();
    await expect.poll(() => page.getByTestId("acting-partnership").textContent()).toContain(chosen);

    const tab = await page.context().newPage();
    await tab.goto(`${portalUrl}#/cases`);
    await tab.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    expect(await tab.getByTestId("acting-partnership").textContent()).toContain(chosen);
    await page.close();
  });

  it("asks to sign in again over the form when the gateway refuses an expired token, and the draft is saved after", async () => {
    const open = (await concerns()).nodes.find((c) => c.takingPart && c.status !== "CLOSED")!;
    const page = await browser.newPage();
    // The browser's clock an hour slow: the token below still looks good to it, and the gateway,
    // on the real time, refuses it as expired (as after a laptop slept, or a clock drifted).
    // eslint-disable-next-line no-restricted-syntax -- a token's expiry is wall-clock time, as the gateway checks it
    const now = Date.now();
    await page.context().clock.install({ time: now - 3_600_000 });
    await signIn(page, portalUrl, "WMP", [Role.CASEWORKER]);
    await page.goto(`${portalUrl}#/cases/${open.id}`);
    await page.getByRole("heading", { level: 1, name: `Concern ${open.reference}` }).waitFor();
    await page.getByRole("button", { name: "Edit concern" }).click();
    const draft = `CR/REAUTH/${open.reference}`;
    await page.getByLabel("Crime reference").fill(draft);

    // Another tab stores a token of the same user that expired a minute ago; this tab takes it up.
    const issuer = await DemoIdentityProvider.fromJwk(platform.keys.users.privateJwk);
    const expired = await issuer.issue(demoUser("WMP", [Role.CASEWORKER]), "60 seconds ago");
    const other = await page.context().newPage();
    await other.goto(portalUrl);
    await other.evaluate(
      ([key, token, expiresAt]) => localStorage.setItem(key as string, JSON.stringify({ token, expiresAt })),
      [SESSION_KEY, expired, (Math.floor(now / 1000) - 60) * 1000] as const,
    );
    await other.close();

    await page.getByRole("button", { name: "Save" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign in again to carry on" });
    await dialog.waitFor();
    expect(await page.locator("body").textContent()).not.toMatch(/claim|exp"|token was refused/);
    expect(await page.getByText("Your sign-in has ended, so this was not done.").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("Crime reference").inputValue()).toBe(draft);
    await screenshot(page, "43-sign-in-again-in-place");

    await dialog.getByRole("button", { name: /^Sign in again as / }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByLabel("Crime reference").inputValue()).toBe(draft);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: "Edit concern" }).waitFor();
    await expect.poll(() => page.getByLabel("Crime reference").count()).toBe(0);
    const saved = await police.query<{ concern: { crimeReference: string } }>(
      `query($id: ID!) { concern(id: $id) { crimeReference } }`,
      { id: open.id },
    );
    expect(saved.data?.concern.crimeReference).toBe(draft);
    await page.close();
  });

  it("removes the token from storage at its expiry and asks, over the form, to sign in again", async () => {
    const open = (await concerns()).nodes.find((c) => c.takingPart && c.status !== "CLOSED")!;
    const page = await browser.newPage();
    // eslint-disable-next-line no-restricted-syntax -- the browser's clock starts at the real time the token is issued on
    await page.context().clock.install({ time: Date.now() });
    await signIn(page, portalUrl, "WMP", [Role.CASEWORKER]);
    await page.goto(`${portalUrl}#/cases/${open.id}`);
    await page.getByRole("button", { name: "Edit concern" }).click();
    await page.getByLabel("Crime reference").fill("CR/EXPIRY");
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).not.toBeNull();

    // The demo token lasts 12 hours: the browser's clock moves past it.
    await page.clock.fastForward("12:00:05");
    await page.getByRole("dialog", { name: "Sign in again to carry on" }).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
    expect(await page.getByLabel("Crime reference").inputValue()).toBe("CR/EXPIRY");
    await page.close();
  });

  it("shows the history in words, with the visits in it, and no visit form on a closed concern", async () => {
    const all = (await concerns()).nodes;
    const visited = all.find((c) => (c.visits?.length ?? 0) > 0)!;
    const page = await signedIn("WMP", Role.CASEWORKER);
    await open(page, `/cases/${visited.id}`, `Concern ${visited.reference}`);
    const timeline = page.getByTestId("timeline");
    await timeline.getByText("Recorded", { exact: true }).waitFor();
    const text = (await timeline.textContent())!;
    expect(text).toContain("Lead agency: ");
    expect(text).toContain("Premises: ");
    expect(text).toContain("Visit on ");
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/leadAgency|exploitationTypes|receivedOn|"/);
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByRole("heading", { name: "History" }).scrollIntoViewIfNeeded();
    await screenshot(page, "44-history-in-words");

    const closed = all.find((c) => c.takingPart && c.status === "CLOSED")!;
    await open(page, `/cases/${closed.id}`, `Concern ${closed.reference}`);
    await page.getByRole("button", { name: "Change status" }).waitFor();
    expect(await page.getByRole("button", { name: "Record a visit" }).count()).toBe(0);
    expect(await page.getByTestId("no-visits-when-closed").textContent()).toMatch(
      /^Visits cannot be recorded on a closed concern/,
    );
    await page.close();
  });

  it("lets the auditor search the audit log by a concern's reference and by user, naming records by reference", async () => {
    const [concern] = (await concerns({ reference: "SHOP-2020-0040" })).nodes;
    await police.query(`query($id: ID!) { concern(id: $id) { intelligenceSummary } }`, { id: concern!.id });
    const auditor = await platform.as("SMBC", Role.AUDITOR);
    const events = (filter: Record<string, unknown>) =>
      auditor.query<{
        casesAuditEvents: { totalCount: number; nodes: Array<{ entityId: string; userId: string; field: string }> };
      }>(
        `query($filter: AuditEventFilter) { casesAuditEvents(first: 100, filter: $filter) { totalCount nodes { entityId userId field } } }`,
        { filter },
      );
    // Audit rows are written in batches: wait for the read above (earlier tests read the concern too).
    await expect
      .poll(
        async () => (await events({ entityIds: [concern!.id] })).data?.casesAuditEvents.nodes.map((e) => e.field) ?? [],
        { timeout: 10_000 },
      )
      .toContain("intelligenceSummary");
    const byRecord = (await events({ entityIds: [concern!.id] })).data!.casesAuditEvents.nodes;
    expect(new Set(byRecord.map((e) => e.entityId))).toEqual(new Set([concern!.id]));
    expect((await events({ entityIds: [] })).data!.casesAuditEvents.totalCount).toBe(0);

    const page = await signedIn("SMBC", Role.AUDITOR);
    await open(page, "/governance", "Governance");
    await page.getByLabel("Concern reference contains").fill("0040");
    await page.getByLabel("User", { exact: true }).fill("demo:wmp:caseworker");
    await page.getByRole("button", { name: "Search" }).click();
    const rows = page.getByTestId("audit-log").locator("tbody tr");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const records = () => rows.locator("td:nth-child(3)").allTextContents();
    await expect.poll(records).toContain("Concern SHOP-2020-0040");
    // "0040" is part of more than one year's reference: each of them, and nothing else.
    for (const record of await records()) expect(record).toMatch(/^Concern SHOP-\d{4}-0040$/);
    // Fields as a person names them ("Taking part", "Intelligence"), not the API's names.
    for (const field of await rows.locator("td:nth-child(4)").allTextContents())
      expect(field).not.toMatch(/[a-z][A-Z]/);
    expect(new Set(await rows.locator("td:nth-child(2)").allTextContents())).toEqual(
      new Set(["demo:wmp:caseworkerWest Midlands Police"]),
    );
    await page.getByRole("heading", { name: "Audit log" }).evaluate((heading) => heading.scrollIntoView());
    await screenshot(page, "45-audit-log-search");

    await page.getByLabel("Concern reference contains").fill("ZZZ9");
    await page.getByRole("button", { name: "Search" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("No concern you can see has a reference containing “ZZZ9”.");
    await page.close();
  });
});
