import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

/** Debian's chromium package, which .ci/run installs; playwright-core never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Where screenshots of every page go, only when asked (`PORTAL_SCREENSHOTS=portal/screenshots` to
 * refresh the committed set): a test run leaves the tracked tree as it found it.
 */
export const SCREENSHOT_DIR = process.env.PORTAL_SCREENSHOTS ? path.resolve(process.env.PORTAL_SCREENSHOTS) : null;

export const VIEWPORT = { width: 1280, height: 800 };

export interface Browser {
  /** A page in a fresh browser context (its own storage): one signed-in user. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's chromium headless; Playwright gives it a fresh temporary profile. Without the
 * background-networking flags, chromium run as root has connections refused many at a time.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`no browser at ${CHROMIUM_PATH}: install Debian's chromium package (bash .ci/run does)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=en-GB",
    ],
  });
  return {
    newPage: async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: "en-GB", reducedMotion: "reduce" });
      // Well inside the test's own timeout, so a missing element fails with its locator named.
      context.setDefaultTimeout(10_000);
      return context.newPage();
    },
    close: () => browser.close(),
  };
}

/** Signs in through the portal's sign-in page as a demo user of this agency with these roles. */
export async function signIn(page: Page, portalUrl: string, agency: string, roles: string[]): Promise<void> {
  await page.goto(portalUrl);
  await page.getByLabel("Agency", { exact: true }).selectOption(agency);
  for (const checkbox of await page.getByRole("group", { name: "Roles" }).getByRole("checkbox").all()) {
    await checkbox.uncheck();
  }
  for (const role of roles) {
    const name = role.charAt(0) + role.slice(1).toLowerCase().replace(/_/g, " ");
    await page.getByRole("checkbox", { name, exact: true }).check();
  }
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("signed-in-user").waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}
