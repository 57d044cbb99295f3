import { randomUUID } from "node:crypto";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  openSubgraphDatabase,
  Role,
} from "@partnership/runtime";
import { procurement, refreshStaleAssessments } from "@partnership/procurement";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, postGraphQL, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

/**
 * Reads never write. A supplier's stored statement status and risk rating are a snapshot for the day
 * it was computed (assessed_on); the status moves with the calendar, so by a later day the snapshot
 * may be wrong. The supplier list and the statistics answer for today all the same, from the pure
 * rules, without touching a row; the daily refresh (refresh-assessments-cli) brings the snapshot up
 * to date, and the answers stay the same.
 */

/** Its financial year ends on 31 March: the statement for the year to 31 March 2026 was due by 30 September 2026. */
const COMPANY_NUMBER = "70000901";
/** A day the snapshot was right: the year to 31 March 2026 not yet due, the one to 2025 checked (COMPLIANT). */
const SNAPSHOT_DAY = "2026-09-01";

const STATISTICS = `{ procurementStatistics {
  suppliersByStatementStatus { key count } suppliersByRiskRating { key count }
  suppliersByStatusAndRisk { statementStatus riskRating count }
  contractsWithoutClause contractsWithoutCodeOfConduct highRiskWithoutAudit overdueCorrectiveActions
  riskIncludesCommercial asOf } }`;
const FILTERED = `query($status: StatementStatus, $rating: RiskRating) {
  suppliers(first: 100, filter: { statementStatus: $status, riskRating: $rating }) { totalCount nodes { companyNumber } } }`;
const SUPPLIER = `query($number: String!) { supplierByCompanyNumber(companyNumber: $number) {
  id statementCheck { status } risk { rating points factors { factor points } ratingWithCommercial pointsWithCommercial } } }`;

/** The rating for a number of risk points (risk-rating.ts: HIGH from 6, MEDIUM from 3). */
const ratingFor = (points: number) => (points >= 6 ? "HIGH" : points >= 3 ? "MEDIUM" : "LOW");

