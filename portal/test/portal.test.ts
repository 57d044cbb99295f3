import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../../gateway/test/support/platform.js";
import { DEFAULT_PORTAL_DIR } from "../../gateway/src/portal.js";
import { type Browser, launchBrowser, SCREENSHOT_DIR, screenshot, signIn } from "./support/browser.js";

let platform: TestPlatform;
let browser: Browser;
let portalUrl: string;

beforeAll(async () => {
  if (!existsSync(`${DEFAULT_PORTAL_DIR}/index.html`)) {
    throw new Error("the portal is not built: run `npm run build` (npm test's pretest does)");
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  platform = await startTestPlatform();
  portalUrl = new URL("/portal/", platform.gatewayUrl).href;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

export async function signedIn(agency: string, ...roles: string[]): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, portalUrl, agency, roles);
  return page;
}

describe("partner portal in a real browser", () => {
  it("signs a demo user in and shows the dashboard's figures for the demo year", async () => {
    const page = await browser.newPage();
    await page.goto(portalUrl);
    await screenshot(page, "01-sign-in");
    await signIn(page, portalUrl, "SMBC", ["COORDINATOR", "PARTNERSHIP_ADMIN"]);
    await page.getByRole("heading", { name: "Dashboard" }).waitFor();
    const figures = page.getByRole("region", { name: "Headline figures" });
    await expect.poll(() => figures.textContent()).toContain("171concerns");
    await expect.poll(() => page.getByRole("img", { name: "Concerns by town" }).count()).toBe(1);
    await screenshot(page, "02-dashboard");
  });
});
