import { Readable } from "node:stream";
import { dueDate, importRegistryCsv, latestYearEndBefore, procurement } from "@partnership/procurement";
import { addMonthsKeepingMonthEnd, createLogger, demoAgencyId, openDataSource, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSeedOf } from "../../src/demo-seeds.js";
import { type Client, startTestPlatform, TEST_TODAY, testClock, type TestPlatform } from "../support/platform.js";

const TODAY = TEST_TODAY;
const LATEST_END = latestYearEndBefore("03-31", TODAY);
/** The year end whose statement is expected now (the demo data is built around it). */
const EXPECTED_END = TODAY <= dueDate(LATEST_END) ? addMonthsKeepingMonthEnd(LATEST_END, -12) : LATEST_END;
const EXPECTED_START = `${Number(EXPECTED_END.slice(0, 4)) - 1}-04-01`;
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const SUPPLIERS = `query($filter: SupplierFilter) { suppliers(first: 100, filter: $filter) { totalCount nodes {
  id name companyNumber sector highRiskSector turnoverBand
  statementCheck { required status score nextDueDate checkedPeriodEnd findings { code level reason penalty } }
  risk { rating points includesIntelligence factors { factor points reason } }
} } }`;

describe("procurement through the gateway", () => {
  let t: TestPlatform;
  let officer: Client;

  const bySupplier = async () => {
    const result: any = await officer.query(SUPPLIERS);
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(result.data.suppliers.nodes.map((s: any) => [s.companyNumber, s]));
  };
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM procurement.${table}`))[0]!.n);

  beforeAll(async () => {
    t = await startTestPlatform();
    officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("answers the daily question for the demo suppliers: statements from compliant to missing, with reasons", async () => {
    const s = await bySupplier();
    expect(Object.keys(s)).toHaveLength(9);
    expect(s["90000105"].statementCheck).toMatchObject({
      required: true,
      status: "COMPLIANT",
      score: 100,
      findings: [],
      checkedPeriodEnd: EXPECTED_END,
      nextDueDate: dueDate(addMonthsKeepingMonthEnd(EXPECTED_END, 12)),
    });
    expect(s["90000103"].statementCheck.status).toBe("PARTIAL");
    expect(s["90000103"].statementCheck.findings.map((f: any) => f.reason)).toEqual([
      "not approved by the board",
      "covers 3 of the 6 recommended areas: missing due diligence, KPIs and training",
      "not submitted to the government's modern slavery statement registry",
    ]);
    expect(s["90000103"].statementCheck.score).toBe(55);
    expect(s["90000108"].statementCheck.findings.map((f: any) => f.reason)).toEqual([
      "signed by R. Kaur (Head of Procurement), who is not a director",
      "published 8 months after the financial year end (recommended: within 6)",
    ]);
    expect(s["90000109"].statementCheck.findings.map((f: any) => f.code)).toEqual(["NOT_LINKED_FROM_HOME_PAGE"]);
    expect(s["90000102"].statementCheck).toMatchObject({
      status: "MISSING",
      score: 0,
      nextDueDate: dueDate(EXPECTED_END),
    });
    expect(s["90000102"].statementCheck.findings[0].reason).toMatch(/^no modern slavery statement on record; /);
    expect(s["90000104"].statementCheck.status).toBe("OVERDUE");
    expect(s["90000104"].statementCheck.findings[0].reason).toContain(
      `the latest on record is for the year ending ${addMonthsKeepingMonthEnd(EXPECTED_END, -12)}`,
    );
    expect(s["90000101"].statementCheck).toMatchObject({ required: false, status: "NOT_REQUIRED", score: null });

    // The car wash: not required to publish, but high risk from its sector and workforce.
    expect(s["90000101"].highRiskSector).toBe(true);
    expect(s["90000101"].risk).toEqual({
      rating: "HIGH",
      points: 6,
      includesIntelligence: false,
      factors: [
        { factor: "SECTOR", points: 3, reason: "works in a high-risk sector (car wash)" },
        {
          factor: "WORKFORCE",
          points: 3,
          reason: "workforce relies on agency labour, migrant workers and low-skilled work",
        },
      ],
    });
    // The food packers' open high-severity finding counts towards their rating with commercial
    // records, which the auditing agency (this officer's) sees; never towards the public one.
    const packers: any = await officer.query(
      `{ supplierByCompanyNumber(companyNumber: "90000103") { risk {
          commercialScope commercialFactors { factor points reason } pointsWithCommercial } } }`,
    );
    expect(packers.errors).toBeUndefined();
    const commercial = packers.data.supplierByCompanyNumber.risk;
    expect(commercial.commercialScope).toBe("OWN_AGENCY");
    expect(commercial.commercialFactors).toContainEqual({
      factor: "AUDIT",
      points: 2,
      reason: "1 open high-severity audit finding",
    });
    expect(s["90000103"].risk.factors.map((f: any) => f.factor)).not.toContain("AUDIT");
    expect(commercial.pointsWithCommercial).toBe(
      s["90000103"].risk.points + commercial.commercialFactors.reduce((sum: number, f: any) => sum + f.points, 0),
    );
    expect(s["OC900107"].risk).toMatchObject({ rating: "LOW", points: 0 });
  });

  it("loads the demo data once: seeding again adds nothing", async () => {
    const dataSource = await openDataSource({
      url: t.database.url,
      schema: procurement.databaseSchema,
      entities: procurement.entities,
      migrations: procurement.migrations,
      poolSize: 1,
      applicationName: "procurement-seed-test",
    });
    try {
      const before = [await count("supplier"), await count("contract"), await count("audit_finding")];
      await demoSeedOf("procurement")(dataSource, createLogger("seed-test", "silent"), testClock);
      expect([await count("supplier"), await count("contract"), await count("audit_finding")]).toEqual(before);
    } finally {
      await dataSource.destroy();
    }
  });

  it("filters suppliers by today's statement status and risk, and finds one by company number", async () => {
    const missing: any = await officer.query(SUPPLIERS, { filter: { statementStatus: "MISSING" } });
    expect(missing.data.suppliers.nodes.map((n: any) => n.companyNumber)).toEqual(["90000102"]);
    const high: any = await officer.query(SUPPLIERS, { filter: { riskRating: "HIGH" } });
    for (const node of high.data.suppliers.nodes) expect(node.risk.rating).toBe("HIGH");
    expect(high.data.suppliers.totalCount).toBeGreaterThan(1);
    const one: any = await officer.query('{ supplierByCompanyNumber(companyNumber: "90000105") { name } }');
    expect(one.data.supplierByCompanyNumber.name).toBe("Midland Civic Construction Ltd");
  });

  it("computes the statistics in the database, agreeing with the rows", async () => {
    const result: any = await officer.query(`{ procurementStatistics {
      suppliersByStatementStatus { key count } suppliersByRiskRating { key count }
      suppliersByStatusAndRisk { statementStatus riskRating count }
      contractsWithoutClause contractsWithoutCodeOfConduct highRiskWithoutAudit overdueCorrectiveActions
      riskIncludesCommercial } }`);
    expect(result.errors).toBeUndefined();
    const stats = result.data.procurementStatistics;
    // The demo's agreements grant COMMERCIAL to no one: the figures count the public rating.
    expect(stats.riskIncludesCommercial).toBe(false);
    expect(Object.fromEntries(stats.suppliersByStatementStatus.map((r: any) => [r.key, r.count]))).toEqual({
      COMPLIANT: 2,
      MISSING: 1,
      NOT_REQUIRED: 2,
      OVERDUE: 1,
      PARTIAL: 3,
    });
    const s = await bySupplier();
    const highRisk = Object.values(s).filter((x: any) => x.risk.rating === "HIGH");
    expect(stats.suppliersByRiskRating.find((r: any) => r.key === "HIGH").count).toBe(highRisk.length);
    expect(stats.suppliersByStatusAndRisk.reduce((sum: number, r: any) => sum + r.count, 0)).toBe(9);
    expect(stats.contractsWithoutClause).toBe(3);
    expect(stats.contractsWithoutCodeOfConduct).toBe(3);
    // Only the food packers have been audited.
    const audited = highRisk.filter((x: any) => x.companyNumber === "90000103").length;
    expect(stats.highRiskWithoutAudit).toBe(highRisk.length - audited);
    expect(stats.overdueCorrectiveActions).toBe(1);
  });

  it("shows contract values and audit findings (COMMERCIAL) to the agency that owns them, and to no one else without an agreement", async () => {
    const query = `{ contracts(first: 100) { nodes { reference agencyId value } }
      audits(first: 10) { nodes { agencyId findings { description severity open actions { overdue } } } } }`;
    const own: any = await officer.query(query);
    expect(own.errors).toBeUndefined();
    expect(own.data.contracts.nodes).toContainEqual({
      reference: "SMBC-2024-0105",
      agencyId: demoAgencyId("SMBC-PROC"),
      value: 18_500_000,
    });
    expect(own.data.audits.nodes[0].findings.map((f: any) => f.severity).sort()).toEqual(["HIGH", "MEDIUM"]);

    const ngo = await t.as("HFJ", Role.CASEWORKER);
    const other: any = await ngo.query(query);
    expect(other.data.contracts.nodes.every((n: any) => n.value === null && n.reference)).toBe(true);
    expect(other.data.audits.nodes[0].findings.every((f: any) => f.description === null && f.severity === null)).toBe(
      true,
    );
    expect(other.errors.length).toBe(9 + 4);
    for (const error of other.errors)
      expect(error.extensions).toMatchObject({ code: "FORBIDDEN_BY_SHARING_AGREEMENT", category: "COMMERCIAL" });
  });

  it("adds a supplier, records its statement and re-checks it at once; refuses bad input naming the field, writing nothing", async () => {
    const created: any = await officer.query(
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id companyNumber statementCheck { status } risk { rating } } }`,
      {
        input: {
          name: "Great Bridge Laundry Services Ltd",
          companyNumber: "1234567",
          sector: "CLEANING",
          turnoverBand: "FROM_36M_TO_60M",
          workforceTraits: ["AGENCY_LABOUR"],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const supplier = created.data.createSupplier;
    expect(supplier).toMatchObject({
      companyNumber: "01234567",
      statementCheck: { status: "MISSING" },
      risk: { rating: "HIGH" },
    });

    const statement = {
      supplierId: supplier.id,
      periodStart: EXPECTED_START,
      periodEnd: EXPECTED_END,
      url: "https://great-bridge-laundry.example.com/msa",
      publishedOn: addMonthsKeepingMonthEnd(EXPECTED_END, 2),
      approvedOn: addMonthsKeepingMonthEnd(EXPECTED_END, 1),
      signedBy: "M. Adeyemi",
      signerRole: "Director",
      signedByDirector: true,
      linkedFromHomePage: true,
      submittedToRegistry: true,
      areas: ["STRUCTURE_AND_SUPPLY_CHAINS", "POLICIES", "DUE_DILIGENCE", "RISK_ASSESSMENT", "KPIS", "TRAINING"],
    };
    const RECORD = `mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id periodEnd } }`;
    expect((await officer.query(RECORD, { input: statement })).errors).toBeUndefined();
    const after: any = await officer.query(
      `query($id: ID!) { supplier(id: $id) { statementCheck { status score } risk { rating } statements { periodEnd } } }`,
      { id: supplier.id },
    );
    expect(after.data.supplier).toEqual({
      statementCheck: { status: "COMPLIANT", score: 100 },
      risk: { rating: "MEDIUM" },
      statements: [{ periodEnd: EXPECTED_END }],
    });

    const before = { suppliers: await count("supplier"), statements: await count("modern_slavery_statement") };
    const bad: Array<[string, Record<string, unknown>, string]> = [
      [RECORD, { ...statement, periodEnd: EXPECTED_START }, "input.periodEnd"],
      [RECORD, { ...statement, url: "ftp://nope" }, "input.url"],
      [RECORD, { ...statement, periodStart: addMonthsKeepingMonthEnd(EXPECTED_END, -24) }, "input.periodEnd"],
      [RECORD, { ...statement, supplierId: "00000000-0000-4000-8000-000000000000" }, "input.supplierId"],
      [RECORD, { ...statement, signedBy: null }, "input.signedBy"],
    ];
    for (const [mutation, input, field] of bad) {
      const result: any = await officer.query(mutation, { input });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const duplicate: any = await officer.query(
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      { input: { name: "Copy", companyNumber: "01234567", sector: "OTHER", turnoverBand: "UNKNOWN" } },
    );
    expect(duplicate.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.companyNumber" });
    const badNumber: any = await officer.query(
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      { input: { name: "Bad", companyNumber: "12-34", sector: "OTHER", turnoverBand: "UNKNOWN" } },
    );
    expect(badNumber.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.companyNumber" });
    expect({ suppliers: await count("supplier"), statements: await count("modern_slavery_statement") }).toEqual(before);

    const caseworker = await t.as("SMBC", Role.CASEWORKER);
    const refused: any = await caseworker.query(
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      { input: { name: "Someone", companyNumber: "76543210", sector: "OTHER", turnoverBand: "UNKNOWN" } },
    );
    expect(refused.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("records an audit with findings and actions in one go; overdue actions are listed; a finding closes when its actions are done", async () => {
    const s = await bySupplier();
    const wasteId = s["90000102"].id;
    const recorded: any = await officer.query(
      `mutation($input: RecordAuditInput!) { recordAudit(input: $input) { id kind findings { id open severity actions { id status overdue } } } }`,
      {
        input: {
          supplierId: wasteId,
          kind: "WORKER_INTERVIEWS",
          auditedOn: addMonthsKeepingMonthEnd(TODAY, -2),
          auditor: "SMBC Procurement",
          findings: [
            {
              severity: "CRITICAL",
              description: "Workers said their passports are held by the labour provider.",
              actions: [
                {
                  description: "Return every document and refer to the partnership",
                  dueOn: addMonthsKeepingMonthEnd(TODAY, -1),
                },
              ],
            },
          ],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const finding = recorded.data.recordAudit.findings[0];
    expect(finding).toMatchObject({ open: true, severity: "CRITICAL", actions: [{ status: "OPEN", overdue: true }] });

    const risk: any = await officer.query(
      `query($id: ID!) { supplier(id: $id) { risk { factors { factor } commercialFactors { factor points reason } } } }`,
      {
        id: wasteId,
      },
    );
    expect(risk.data.supplier.risk.factors).not.toContainEqual({ factor: "AUDIT" });
    expect(risk.data.supplier.risk.commercialFactors).toContainEqual({
      factor: "AUDIT",
      points: 4,
      reason: "1 open critical audit finding",
    });

    const overdue: any = await officer.query(
      "{ overdueCorrectiveActions(first: 10) { totalCount nodes { id dueOn overdue supplier { name } } } }",
    );
    expect(overdue.data.overdueCorrectiveActions.totalCount).toBe(2);
    expect(overdue.data.overdueCorrectiveActions.nodes.map((n: any) => n.supplier.name).sort()).toEqual([
      "Black Country Food Packers Ltd",
      "Tipton Waste and Recycling Services Ltd",
    ]);

    const done: any = await officer.query(
      `mutation($input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(input: $input) { status completedOn overdue } }`,
      { input: { actionId: finding.actions[0].id, status: "DONE" } },
    );
    expect(done.data.updateCorrectiveAction).toEqual({ status: "DONE", completedOn: TODAY, overdue: false });
    const closed = await t.database.query<{ open: boolean }>(
      "SELECT open FROM procurement.audit_finding WHERE id = $1",
      [finding.id],
    );
    expect(closed[0]!.open).toBe(false);

    const before = await count("audit");
    const bad: any = await officer.query(`mutation($input: RecordAuditInput!) { recordAudit(input: $input) { id } }`, {
      input: {
        supplierId: wasteId,
        kind: "SITE_VISIT",
        auditedOn: addMonthsKeepingMonthEnd(TODAY, -1),
        auditor: "X Y",
        findings: [
          {
            severity: "LOW",
            description: "Late paperwork",
            actions: [{ description: "Fix it", dueOn: addMonthsKeepingMonthEnd(TODAY, -3) }],
          },
        ],
      },
    });
    expect(bad.errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.findings[0].actions[0].dueOn",
    });
    expect(await count("audit")).toBe(before);
  });

  describe("importing the government registry's statement summary", () => {
    const HEADER =
      "StatementYear,OrganisationName,CompanyNumber,StatementURL,StatementStartDate,StatementEndDate,DateApproved,ApprovingPerson,StatementIncludesOrgStructure,StatementIncludesPolicies,StatementIncludesRisksAssessment,StatementIncludesDueDiligence,StatementIncludesTraining,StatementIncludesGoals,OrganisationSectors,Turnover";
    const year = EXPECTED_END.slice(0, 4);
    const start = EXPECTED_START;
    const end = EXPECTED_END;
    const approved = addMonthsKeepingMonthEnd(EXPECTED_END, 2);
    const IMPORT = `mutation($csv: String!) { importRegistryStatements(csv: $csv) {
      rowsRead matched created updated unchanged unmatched rejected
      changes { line companyNumber supplierName periodEnd action changedFields }
      unmatchedRows { line companyNumber organisationName }
      rejections { line companyNumber reason } } }`;

    it("matches by company number, adds and updates statements, and reports unknown and bad rows with reasons", async () => {
      const csv = [
        HEADER,
        // line 2–3: a quoted name across two lines; the waste company had no statement
        `${year},"Tipton Waste and\nRecycling Services Ltd",90000102,https://tipton-recycling.example.com/msa,${start},${end},${approved},"K. Patel, Director",True,True,True,True,True,True,Waste,"£60 million - £100 million"`,
        // line 4: the construction company's statement, at a new address, dates as dd/mm/yyyy
        `${year},Midland Civic Construction Ltd,90000105,https://midland-civic.example.com/new-msa,${ukDate(start)},${ukDate(end)},${ukDate(approved)},J. Whitehouse,True,True,True,True,True,True,Construction,Over £500 million`,
        // line 5: not one of our suppliers
        `${year},Elsewhere Holdings plc,12345678,https://elsewhere.example.com/msa,${start},${end},${approved},A. Person,True,True,True,True,True,True,Retail,Over £500 million`,
        // line 6: impossible date
        `${year},Smethwick Care Homes Ltd,90000108,https://smethwick-care.example.com/msa,${start},31/13/${year},${approved},R. Kaur,True,True,True,True,True,True,Care,£36 million - £60 million`,
        // line 7: no URL
        `${year},Smethwick Care Homes Ltd,90000108,see our website,${start},${end},${approved},R. Kaur,True,True,True,True,True,True,Care,£36 million - £60 million`,
        // line 8: too few fields
        `${year},Short Row Ltd,90000106`,
        // line 9: no company number
        `${year},No Number Ltd,,https://no-number.example.com,${start},${end},${approved},A. Person,True,True,True,True,True,True,Retail,Under £36 million`,
        // line 10: a yes/no column that is neither
        `${year},Smethwick Care Homes Ltd,90000108,https://smethwick-care.example.com/msa,${start},${end},${approved},R. Kaur,maybe,True,True,True,True,True,Care,£36 million - £60 million`,
        // line 11–13: sectors quoted across three lines; the care company's statement, now covering fewer areas
        `${year},Smethwick Care Homes Ltd,90000108,https://smethwick-care.example.com/modern-slavery-statement-${year},${start},${end},${approved},R. Kaur,True,True,False,False,True,True,"Health\nSocial care\nHousing",£36 million - £60 million`,
      ].join("\r\n");
      const statementsBefore = await count("modern_slavery_statement");

      const result: any = await officer.query(IMPORT, { csv });
      expect(result.errors).toBeUndefined();
      const report = result.data.importRegistryStatements;
      expect(report).toMatchObject({
        rowsRead: 9,
        matched: 3,
        created: 1,
        updated: 2,
        unchanged: 0,
        unmatched: 1,
        rejected: 5,
      });
      expect(report.unmatchedRows).toEqual([
        { line: 5, companyNumber: "12345678", organisationName: "Elsewhere Holdings plc" },
      ]);
      expect(report.rejections).toEqual([
        { line: 6, companyNumber: "90000108", reason: `StatementEndDate '31/13/${year}' is not a date` },
        { line: 7, companyNumber: "90000108", reason: "StatementURL 'see our website' is not an http(s) address" },
        { line: 8, companyNumber: null, reason: "has 3 fields; the header has 16" },
        { line: 9, companyNumber: null, reason: "no company number, so it cannot be matched to a supplier" },
        {
          line: 10,
          companyNumber: "90000108",
          reason: "StatementIncludesOrgStructure 'maybe' is neither true nor false",
        },
      ]);
      const changes = Object.fromEntries(report.changes.map((c: any) => [c.companyNumber, c]));
      expect(changes["90000102"]).toMatchObject({
        line: 2,
        supplierName: "Tipton Waste and Recycling Services Ltd",
        periodEnd: end,
        action: "CREATED",
      });
      expect(changes["90000105"]).toMatchObject({ line: 4, action: "UPDATED" });
      expect(changes["90000105"].changedFields).toEqual(expect.arrayContaining(["url", "registryYear"]));
      expect(changes["90000108"]).toMatchObject({ line: 11, action: "UPDATED" });
      expect(changes["90000108"].changedFields).toEqual(expect.arrayContaining(["areas", "registryYear"]));
      expect(await count("modern_slavery_statement")).toBe(statementsBefore + 1);

      // The statement check sees the imported statements at once.
      const s = await bySupplier();
      expect(s["90000102"].statementCheck.status).toBe("PARTIAL");
      expect(s["90000102"].statementCheck.findings.map((f: any) => f.reason)).toEqual([
        "signed by K. Patel, Director, who is not a director",
        "no prominent link to it on the home page",
      ]);
      expect(s["90000108"].statementCheck.findings.map((f: any) => f.reason)).toContain(
        "covers 4 of the 6 recommended areas: missing due diligence and risk assessment",
      );
      const stored = await t.database.query<{ url: string; source: string }>(
        "SELECT s.url, s.source FROM procurement.modern_slavery_statement s JOIN procurement.supplier p ON p.id = s.supplier_id WHERE p.company_number = '90000105' AND s.period_end = $1",
        [end],
      );
      expect(stored).toEqual([{ url: "https://midland-civic.example.com/new-msa", source: "REGISTRY" }]);

      // Importing the same file again changes nothing.
      const again: any = await officer.query(IMPORT, { csv });
      expect(again.data.importRegistryStatements).toMatchObject({ matched: 3, created: 0, updated: 0, unchanged: 3 });
    });

    it("refuses a file that is not CSV or lacks the columns, naming the argument, and writes nothing", async () => {
      const before = await count("modern_slavery_statement");
      const unclosed: any = await officer.query(IMPORT, {
        csv: `${HEADER}\n${year},"Never closed,90000106,https://x.example.com,${start},${end},,,True,True,True,True,True,True,IT,Over £500 million`,
      });
      expect(unclosed.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "csv" });
      const noColumns: any = await officer.query(IMPORT, { csv: "Name,Number\nA,1" });
      expect(noColumns.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "csv" });
      expect(noColumns.errors[0].message).toContain(
        "CompanyNumber, StatementURL, StatementStartDate, StatementEndDate",
      );
      expect(await count("modern_slavery_statement")).toBe(before);
    });

    it("streams a large file: rows are read a batch at a time, never the whole file", async () => {
      const ROWS = 20_000;
      let produced = 0;
      // A generator yields the file a line at a time; the import never holds it whole.
      const lines = function* () {
        yield `${HEADER}\n`;
        for (let i = 0; i < ROWS; i += 1) {
          produced += 1;
          const number = i % 1000 === 0 ? "90000106" : String(20_000_000 + i);
          yield `${year},"Company ${i}\nTrading as C${i}",${number},https://c${i}.example.com/msa,${start},${end},${approved},A. Director,True,True,True,True,True,True,Retail,Over £500 million\n`;
        }
      };
      const dataSource = await openDataSource({
        url: t.database.url,
        schema: procurement.databaseSchema,
        entities: procurement.entities,
        migrations: procurement.migrations,
        poolSize: 1,
        applicationName: "procurement-import-test",
      });
      try {
        const started = performance.now();
        const report = await importRegistryCsv(dataSource, Readable.from(lines()), TODAY);
        const seconds = (performance.now() - started) / 1000;
        expect(produced).toBe(ROWS);
        expect(report).toMatchObject({ rowsRead: ROWS, matched: 20, unmatched: ROWS - 20, rejected: 0 });
        expect(report.unmatchedRows).toHaveLength(100);
        expect(report.changes).toHaveLength(20);
        console.info(`registry import: ${ROWS} rows (${(ROWS / seconds).toFixed(0)} rows/s)`);
      } finally {
        await dataSource.destroy();
      }
    });

    it("is refused to roles other than procurement officers and partnership administrators", async () => {
      const result: any = await (await t.as("SMBC", Role.COORDINATOR)).query(IMPORT, { csv: HEADER });
      expect(result.errors[0].extensions.code).toBe("FORBIDDEN");
    });
  });
});