describe("procurement reads write nothing, and answer for today when the stored snapshot is stale", () => {
  let t: TestPlatform;
  let officer: Client;
  /** A caller whose agreements grant COMMERCIAL, straight to the subgraph: figures by the partnership's rating. */
  let commercial: Client;
  let supplierId: string;
  let fresh: Awaited<ReturnType<typeof reads>>;

  const ok = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const result: any = await client.query(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data;
  };

  /** Every read whose answer depends on the stored snapshot: filters by status and rating, and both kinds of figures. */
  const reads = async () => {
    const filtered: Record<string, string[]> = {};
    for (const status of ["COMPLIANT", "PARTIAL", "MISSING", "OVERDUE", "NOT_REQUIRED"])
      filtered[status] = (await ok(officer, FILTERED, { status })).suppliers.nodes.map((n: any) => n.companyNumber);
    for (const rating of ["LOW", "MEDIUM", "HIGH"])
      filtered[rating] = (await ok(officer, FILTERED, { rating })).suppliers.nodes.map((n: any) => n.companyNumber);
    filtered.OVERDUE_MEDIUM = (
      await ok(officer, FILTERED, { status: "OVERDUE", rating: "MEDIUM" })
    ).suppliers.nodes.map((n: any) => n.companyNumber);
    return {
      filtered,
      statistics: (await ok(officer, STATISTICS)).procurementStatistics,
      commercialStatistics: (await ok(commercial, STATISTICS)).procurementStatistics,
    };
  };

  /** Every version of every snapshot row: an UPDATE, DELETE or INSERT changes a row's xmin (or the set). */
  const snapshotRows = async () => ({
    suppliers: await t.database.query(
      `SELECT id::text, xmin::text, statement_status, risk_rating, assessed_on::text FROM procurement.supplier ORDER BY id`,
    ),
    partnershipRatings: await t.database.query(
      `SELECT partnership_id::text, supplier_id::text, xmin::text, risk_rating
         FROM procurement.supplier_partnership_risk ORDER BY partnership_id, supplier_id`,
    ),
  });

  beforeAll(async () => {
    t = await startTestPlatform();
    officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
    const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    const procurementUrl = t.platform.subgraphs.find((s) => s.name === "procurement")!.url;
    commercial = {
      token: null,
      query: async (query, variables) => {
        const caller: Caller = {
          userId: "test:hfj:commercial",
          agencyId: demoAgencyId("HFJ"),
          sector: "NGO",
          roles: [Role.CASEWORKER],
          grants: { COMMERCIAL: "commercial-test" },
          partnership: {
            id: demoPartnershipId("SANDWELL"),
            referencePrefix: "SHOP",
            memberAgencyIds: ["SMBC", "SMBC-PROC", "WMP", "ROCU", "HFJ"].map((a) => demoAgencyId(a)),
          },
          requestId: randomUUID(),
        } as Caller;
        return postGraphQL(procurementUrl, query, variables, { [CALLER_CONTEXT_HEADER]: await signer.sign(caller) });
      },
    };

    const created = await ok(
      officer,
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      {
        input: {
          name: "Oldbury Commercial Cleaning Ltd",
          companyNumber: COMPANY_NUMBER,
          sector: "CLEANING",
          turnoverBand: "FROM_36M_TO_60M",
          financialYearEnd: "03-31",
          workforceTraits: ["AGENCY_LABOUR"],
        },
      },
    );
    supplierId = created.createSupplier.id;
    await ok(officer, `mutation($input: RecordStatementInput!) { recordStatement(input: $input) { id } }`, {
      input: {
        supplierId,
        periodStart: "2024-04-01",
        periodEnd: "2025-03-31",
        url: "https://oldbury-cleaning.example.com/msa",
        publishedOn: "2025-07-31",
        approvedOn: "2025-06-30",
        signedBy: "R. Kaur",
        signerRole: "Director",
        signedByDirector: true,
        linkedFromHomePage: true,
        submittedToRegistry: true,
        areas: ["STRUCTURE_AND_SUPPLY_CHAINS", "POLICIES", "DUE_DILIGENCE", "RISK_ASSESSMENT", "KPIS", "TRAINING"],
      },
    });
    await ok(officer, `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`, {
      input: {
        supplierId,
        reference: "SMBC-2026-0901",
        department: "Facilities",
        category: "Office cleaning",
        value: 2_000_000,
        startDate: "2026-04-01",
        endDate: "2028-03-31",
        modernSlaveryClause: true,
        codeOfConduct: true,
      },
    });
    // Every write brought the snapshot to today: these are the answers to keep.
    fresh = await reads();
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
  });

  it("answers from the pure rules when every snapshot is older than today, writing no row", async () => {
    const today: any = (await ok(officer, SUPPLIER, { number: COMPANY_NUMBER })).supplierByCompanyNumber;
    expect(today.statementCheck.status).toBe("OVERDUE");
    expect(fresh.filtered.OVERDUE).toContain(COMPANY_NUMBER);

    // The snapshot as the last write on 1 September left it, and no refresh since: the statement then
    // due was the year to March 2025's (COMPLIANT), which took the statement's 2 points off the rating.
    const statementPoints = today.risk.factors.find((f: any) => f.factor === "STATEMENT").points;
    const then = {
      rating: ratingFor(today.risk.points - statementPoints),
      withCommercial: ratingFor(today.risk.pointsWithCommercial - statementPoints),
    };
    expect(then.rating).not.toBe(today.risk.rating);
    await t.database.query(
      `UPDATE procurement.supplier SET statement_status = 'COMPLIANT', risk_rating = $2 WHERE id = $1`,
      [supplierId, then.rating],
    );
    await t.database.query(`UPDATE procurement.supplier_partnership_risk SET risk_rating = $2 WHERE supplier_id = $1`, [
      supplierId,
      then.withCommercial,
    ]);
    await t.database.query(`UPDATE procurement.supplier SET assessed_on = $1`, [SNAPSHOT_DAY]);

    const before = await snapshotRows();
    const stale = await reads();
    expect(await snapshotRows()).toEqual(before);

    expect(stale).toEqual(fresh);
    expect(stale.filtered.OVERDUE).toContain(COMPANY_NUMBER);
    expect(stale.filtered.COMPLIANT).not.toContain(COMPANY_NUMBER);
    expect(stale.filtered[today.risk.rating]).toContain(COMPANY_NUMBER);
    expect(stale.filtered[then.rating]).not.toContain(COMPANY_NUMBER);
    expect(stale.statistics.asOf).toBe(TEST_TODAY);
    expect(stale.statistics.riskIncludesCommercial).toBe(false);
    expect(stale.commercialStatistics.riskIncludesCommercial).toBe(true);
  });

  it("the daily refresh brings every stale snapshot to today, and the answers stay the same", async () => {
    const dataSource = await openSubgraphDatabase(procurement, t.database.url, 1);
    try {
      const suppliers = Number(
        (await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM procurement.supplier`))[0]!.n,
      );
      expect(await refreshStaleAssessments(dataSource.manager, TEST_TODAY)).toBe(suppliers);
      expect(await refreshStaleAssessments(dataSource.manager, TEST_TODAY)).toBe(0);
    } finally {
      await dataSource.destroy();
    }
    const [stored] = await t.database.query<{ statement_status: string; assessed_on: string }>(
      `SELECT statement_status, assessed_on::text FROM procurement.supplier WHERE id = $1`,
      [supplierId],
    );
    expect(stored).toEqual({ statement_status: "OVERDUE", assessed_on: TEST_TODAY });
    expect(await reads()).toEqual(fresh);
  });
});
