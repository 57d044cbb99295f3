import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Role } from "@partnership/runtime";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_TODAY, type TestPlatform } from "../../platform/test/support/platform.js";
import { type Browser, SCREENSHOT_DIR, screenshot, signIn } from "./support/browser.js";
import { startPortal } from "./support/portal.js";

const PERIOD_END = "2020-03-31";
const MARKING = "OFFICIAL-SENSITIVE";

/** The report's "state" figures as GraphQL answers them on a day. */
const STATE = `query($id: ID!, $asOf: LocalDate!) { partnership(id: $id) {
  trainingStatistics(from: "2019-04-01", to: $asOf) { qualifiedFirstResponders }
  actionPlanSummary(asOf: $asOf) { plan { title } rag { rag count } overdue { title } }
  procurementStatistics(asOf: $asOf) { asOf suppliersByStatementStatus { key count } contractsWithoutClause highRiskWithoutAudit }
} }`;

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

/** The text of each page of a PDF, in reading order. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, " ").trim());
}

/** How the report words an enum value: "NOT_REQUIRED" reads "Not required". */
const words = (key: string) => key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, " ");

const count = (text: string, word: string) => text.split(word).length - 1;

describe("the printed annual report", () => {
  it("prints 2019/20 from page 1, with no blank page, each page numbered and marked, its state as at 31 March 2020", async () => {
    // A contract held since June 2019 with a supplier whose statements all came later: on 31 March
    // 2020 the partnership held it with no statement on record; today that supplier's is compliant.
    const officer = await platform.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const suppliers: any = await officer.query(`{ suppliers(first: 100) { nodes { id statementCheck { status } } } }`);
    const compliant = suppliers.data.suppliers.nodes.find((s: any) => s.statementCheck.status === "COMPLIANT");
    const contract: any = await officer.query(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          supplierId: compliant.id,
          reference: "SMBC-2019-0612",
          department: "Neighbourhoods",
          category: "Fleet vehicle cleaning",
          value: 48_000,
          startDate: "2019-06-01",
          endDate: "2022-05-31",
          modernSlaveryClause: false,
          codeOfConduct: false,
        },
      },
    );
    expect(contract.errors).toBeUndefined();

    const client = await platform.as("SMBC", Role.COORDINATOR);
    const { data }: any = await client.query("{ partnerships(first: 1) { nodes { id } } }");
    const state = async (asOf: string) => {
      const result: any = await client.query(STATE, { id: data.partnerships.nodes[0].id, asOf });
      expect(result.errors).toBeUndefined();
      return result.data.partnership;
    };
    const [then, today] = [await state(PERIOD_END), await state(TEST_TODAY)];
    // The figures the report must show are not today's, so a report showing today's would fail here.
    expect(then.procurementStatistics.suppliersByStatementStatus).not.toEqual(
      today.procurementStatistics.suppliersByStatementStatus,
    );
    expect(then.procurementStatistics.contractsWithoutClause).not.toBe(
      today.procurementStatistics.contractsWithoutClause,
    );
    expect(then.actionPlanSummary).toBeNull();
    expect(today.actionPlanSummary.plan.title).toBeTruthy();

    const page = await browser.newPage();
    await signIn(page, portalUrl, "SMBC", [Role.COORDINATOR]);
    await page.goto(`${portalUrl}#/annual-report`);
    await page.getByRole("heading", { level: 1, name: /annual report/ }).waitFor();
    await page.getByRole("img", { name: "Concerns by area" }).waitFor();
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "40-annual-report-print");
    // The page size and margins are the stylesheet's (@page), as a person's print dialogue takes them.
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    if (SCREENSHOT_DIR) await writeFile(path.join(SCREENSHOT_DIR, "annual-report.pdf"), pdf);
    await page.close();

    const pages = await pageTexts(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThan(1);
    // Content from page 1: the title and the casework's figures beneath it.
    expect(pages[0]).toContain("annual report 1 April 2019 – 31 March 2020");
    expect(pages[0]).toContain("Casework (SHOP)");
    expect(pages[0]).toContain("171 concerns");
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
      // Top and bottom of every page.
      expect(count(text, MARKING), `page ${index + 1}`).toBe(2);
      // No blank page: something besides the marking and the number.
      const content = text
        .replaceAll(MARKING, "")
        .replace(/Page \d+ of \d+/, "")
        .trim();
      expect(content.length, `page ${index + 1} is blank`).toBeGreaterThan(40);
    });

    // Its state as at 31 March 2020, as GraphQL answers for that day, and not today's.
    const report = pages.join(" ");
    expect(report).toContain(
      `Qualified first responders as at 31 March 2020: ${then.trainingStatistics.qualifiedFirstResponders}`,
    );
    expect(count(report, "As at 31 March 2020")).toBe(2);
    const procurement = report.slice(report.indexOf("Procurement As at"), report.indexOf("Governance"));
    for (const { key, count: n } of then.procurementStatistics.suppliersByStatementStatus)
      expect(procurement).toContain(`${words(key)} ${n}`);
    for (const { key, count: n } of today.procurementStatistics.suppliersByStatementStatus)
      if (!then.procurementStatistics.suppliersByStatementStatus.some((s: any) => s.key === key && s.count === n))
        expect(procurement).not.toContain(`${words(key)} ${n}`);
    expect(procurement).toContain(
      `Contracts without a modern slavery clause: ${then.procurementStatistics.contractsWithoutClause}. High-risk suppliers without an audit: ${then.procurementStatistics.highRiskWithoutAudit}.`,
    );
    expect(report).toContain("No action plan was in force on 31 March 2020.");
    expect(report).not.toContain(today.actionPlanSummary.plan.title);
  });
});
