import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { DEFAULT_PORTAL_DIR } from "../../../gateway/src/portal.js";
import { startTestPlatform, type TestPlatform } from "../../../platform/test/support/platform.js";
import { type Browser, launchBrowser, SCREENSHOT_DIR, signIn } from "./browser.js";

/** What a portal test file runs against: the built portal on a fresh test platform, and one browser. */
export interface Portal {
  platform: TestPlatform;
  browser: Browser;
  portalUrl: string;
}

export async function startPortal(): Promise<Portal> {
  if (!existsSync(`${DEFAULT_PORTAL_DIR}/index.html`)) {
    throw new Error("the portal is not built: run `npm run build` (npm test's pretest does)");
  }
  if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true });
  const platform = await startTestPlatform();
  return { platform, portalUrl: new URL("/portal/", platform.gatewayUrl).href, browser: await launchBrowser() };
}

/** A new page, signed in as a demo user of this agency with these roles. */
export async function signedInPage(portal: Portal, agency: string, roles: string[]): Promise<Page> {
  const page = await portal.browser.newPage();
  await signIn(page, portal.portalUrl, agency, roles);
  return page;
}

/** Opens a route of the portal and waits for its page heading. */
export async function openRoute(portal: Portal, page: Page, route: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${portal.portalUrl}#${route}`);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}
