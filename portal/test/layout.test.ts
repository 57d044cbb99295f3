import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { Role } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PORTAL_DIR } from "../../gateway/src/portal.js";
import { startTestPlatform, type TestPlatform } from "../../platform/test/support/platform.js";
import { documentTitle, ROUTES } from "../src/routes.js";
import { type Browser, launchBrowser, SCREENSHOT_DIR, screenshot, signIn } from "./support/browser.js";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
// Every role of a partner's staff at once: every section, and every control a section has.
const ALL_ROLES = [
  Role.COORDINATOR,
  Role.CASEWORKER,
  Role.TRAINING_ADMIN,
  Role.PROCUREMENT_OFFICER,
  Role.PARTNERSHIP_ADMIN,
  Role.AUDITOR,
  Role.DATA_PROTECTION_OFFICER,
  // Not a partner's staff role, but the Platform section is listed only to it.
  Role.PLATFORM_ADMIN,
];
const REFERENCE = "SHOP-2020-0040"; // a concern WMP takes part in, so its forms are offered

let platform: TestPlatform;
let browser: Browser;
let portalUrl: string;
let page: Page;
/** An id from the demo data for each route with a parameter; a new such route fails until given one. */
const samples: Record<string, string> = {};

beforeAll(async () => {
  if (!existsSync(`${DEFAULT_PORTAL_DIR}/index.html`)) {
    throw new Error("the portal is not built: run `npm run build` (npm test's pretest does)");
  }
  if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true });
  platform = await startTestPlatform();
  portalUrl = new URL("/portal/", platform.gatewayUrl).href;
  const client = await platform.as("WMP", ...ALL_ROLES);
  const ids = await client.query<{
    concerns: { nodes: Array<{ id: string }> };
    suppliers: { nodes: Array<{ id: string }> };
    trainingSessions: { nodes: Array<{ id: string }> };
    sharingAgreements: { nodes: Array<{ id: string }> };
    actionPlans: { nodes: Array<{ id: string }> };
  }>(
    `query($reference: String) {
      concerns(first: 1, filter: { reference: $reference }) { nodes { id } }
      suppliers(first: 1) { nodes { id } }
      trainingSessions(first: 1) { nodes { id } }
      sharingAgreements(first: 1) { nodes { id } }
      actionPlans(first: 1) { nodes { id } }
    }`,
    { reference: REFERENCE },
  );
  samples["/cases/:id"] = ids.data!.concerns.nodes[0]!.id;
  samples["/procurement/suppliers/:id"] = ids.data!.suppliers.nodes[0]!.id;
  samples["/training/sessions/:id"] = ids.data!.trainingSessions.nodes[0]!.id;
  samples["/governance/agreements/:id"] = ids.data!.sharingAgreements.nodes[0]!.id;
  samples["/governance/plans/:id"] = ids.data!.actionPlans.nodes[0]!.id;
  browser = await launchBrowser();
  page = await signedIn();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function signedIn(): Promise<Page> {
  const fresh = await browser.newPage();
  await signIn(fresh, portalUrl, "WMP", ALL_ROLES);
  return fresh;
}

function address(path: string): string {
  return path.replace(/:(\w+)/g, () => {
    const id = samples[path];
    if (!id) throw new Error(`no sample id for ${path}: add one to this test`);
    return id;
  });
}

/** Opens a page and waits until its heading is shown and nothing in it is still loading. */
async function open(on: Page, path: string): Promise<void> {
  // The last page's heading stays until the next page's code has loaded: marked, it is not taken
  // for the new page's.
  await on.evaluate(() => document.querySelector("main h1")?.setAttribute("data-left", ""));
  await on.goto(`${portalUrl}#${path}`);
  await on.locator("main h1:not([data-left])").waitFor();
  await expect.poll(() => on.locator("main").getByText("Loading…").count()).toBe(0);
}

const pageWidth = (on: Page) =>
  on.evaluate(() => ({ scrolled: document.documentElement.scrollWidth, viewport: window.innerWidth }));

