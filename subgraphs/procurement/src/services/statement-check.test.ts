import { describe, expect, it } from "vitest";
import { StatementArea, StatementStatus, TurnoverBand } from "../entities/index.js";
import { addMonthsKeepingMonthEnd } from "@partnership/runtime";
import { latestYearEndBefore, monthsBetween } from "./dates.js";
import { type CheckedStatement, checkStatement, listInWords, statementFindings } from "./statement-check.js";

const ALL_AREAS = Object.values(StatementArea);
const supplier = { turnoverBand: TurnoverBand.FROM_60M_TO_100M, financialYearEnd: "03-31" };

/** A statement that passes every rule; each test breaks exactly one. */
const good = (overrides: Partial<CheckedStatement> = {}): CheckedStatement => ({
  periodEnd: "2025-03-31",
  publishedOn: "2025-07-15",
  approvedOn: "2025-07-01",
  signedBy: "A. Director",
  signerRole: "Managing Director",
  signedByDirector: true,
  linkedFromHomePage: true,
  submittedToRegistry: true,
  areas: ALL_AREAS,
  ...overrides,
});

const TODAY = "2025-11-01";
const reasons = (statement: CheckedStatement) => statementFindings(statement).map((f) => f.reason);

describe("dates", () => {
  it("adds months keeping month ends", () => {
    expect(addMonthsKeepingMonthEnd("2025-03-31", 6)).toBe("2025-09-30");
    expect(addMonthsKeepingMonthEnd("2024-02-29", 6)).toBe("2024-08-31");
    expect(addMonthsKeepingMonthEnd("2025-12-31", 6)).toBe("2026-06-30");
    expect(addMonthsKeepingMonthEnd("2025-01-15", -12)).toBe("2024-01-15");
    expect(monthsBetween("2024-03-31", "2024-11-30")).toBe(8);
    expect(monthsBetween("2024-03-31", "2024-11-29")).toBe(7);
  });

  it("finds the latest year end strictly before today", () => {
    expect(latestYearEndBefore("03-31", "2025-11-01")).toBe("2025-03-31");
    expect(latestYearEndBefore("03-31", "2025-03-31")).toBe("2024-03-31");
    expect(latestYearEndBefore("12-31", "2025-06-01")).toBe("2024-12-31");
  });
});

