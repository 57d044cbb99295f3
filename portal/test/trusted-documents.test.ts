import { existsSync } from "node:fs";
import { createLogger, Role, type RunningService } from "@partnership/runtime";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_TRUSTED_DOCUMENTS_FILE,
  DemoIdentityProvider,
  PORTAL_CLIENT_NAME,
  readManifest,
  startGateway,
} from "@partnership/gateway";
import { demoSignInRoutes } from "../../platform/src/demo-sign-in.js";
import { DEFAULT_PORTAL_DIR } from "../../gateway/src/portal.js";
import { replicaGatewayConfig, startTestPlatform, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, launchBrowser, signIn } from "./support/browser.js";

/**
 * The built portal against a gateway that requires its trusted documents: every operation the
 * portal sends, as Apollo Client prints it, must be one its build registered.
 */
let platform: TestPlatform;
let gateway: RunningService;
let browser: Browser;
let portalUrl: string;

/** What the portal asked the gateway, as the browser sent it. */
interface Exchange {
  clientName: string | undefined;
  operationName: string | undefined;
  status: number;
  untrusted: boolean;
}
const exchanges: Exchange[] = [];

beforeAll(async () => {
  if (!existsSync(`${DEFAULT_PORTAL_DIR}/index.html`)) {
    throw new Error("the portal is not built: run `npm run build` (npm test's pretest does)");
  }
  platform = await startTestPlatform();
  gateway = await startGateway(
    replicaGatewayConfig(platform, {
      trustedDocuments: { mode: "require", ids: readManifest(DEFAULT_TRUSTED_DOCUMENTS_FILE) },
    }),
    createLogger("trusted-documents", "silent"),
    { demoSignIn: demoSignInRoutes(await DemoIdentityProvider.fromJwk(platform.keys.users.privateJwk)) },
  );
  portalUrl = new URL("/portal/", gateway.url).href;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await platform?.stop();
});

async function signedIn(agency: string, ...roles: Role[]): Promise<Page> {
  const page = await browser.newPage();
  // Everything but the body is read synchronously, and the body's read cannot reject: a response
  // that arrives as the page closes must not become an unhandled rejection in a shared process.
  page.on("response", async (response) => {
    const request = response.request();
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const clientName = request.headers()["apollographql-client-name"];
    const operationName = (request.postDataJSON() as { operationName?: string }).operationName;
    const status = response.status();
    const body = (await response.json().catch(() => ({}))) as {
      errors?: Array<{ extensions?: { reason?: string } }>;
    };
    exchanges.push({
      clientName,
      operationName,
      status,
      untrusted: body.errors?.some((error) => error.extensions?.reason === "UNTRUSTED_DOCUMENT") ?? false,
    });
  });
  await signIn(page, portalUrl, agency, roles);
  return page;
}

async function open(page: Page, route: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${portalUrl}#${route}`);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** Waits until the portal's operation has been answered: a page left sooner may cancel its request. */
async function answered(operationName: string): Promise<void> {
  await expect
    .poll(() => exchanges.some((e) => e.operationName === operationName && e.clientName === PORTAL_CLIENT_NAME), {
      message: operationName,
      timeout: 10_000,
    })
    .toBe(true);
}

describe("the portal under TRUSTED_DOCUMENTS=require", () => {
  it("sends only registered operations, named as the portal, on every section's pages", async () => {
    const police = await platform.as("WMP", Role.CASEWORKER);
    const concern = await police.query<{ concerns: { nodes: Array<{ id: string }> } }>(
      `{ concerns(first: 1, filter: { reference: "SHOP-2020-0039" }) { nodes { id } } }`,
    );
    const concernId = concern.data!.concerns.nodes[0]!.id;

    const page = await signedIn("SMBC", Role.COORDINATOR, Role.AUDITOR);
    await open(page, "/dashboard", "Dashboard");
    await answered("PortalDashboard");
    await open(page, "/cases", "Cases");
    await answered("PortalConcerns");
    await open(page, "/training", "Training");
    await answered("PortalTraining");
    await open(page, "/procurement", "Procurement");
    await answered("PortalSuppliers");
    await page.locator('a[href*="/procurement/suppliers/"]').first().click();
    await answered("PortalSupplier");
    await open(page, "/governance", "Governance");
    await expect.poll(() => page.getByTestId("audit-log").count()).toBe(1);
    for (const source of ["governance", "training", "procurement", "cases"]) {
      await page.getByLabel("Records of").selectOption(source);
      await answered(`Portal${source.charAt(0).toUpperCase()}${source.slice(1)}Audit`);
    }
    await open(page, "/annual-report", /annual report/);
    await page.getByRole("img", { name: "Concerns by area" }).waitFor();
    await open(page, "/record-of-processing", /Record of processing/);
    await page.locator("section.rop-category").first().waitFor();
    await page.close();

    // A write, too: a caseworker records a visit.
    const caseworker = await signedIn("WMP", Role.CASEWORKER);
    await open(caseworker, `/cases/${concernId}`, "Concern SHOP-2020-0039");
    await caseworker.getByRole("button", { name: "Record a visit" }).click();
    const form = caseworker.getByRole("form", { name: "Record a visit" });
    await form.getByLabel("Visited on").fill("2020-03-21");
    await form.getByLabel("Agencies present").selectOption([{ label: "West Midlands Police" }]);
    await form.getByLabel("Notes").fill("Visit under trusted documents.");
    await form.getByRole("button", { name: "Save visit" }).click();
    await expect
      .poll(() => caseworker.getByRole("region", { name: "Visits and interventions" }).textContent())
      .toContain("Visit under trusted documents.");
    await caseworker.close();

    const named = [
      ...["PortalDashboard", "PortalConcerns", "PortalConcern", "PortalTraining", "PortalSuppliers"],
      ...["PortalSupplier", "PortalAgreements", "PortalAnnualReport", "PortalRecordOfProcessing", "PortalRecordVisit"],
    ];
    const asPortal = () => exchanges.filter((e) => e.clientName === PORTAL_CLIENT_NAME);
    // Every section's reads and a write went through the trusted check as the portal's, and were answered.
    await expect
      .poll(() => named.filter((name) => !asPortal().some((e) => e.operationName === name)), { timeout: 10_000 })
      .toEqual([]);
    expect(exchanges.filter((e) => e.untrusted)).toEqual([]);
    expect(asPortal().filter((e) => e.status !== 200)).toEqual([]);
  });
});
