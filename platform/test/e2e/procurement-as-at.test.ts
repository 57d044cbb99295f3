import { addDays, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, TEST_TODAY, type TestPlatform } from "../support/platform.js";

const FIGURES = `suppliersByStatementStatus { key count } suppliersByRiskRating { key count }
  suppliersByStatusAndRisk { statementStatus riskRating count } contractsWithoutClause contractsWithoutCodeOfConduct
  highRiskWithoutAudit overdueCorrectiveActions riskIncludesCommercial asOf`;
const AS_AT = `query($asOf: LocalDate) { procurementStatistics(asOf: $asOf) { ${FIGURES} } }`;

describe("procurement figures as at the end of a day", () => {
  let t: TestPlatform;
  let officer: Client;

  const figures = async (asOf: string | null) => {
    const result: any = await officer.query(AS_AT, { asOf });
    expect(result.errors).toBeUndefined();
    return result.data.procurementStatistics;
  };
  const statements = () => t.platform.subgraphs.reduce((sum, s) => sum + (s.statements?.() ?? 0), 0);
  const cost = async (asOf: string) => {
    const before = statements();
    await figures(asOf);
    return statements() - before;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    officer = await t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("from the history on yesterday gives what today's stored snapshot gives (nothing in the demo changed overnight)", async () => {
    const today = await figures(null);
    expect(today.asOf).toBe(TEST_TODAY);
    expect(today.suppliersByStatementStatus.length).toBeGreaterThan(1);
    const yesterday = addDays(TEST_TODAY, -1);
    expect(await figures(yesterday)).toEqual({ ...today, asOf: yesterday });
  });

  it("on a day before the partnership's contracts started, counts no supplier, contract or corrective action", async () => {
    expect(await figures("2020-03-31")).toEqual({
      suppliersByStatementStatus: [],
      suppliersByRiskRating: [],
      suppliersByStatusAndRisk: [],
      contractsWithoutClause: 0,
      contractsWithoutCodeOfConduct: 0,
      highRiskWithoutAudit: 0,
      overdueCorrectiveActions: 0,
      riskIncludesCommercial: false,
      asOf: "2020-03-31",
    });
  });

  it("before this year's statements were published, counts the suppliers by the statements then on record", async () => {
    // The demo's contracts started ten months ago, its statements three months after the last year end.
    const spring = await figures(addDays(TEST_TODAY, -280));
    const today = await figures(null);
    const count = (f: any, key: string) => f.suppliersByStatementStatus.find((s: any) => s.key === key)?.count ?? 0;
    expect(count(spring, "MISSING")).toBeGreaterThan(count(today, "MISSING"));
    const total = (f: any) => f.suppliersByStatementStatus.reduce((n: number, s: any) => n + s.count, 0);
    expect(total(spring)).toBe(total(today));
  });

  it("a day still to come, or none asked (the argument left out), is answered as today", async () => {
    const today = await figures(null);
    expect(await figures("2030-01-01")).toEqual(today);
    const omitted: any = await officer.query(`{ procurementStatistics { ${FIGURES} } }`);
    expect(omitted.data.procurementStatistics).toEqual(today);
  });

  it("the partnership's field takes the day as the root field does", async () => {
    const { data }: any = await officer.query(
      `query($asOf: LocalDate) { partnerships(first: 1) { nodes { procurementStatistics(asOf: $asOf) { ${FIGURES} } } } }`,
      { asOf: "2026-03-01" },
    );
    expect(data.partnerships.nodes[0].procurementStatistics).toEqual(await figures("2026-03-01"));
  });

  it("costs a few SQL statements however many suppliers the day counts (none per supplier)", async () => {
    const yesterday = addDays(TEST_TODAY, -1);
    const suppliers = (await figures(yesterday)).suppliersByStatementStatus.reduce(
      (n: number, s: any) => n + s.count,
      0,
    );
    expect(suppliers).toBeGreaterThanOrEqual(9);
    // The suppliers, their statements, the partnership's inputs (with COMMERCIAL only) and the counts.
    expect(await cost(yesterday)).toBeLessThanOrEqual(4);
  });
});