describe("the statement check, rule by rule", () => {
  it("a statement meeting every rule is COMPLIANT, scores 100, with no findings, due again next year", () => {
    const check = checkStatement(supplier, [good()], TODAY);
    expect(check).toMatchObject({
      required: true,
      status: StatementStatus.COMPLIANT,
      findings: [],
      score: 100,
      checkedPeriodEnd: "2025-03-31",
      nextDueDate: "2026-09-30",
      checkedOn: TODAY,
    });
  });

  it("not approved by the board", () => {
    expect(reasons(good({ approvedOn: null }))).toEqual(["not approved by the board"]);
    const check = checkStatement(supplier, [good({ approvedOn: null })], TODAY);
    expect(check.status).toBe(StatementStatus.PARTIAL);
    expect(check.score).toBe(75);
    expect(check.findings[0]).toMatchObject({ code: "NOT_BOARD_APPROVED", level: "STATUTORY", penalty: 25 });
  });

  it("not signed at all", () => {
    expect(reasons(good({ signedBy: null, signerRole: null, signedByDirector: false }))).toEqual(["not signed"]);
  });

  it("signed by someone who is not a director, named with their role", () => {
    const statement = good({ signedBy: "P. Clarke", signerRole: "Head of Procurement", signedByDirector: false });
    expect(reasons(statement)).toEqual(["signed by P. Clarke (Head of Procurement), who is not a director"]);
    expect(checkStatement(supplier, [statement], TODAY).score).toBe(80);
  });

  it("no link on the home page", () => {
    expect(reasons(good({ linkedFromHomePage: false }))).toEqual(["no prominent link to it on the home page"]);
    expect(checkStatement(supplier, [good({ linkedFromHomePage: false })], TODAY).score).toBe(85);
  });

  it("covers 3 of the 6 recommended areas, naming the missing ones in order", () => {
    const statement = good({
      areas: [StatementArea.STRUCTURE_AND_SUPPLY_CHAINS, StatementArea.POLICIES, StatementArea.RISK_ASSESSMENT],
    });
    expect(reasons(statement)).toEqual([
      "covers 3 of the 6 recommended areas: missing due diligence, KPIs and training",
    ]);
    const check = checkStatement(supplier, [statement], TODAY);
    expect(check.findings[0]).toMatchObject({ code: "MISSING_RECOMMENDED_AREAS", level: "RECOMMENDED", penalty: 15 });
    expect(check.score).toBe(85);
  });

  it("one missing area is named alone", () => {
    expect(reasons(good({ areas: ALL_AREAS.filter((a) => a !== StatementArea.TRAINING) }))).toEqual([
      "covers 5 of the 6 recommended areas: missing training",
    ]);
  });

  it("published 8 months after the financial year end", () => {
    expect(reasons(good({ publishedOn: "2025-11-30" }))).toEqual([
      "published 8 months after the financial year end (recommended: within 6)",
    ]);
  });

  it("published on the last day of the six months is on time", () => {
    expect(reasons(good({ publishedOn: "2025-09-30" }))).toEqual([]);
    expect(reasons(good({ publishedOn: "2025-10-01" }))).toEqual([
      "published 6 months after the financial year end (recommended: within 6)",
    ]);
  });

  it("an unknown publication date is not held against the supplier", () => {
    expect(reasons(good({ publishedOn: null }))).toEqual([]);
  });

  it("not submitted to the registry", () => {
    expect(reasons(good({ submittedToRegistry: false }))).toEqual([
      "not submitted to the government's modern slavery statement registry",
    ]);
  });

  it("lists every failing rule in a fixed order and the score never goes below 0", () => {
    const check = checkStatement(
      supplier,
      [
        good({
          approvedOn: null,
          signedBy: null,
          signedByDirector: false,
          linkedFromHomePage: false,
          areas: [],
          publishedOn: "2026-01-10",
          submittedToRegistry: false,
        }),
      ],
      "2026-02-01",
    );
    expect(check.findings.map((f) => f.code)).toEqual([
      "NOT_BOARD_APPROVED",
      "NOT_SIGNED_BY_DIRECTOR",
      "NOT_LINKED_FROM_HOME_PAGE",
      "MISSING_RECOMMENDED_AREAS",
      "PUBLISHED_LATE",
      "NOT_SUBMITTED_TO_REGISTRY",
    ]);
    expect(check.findings[3]!.reason).toBe(
      "covers 0 of the 6 recommended areas: missing organisation structure and supply chains, policies, due diligence, risk assessment, KPIs and training",
    );
    expect(check.status).toBe(StatementStatus.PARTIAL);
    expect(check.score).toBe(0);
  });

  it("is NOT_REQUIRED under £36m turnover, with the reason, no score and no due date", () => {
    const check = checkStatement({ ...supplier, turnoverBand: TurnoverBand.UNDER_36M }, [], TODAY);
    expect(check).toMatchObject({
      required: false,
      status: StatementStatus.NOT_REQUIRED,
      score: null,
      nextDueDate: null,
    });
    expect(check.findings.map((f) => f.reason)).toEqual(["not required: annual turnover is under £36 million"]);
  });

  it("treats an unknown turnover as required", () => {
    const check = checkStatement({ ...supplier, turnoverBand: TurnoverBand.UNKNOWN }, [], TODAY);
    expect(check.required).toBe(true);
    expect(check.status).toBe(StatementStatus.MISSING);
  });

  it("is MISSING with no statement on record, naming the year, the due date and the days late", () => {
    const check = checkStatement(supplier, [], TODAY);
    expect(check).toMatchObject({ status: StatementStatus.MISSING, score: 0, nextDueDate: "2025-09-30" });
    expect(check.findings.map((f) => f.reason)).toEqual([
      "no modern slavery statement on record; the statement for the financial year ending 2025-03-31 was due by 2025-09-30 and is 32 days late",
    ]);
  });

  it("is OVERDUE when last year's statement exists but this year's is past its due date", () => {
    const check = checkStatement(supplier, [good({ periodEnd: "2024-03-31", publishedOn: "2024-08-01" })], TODAY);
    expect(check).toMatchObject({ status: StatementStatus.OVERDUE, score: 0, nextDueDate: "2025-09-30" });
    expect(check.findings.map((f) => f.reason)).toEqual([
      "the statement for the financial year ending 2025-03-31 was due by 2025-09-30 and is 32 days late; the latest on record is for the year ending 2024-03-31",
    ]);
  });

  it("within the six months after a year end, checks the previous year's statement and gives this year's due date", () => {
    const check = checkStatement(
      supplier,
      [good({ periodEnd: "2024-03-31", publishedOn: "2024-08-01" })],
      "2025-06-01",
    );
    expect(check).toMatchObject({
      status: StatementStatus.COMPLIANT,
      checkedPeriodEnd: "2024-03-31",
      nextDueDate: "2025-09-30",
    });
  });

  it("checks this year's statement as soon as it is published, even before it is due", () => {
    const check = checkStatement(
      supplier,
      [
        good({ periodEnd: "2024-03-31" }),
        good({ periodEnd: "2025-03-31", publishedOn: "2025-05-01", approvedOn: null }),
      ],
      "2025-06-01",
    );
    expect(check).toMatchObject({
      status: StatementStatus.PARTIAL,
      checkedPeriodEnd: "2025-03-31",
      nextDueDate: "2026-09-30",
    });
  });

  it("is deterministic: the same input on the same day gives the same answer", () => {
    const statements = [good({ approvedOn: null, areas: [StatementArea.POLICIES] })];
    expect(checkStatement(supplier, statements, TODAY)).toEqual(checkStatement(supplier, statements, TODAY));
  });

  it("lists items in words", () => {
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b"])).toBe("a and b");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