/** The sections and Sign out can be reached: shown, or shown once the Menu button is pressed. */
async function expectNavigationReachable(on: Page, sections: string[]): Promise<void> {
  const menu = on.getByRole("button", { name: "Menu" });
  const folded = await menu.isVisible();
  if (folded) {
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
  }
  const nav = on.getByRole("navigation", { name: "Sections" });
  for (const name of sections) {
    const link = nav.getByRole("link", { name, exact: true });
    expect(await link.isVisible(), `${name} in the navigation`).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, `${name} within the screen`).toBeLessThanOrEqual(on.viewportSize()!.width);
  }
  const signOut = on.getByRole("button", { name: "Sign out" });
  expect(await signOut.isVisible()).toBe(true);
  const box = (await signOut.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(on.viewportSize()!.width);
  if (folded) {
    await on.keyboard.press("Escape");
    await expect.poll(() => nav.isVisible()).toBe(false);
  }
}

async function expectNoAxeViolations(on: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page: on }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual(
    [],
  );
}

const SECTIONS = ROUTES.flatMap((route) => ("section" in route ? [route.section] : []));

describe.each([
  ["a phone", PHONE],
  ["a desktop", DESKTOP],
])("every page on %s", (_, viewport) => {
  beforeAll(() => page.setViewportSize(viewport));

  it.each(ROUTES.map((route) => [route.path, route]))(
    "%s fits the width, keeps the navigation reachable and has no axe violation",
    async (_path, route) => {
      await open(page, address(route.path));
      const { scrolled, viewport: width } = await pageWidth(page);
      expect(scrolled, "no horizontal scroll").toBeLessThanOrEqual(width);
      // A page may name what it shows after its own name (the record of processing names its partnership).
      expect(await page.title()).toMatch(new RegExp(`^${route.title}\\b.* — Partnership portal$|^${route.title}, `));
      await expectNoAxeViolations(page);
      await expectNavigationReachable(page, SECTIONS);
      if (viewport === PHONE && route.path === "/dashboard") await screenshot(page, "30-phone-dashboard");
      if (viewport === PHONE && route.path === "/cases") await screenshot(page, "31-phone-cases");
      if (viewport === PHONE && route.path === "/cases/:id") await screenshot(page, "32-phone-concern");
    },
    // axe reads every node: the record of processing is long, and the machine may be busy.
    90_000,
  );

  it("opens the menu without widening the page or breaking accessibility", async () => {
    await open(page, "/cases");
    const menu = page.getByRole("button", { name: "Menu" });
    if (!(await menu.isVisible())) return; // wide screens show the menu itself, checked above
    await menu.click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect((await pageWidth(page)).scrolled).toBeLessThanOrEqual(viewport.width);
    await expectNoAxeViolations(page);
    await screenshot(page, "33-phone-menu");
    // Choosing a section closes the menu and moves focus to the new page's heading.
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Training" }).click();
    await page.getByRole("heading", { level: 1, name: "Training" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Sections" }).isVisible()).toBe(false);
  });
});

it("fits the narrowest phone the portal supports (360 px) on every page", async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ROUTES) {
    await open(page, address(route.path));
    const { scrolled, viewport } = await pageWidth(page);
    expect(scrolled, `${route.path} scrolls sideways`).toBeLessThanOrEqual(viewport);
  }
}, 90_000);

describe("the sign-in page", () => {
  it.each([
    ["a phone", PHONE],
    ["a desktop", DESKTOP],
  ])("fits %s and has no axe violation", async (_, viewport) => {
    const signedOut = await browser.newPage();
    await signedOut.setViewportSize(viewport);
    await signedOut.goto(portalUrl);
    await signedOut.getByRole("heading", { name: "Sign in as a demo user of any agency" }).waitFor();
    expect(await signedOut.title()).toBe(documentTitle("Sign in"));
    const { scrolled, viewport: width } = await pageWidth(signedOut);
    expect(scrolled).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(signedOut);
    await signedOut.close();
  });
});

