import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { demoAgencyId } from "@partnership/governance";
import { Role } from "@partnership/runtime";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Client } from "../../platform/test/support/platform.js";
import { registryFile, registryRow } from "../../platform/test/support/registry-file.js";
import { screenshot } from "./support/browser.js";
import { openRoute, type Portal, signedInPage, startPortal } from "./support/portal.js";

/**
 * A procurement officer's day, through the portal only: a new supplier added and corrected, its
 * statement entered by hand, a contract, an assessment and an audit recorded, the audit's
 * corrective action signed off, and the registry's file (several megabytes) streamed in with its
 * progress shown. Each step is checked through GraphQL and in the database.
 */

let portal: Portal;
let page: Page;
let officer: Client;
let folder: string;
const COMPANY = "09876543";
const NAME = "Dudley Road Hand Car Wash Ltd";
const OFFICER_AGENCY = demoAgencyId("SMBC-PROC");

beforeAll(async () => {
  portal = await startPortal();
  page = await signedInPage(portal, "SMBC-PROC", [Role.PROCUREMENT_OFFICER]);
  officer = await portal.platform.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
  folder = await mkdtemp(path.join(tmpdir(), "registry-"));
}, 120_000);

afterAll(async () => {
  await portal?.browser.close();
  await portal?.platform.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Waits until the element holds this text (the page answers asynchronously). */
const shows = (locator: Locator, text: string) => locator.filter({ hasText: text }).first().waitFor();

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  portal.platform.database.query<T>(text, params);

async function supplierNow(id: string) {
  const result = await officer.query(
    `query($id: ID!) { supplier(id: $id) { name companyNumber turnoverBand website workforceTraits
      statementCheck { required } statements { periodEnd url source areas signedByDirector }
      assessments { score outcome agencyId } audits { auditor agencyId findings { severity open actions { id status completedOn } } } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.supplier;
}

it("does a procurement officer's whole day in the portal", { timeout: 180_000 }, async () => {
  // 1. A new supplier, from the procurement page.
  await openRoute(portal, page, "/procurement", "Procurement");
  await page.getByRole("button", { name: "Add a supplier" }).click();
  await page.getByLabel("Registered name").fill(NAME);
  await page.getByLabel("Company number", { exact: true }).fill("9876543");
  await page.getByLabel("Sector").selectOption("CAR_WASH");
  await page.getByLabel("Annual turnover").selectOption("UNDER_36M");
  await page.getByRole("checkbox", { name: "Migrant workers" }).check();
  await screenshot(page, "65-add-supplier");
  await page.getByRole("button", { name: "Add the supplier" }).click();
  await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
  await shows(page.getByRole("status"), `${NAME} added to the suppliers`);
  const id = decodeURIComponent(page.url().split("/suppliers/")[1]!);
  const [added] = await sql(
    `SELECT name, company_number, sector, workforce_traits FROM procurement.supplier WHERE id = $1`,
    [id],
  );
  // The leading zero the person left out is put back.
  expect(added).toEqual({
    name: NAME,
    company_number: COMPANY,
    sector: "CAR_WASH",
    workforce_traits: ["MIGRANT_WORKERS"],
  });
  expect(await supplierNow(id)).toMatchObject({ companyNumber: COMPANY, statementCheck: { required: false } });

  // 2. Its turnover was wrong: corrected, and now it must publish a statement.
  await page.getByRole("button", { name: "Change the details" }).click();
  await page.getByLabel("Annual turnover").selectOption("FROM_36M_TO_60M");
  await page.getByLabel("Website (optional)").fill("https://dudley-road-wash.example.com");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await shows(page.getByRole("status"), "details are saved");
  await page.getByText("turnover £36 million to £60 million", { exact: false }).waitFor();
  expect(await supplierNow(id)).toMatchObject({
    turnoverBand: "FROM_36M_TO_60M",
    website: "https://dudley-road-wash.example.com",
    statementCheck: { required: true },
  });
  expect(await sql(`SELECT turnover_band, website FROM procurement.supplier WHERE id = $1`, [id])).toEqual([
    { turnover_band: "FROM_36M_TO_60M", website: "https://dudley-road-wash.example.com" },
  ]);

  // 3. Its statement, entered by hand from its website.
  await page.getByRole("button", { name: "Record a statement" }).click();
  await page.getByLabel("Financial year starts").fill("2025-04-01");
  await page.getByLabel("Financial year ends").fill("2026-03-31");
  await page.getByLabel("Where it is published").fill("https://dudley-road-wash.example.com/msa");
  await page.getByLabel("Approved by the board on (optional)").fill("2026-06-30");
  await page.getByLabel("Signed by (optional)").fill("P. Singh");
  await page.getByLabel("Signed by a director").check();
  for (const area of ["Policies", "Due diligence", "Risk assessment"])
    await page.getByRole("checkbox", { name: area, exact: true }).check();
  await screenshot(page, "66-record-statement");
  await page.getByRole("button", { name: "Record the statement" }).click();
  await shows(page.getByRole("status"), "Statement for the year to 31 March 2026 recorded");
  await shows(page.getByRole("region", { name: "Statements" }), "entered by hand");
  expect((await supplierNow(id)).statements).toEqual([
    {
      periodEnd: "2026-03-31",
      url: "https://dudley-road-wash.example.com/msa",
      source: "MANUAL",
      areas: ["POLICIES", "DUE_DILIGENCE", "RISK_ASSESSMENT"],
      signedByDirector: true,
    },
  ]);
  expect(
    await sql(`SELECT signed_by, source FROM procurement.modern_slavery_statement WHERE supplier_id = $1`, [id]),
  ).toEqual([{ signed_by: "P. Singh", source: "MANUAL" }]);

  // 4. The council's contract with it.
  await page.getByRole("button", { name: "Add a contract" }).click();
  await page.getByLabel("Contract reference").fill("SMBC-2026-0201");
  await page.getByLabel("Department").fill("Fleet Services");
  await page.getByLabel("What is bought").fill("Pool car valeting");
  await page.getByLabel("Total value (£)").fill("36000");
  await page.getByLabel("Starts on").fill("2026-12-01");
  await page.getByLabel("Ends on").fill("2027-11-30");
  await page.getByRole("button", { name: "Add the contract" }).click();
  await page.getByRole("status").filter({ hasText: "Contract SMBC-2026-0201 added" }).waitFor();
  await shows(page.getByRole("region", { name: "Contracts" }), "£36,000");
  const contracts = await officer.query(
    `query($id: ID!) { contracts(filter: { supplierId: $id }, first: 5) { nodes { reference value modernSlaveryClause } } }`,
    { id },
  );
  expect(contracts.data!.contracts.nodes).toEqual([
    { reference: "SMBC-2026-0201", value: 36000, modernSlaveryClause: true },
  ]);
  expect(await sql(`SELECT reference, agency_id FROM procurement.contract WHERE supplier_id = $1`, [id])).toEqual([
    { reference: "SMBC-2026-0201", agency_id: OFFICER_AGENCY },
  ]);

  // 5. Its due-diligence questionnaire, assessed.
  await page.getByRole("button", { name: "Record an assessment" }).click();
  await page.getByLabel("Questionnaire score").fill("55");
  await page.getByLabel("Conclusion").selectOption("NEEDS_IMPROVEMENT");
  await page.getByLabel("Notes (optional)").fill("No right-to-work checks for agency staff.");
  await page.getByRole("button", { name: "Record the assessment" }).click();
  await page.getByRole("status").filter({ hasText: "Assessment recorded" }).waitFor();
  await page.getByText("score 55 of 100, needs improvement").waitFor();
  expect((await supplierNow(id)).assessments).toEqual([
    { score: 55, outcome: "NEEDS_IMPROVEMENT", agencyId: OFFICER_AGENCY },
  ]);
  expect(
    await sql(`SELECT score, assessed_on::text AS on FROM procurement.assessment WHERE supplier_id = $1`, [id]),
  ).toEqual([{ score: 55, on: "2026-12-11" }]);

  // 6. A site visit found wages withheld: an audit with its finding and the action agreed.
  await page.getByRole("button", { name: "Record an audit" }).click();
  await page.getByLabel("Auditor").fill("SMBC Procurement with GLAA");
  await page.getByRole("button", { name: "Add a finding" }).click();
  await page.getByLabel("How serious").selectOption("HIGH");
  await page.getByLabel("What was found").fill("Two workers' wages paid into one account held by the manager.");
  await page.getByLabel("What the supplier must do (optional)").fill("Pay each worker into their own account.");
  await page.getByLabel("Due by").fill("2027-01-31");
  await screenshot(page, "67-record-audit");
  await page.getByRole("button", { name: "Record the audit" }).click();
  await page.getByRole("status").filter({ hasText: "Audit recorded" }).waitFor();
  await page.getByRole("heading", { name: "Site visit on 11 December 2026 by SMBC Procurement with GLAA" }).waitFor();
  const audited = await supplierNow(id);
  expect(audited.audits).toEqual([
    {
      auditor: "SMBC Procurement with GLAA",
      agencyId: OFFICER_AGENCY,
      findings: [
        { severity: "HIGH", open: true, actions: [{ id: expect.any(String), status: "OPEN", completedOn: null }] },
      ],
    },
  ]);
  const actionId = audited.audits[0].findings[0].actions[0].id as string;

  // 7. The supplier has put it right: the action is signed off, after confirming.
  await page.getByLabel("Move it to").selectOption("DONE");
  await page.getByRole("button", { name: "Update the action" }).click();
  await page.getByRole("alertdialog").waitFor();
  await screenshot(page, "68-confirm-action-done");
  await page.getByRole("button", { name: "Yes, it is done" }).click();
  await page.getByRole("status").filter({ hasText: "Corrective action updated" }).waitFor();
  await page.getByText("(closed)").waitFor();
  expect((await supplierNow(id)).audits[0].findings[0]).toMatchObject({
    open: false,
    actions: [{ status: "DONE", completedOn: "2026-12-11" }],
  });
  expect(
    await sql(`SELECT status, completed_on::text AS done FROM procurement.corrective_action WHERE id = $1`, [actionId]),
  ).toEqual([{ status: "DONE", done: "2026-12-11" }]);

  // 8. The registry's export, several megabytes, streamed in with its progress shown.
  const period = { start: "2025-04-01", end: "2026-03-31", approved: "2026-07-15" };
  const file = registryFile(
    6_000_000,
    [
      registryRow(COMPANY, NAME, period.start, period.end, period.approved),
      registryRow("90000105", "Midland Civic Construction Ltd", period.start, period.end, period.approved),
    ],
    period,
  );
  const csvPath = path.join(folder, "statement-summary.csv");
  await pipeline(file.stream(), createWriteStream(csvPath));
  const size = (await stat(csvPath)).size;
  expect(size).toBeGreaterThan(5_000_000);
  await openRoute(portal, page, "/procurement", "Procurement");
  await page.getByLabel("Statement-summary CSV file").setInputFiles(csvPath);
  // A slow office line, so the progress is there to be seen: 2 MB a second up.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 2_000_000,
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  const progress = page.getByRole("progressbar", { name: /^Sending/ });
  await progress.waitFor();
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.getByTestId("registry-report").waitFor({ timeout: 60_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const report = page.getByTestId("registry-report");
  const rows = file.lines - 1;
  await shows(report, `${rows.toLocaleString("en-GB")} rows read: 2 matched`);
  await shows(report, `${(rows - 3).toLocaleString("en-GB")} unknown companies, 1 rejected`);
  await shows(report, `Line 2: ${NAME} (${COMPANY}) updated`);
  await shows(report, "Line 4: StatementEndDate");
  // The file chosen and its report, together on the screen.
  await page
    .getByRole("heading", { name: "Import the registry's statement CSV" })
    .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
  await screenshot(page, "69-registry-import-report");
  const statement = (await supplierNow(id)).statements[0];
  expect(statement).toMatchObject({
    periodEnd: "2026-03-31",
    url: `https://${COMPANY}.example.com/modern-slavery-statement`,
    source: "REGISTRY",
  });
  expect(
    await sql(
      `SELECT st.source, st.approved_on::text AS approved FROM procurement.modern_slavery_statement st
        JOIN procurement.supplier s ON s.id = st.supplier_id WHERE s.company_number = ANY($1) ORDER BY s.company_number`,
      [[COMPANY, "90000105"]],
    ),
  ).toEqual([
    { source: "REGISTRY", approved: "2026-07-15" },
    { source: "REGISTRY", approved: "2026-07-15" },
  ]);
});
