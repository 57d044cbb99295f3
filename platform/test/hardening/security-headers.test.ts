import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, launchBrowser } from "../../../portal/test/support/browser.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";
import { send } from "./helpers.js";

/**
 * The security headers in development, in a real browser: the portal and the GraphQL IDE run under
 * their Content-Security-Policy with no violation, and the IDE loads nothing from the internet.
 */
describe("pages under their Content-Security-Policy", () => {
  let t: TestPlatform;
  let browser: Browser;
  const base = () => t.gatewayUrl.replace(/\/graphql$/, "");

  beforeAll(async () => {
    t = await startTestPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** Opens `url`, waits for `selector`, and gives back every CSP violation and request that left 127.0.0.1. */
  const visit = async (url: string, selector: string) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const outside: string[] = [];
    page.on("console", (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    page.on("request", (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (/^https?:$/.test(protocol) && hostname !== "127.0.0.1") outside.push(request.url());
    });
    await page.goto(url, { timeout: 60_000 });
    await page.locator(selector).first().waitFor({ state: "visible", timeout: 30_000 });
    // Late scripts (workers, lazy chunks) get a moment to run and be refused.
    await page.waitForTimeout(1_000);
    await page.close();
    return { violations, outside };
  };

  it("the GraphQL IDE has its own policy: its one inline script by hash, nothing from the internet", async () => {
    const answer = await send(t.gatewayUrl, { method: "GET", headers: { accept: "text/html" } });
    expect(answer.status).toBe(200);
    const csp = answer.headers.get("content-security-policy") ?? "";
    const scripts = [...answer.text.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const hash = createHash("sha256").update(script).digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers.get("x-frame-options")).toBe("DENY");

    const { violations, outside } = await visit(t.gatewayUrl, ".graphiql-container");
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  }, 90_000);

  it("the portal's sign-in page renders with no violation", async () => {
    const { violations, outside } = await visit(`${base()}/portal/`, "select");
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