describe("page changes", () => {
  beforeAll(() => page.setViewportSize(DESKTOP));

  it("titles every tab after its page", async () => {
    const titles = new Set<string>();
    for (const route of ROUTES) {
      await open(page, address(route.path));
      titles.add(await page.title());
    }
    expect(titles.size).toBe(ROUTES.length);
    expect(titles).toContain(documentTitle("Cases"));
    expect(documentTitle("Cases")).toBe("Cases — Partnership portal");
  });

  it("moves focus to the new page's heading, whether from the navigation, a link or Back", async () => {
    await open(page, "/dashboard");
    const nav = page.getByRole("navigation", { name: "Sections" });
    const focusedHeading = () =>
      page.evaluate(() => (document.activeElement?.tagName === "H1" ? document.activeElement.textContent : null));
    await nav.getByRole("link", { name: "Procurement" }).click();
    await expect.poll(focusedHeading).toBe("Procurement");
    // A page whose heading shows only once its data has loaded.
    await page.getByRole("table").getByRole("link").first().click();
    await expect.poll(focusedHeading).not.toBeNull();
    expect(page.url()).toContain("/procurement/suppliers/");
    await page.goBack();
    await expect.poll(focusedHeading).toBe("Procurement");
  });
});

describe("things that are not there", () => {
  beforeAll(() => page.setViewportSize(PHONE));

  it.each([
    ["/procurement/suppliers/no-such-supplier", "Supplier not found", "← Procurement", "Procurement"],
    [
      "/procurement/suppliers/00000000-0000-4000-8000-000000000000",
      "Supplier not found",
      "← Procurement",
      "Procurement",
    ],
    ["/training/sessions/no-such-session", "Training session not found", "← Training", "Training"],
    ["/training/sessions/00000000-0000-4000-8000-000000000000", "Training session not found", "← Training", "Training"],
    ["/cases/00000000-0000-4000-8000-000000000000", "Concern not found", "← Cases", "Cases"],
    ["/no-such-page", "Page not found", "Go to the dashboard", "Dashboard"],
  ])("%s says not found and leads back", async (path, heading, back, backHeading) => {
    await open(page, path);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: back }).click();
    await page.getByRole("heading", { level: 1, name: backHeading }).waitFor();
  });

  it("says when a list has nothing matching its filters", async () => {
    await open(page, "/cases");
    await page.getByLabel("Reference contains").fill("NO-SUCH-REFERENCE");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByText("No concern you can see matches a reference containing “NO-SUCH-REFERENCE”.").waitFor();
  });
});

describe("opened forms", () => {
  beforeAll(() => page.setViewportSize(PHONE));

  it("takes focus into a form when it opens, and Escape or Cancel close it, back to its button", async () => {
    await open(page, address("/cases/:id"));
    const focusedInForm = () => page.evaluate(() => document.activeElement?.closest("form")?.getAttribute("class"));
    for (const [button, close] of [
      ["Edit concern", "Escape"],
      ["Change status", "Cancel"],
      ["Record a visit", "Escape"],
      ["Edit concern", "Cancel"],
    ] as const) {
      const opener = page.getByRole("button", { name: button });
      await opener.click();
      await expect.poll(focusedInForm, { message: `focus in the ${button} form` }).toContain("form");
      if (close === "Escape") await page.keyboard.press("Escape");
      else await page.getByRole("button", { name: "Cancel" }).click();
      await expect.poll(() => page.locator("main form").count(), { message: `${button} closed by ${close}` }).toBe(0);
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await opener.getAttribute("aria-expanded")).toBe("false");
    }
  });

  it("leaves the record-concern form by its Cancel button", async () => {
    await open(page, "/cases/new");
    await page.getByRole("link", { name: "Cancel" }).click();
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
  });
});

describe("failures", () => {
  it("shows a message, not a white page, when a section's code cannot be fetched, and loads it on Try again", async () => {
    const offline = await signedIn();
    await offline.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await offline.route("**/assets/*", (route) => route.abort("internetdisconnected"));
    await offline.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Governance" }).click();
    const alert = offline.getByRole("alert");
    await alert.getByRole("heading", { level: 1, name: "This page could not be loaded" }).waitFor();
    expect(await alert.textContent()).toContain("Check that you are online");
    // The rest of the portal still works around the failed section.
    expect(await offline.getByRole("navigation", { name: "Sections" }).isVisible()).toBe(true);
    await screenshot(offline, "34-section-offline");
    await offline.unroute("**/assets/*");
    await alert.getByRole("button", { name: "Try again" }).click();
    await offline.getByRole("heading", { level: 1, name: "Governance" }).waitFor();
    await offline.close();
  });
});
