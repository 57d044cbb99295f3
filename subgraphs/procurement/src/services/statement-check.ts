import {
  FindingLevel,
  STATEMENT_AREA_LABELS,
  StatementArea,
  type StatementCheck,
  type StatementFinding,
  StatementStatus,
  TurnoverBand,
} from "../entities/index.js";
import { addMonthsKeepingMonthEnd, daysBetween } from "@partnership/runtime";
import { latestYearEndBefore, monthsBetween } from "./dates.js";

/** The government recommends publishing within six months of the financial year end. */
export const PUBLICATION_WINDOW_MONTHS = 6;

/** A financial year covers at most 18 months (a first or changed year may be longer than 12). */
export const MAX_PERIOD_DAYS = 550;

/** Score deductions, rule by rule; they add up to 100. */
export const PENALTIES = {
  NOT_BOARD_APPROVED: 25,
  NOT_SIGNED_BY_DIRECTOR: 20,
  NOT_LINKED_FROM_HOME_PAGE: 15,
  PER_MISSING_AREA: 5,
  PUBLISHED_LATE: 5,
  NOT_SUBMITTED_TO_REGISTRY: 5,
} as const;

export interface CheckedSupplier {
  turnoverBand: TurnoverBand;
  /** 'MM-DD'. */
  financialYearEnd: string;
}

export interface CheckedStatement {
  periodEnd: string;
  publishedOn: string | null;
  approvedOn: string | null;
  signedBy: string | null;
  signerRole: string | null;
  signedByDirector: boolean;
  linkedFromHomePage: boolean;
  submittedToRegistry: boolean;
  areas: readonly StatementArea[];
}

/** When the statement for the financial year ending `periodEnd` is due. */
export function dueDate(periodEnd: string): string {
  return addMonthsKeepingMonthEnd(periodEnd, PUBLICATION_WINDOW_MONTHS);
}

/** Section 54 applies from £36m turnover; an unknown turnover is treated as in scope until known. */
export function statementRequired(turnoverBand: TurnoverBand): boolean {
  return turnoverBand !== TurnoverBand.UNDER_36M;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function finding(code: string, level: FindingLevel, reason: string, penalty = 0): StatementFinding {
  return { code, level, reason, penalty };
}

/** Every finding about one published statement, in a fixed order. */
export function statementFindings(statement: CheckedStatement): StatementFinding[] {
  const findings: StatementFinding[] = [];
  if (!statement.approvedOn) {
    findings.push(
      finding("NOT_BOARD_APPROVED", FindingLevel.STATUTORY, "not approved by the board", PENALTIES.NOT_BOARD_APPROVED),
    );
  }
  if (!statement.signedBy) {
    findings.push(
      finding("NOT_SIGNED_BY_DIRECTOR", FindingLevel.STATUTORY, "not signed", PENALTIES.NOT_SIGNED_BY_DIRECTOR),
    );
  } else if (!statement.signedByDirector) {
    const who = statement.signerRole ? `${statement.signedBy} (${statement.signerRole})` : statement.signedBy;
    findings.push(
      finding(
        "NOT_SIGNED_BY_DIRECTOR",
        FindingLevel.STATUTORY,
        `signed by ${who}, who is not a director`,
        PENALTIES.NOT_SIGNED_BY_DIRECTOR,
      ),
    );
  }
  if (!statement.linkedFromHomePage) {
    findings.push(
      finding(
        "NOT_LINKED_FROM_HOME_PAGE",
        FindingLevel.STATUTORY,
        "no prominent link to it on the home page",
        PENALTIES.NOT_LINKED_FROM_HOME_PAGE,
      ),
    );
  }
  const covered = new Set(statement.areas);
  const missing = Object.values(StatementArea).filter((area) => !covered.has(area));
  if (missing.length > 0) {
    const total = Object.values(StatementArea).length;
    findings.push(
      finding(
        "MISSING_RECOMMENDED_AREAS",
        FindingLevel.RECOMMENDED,
        `covers ${total - missing.length} of the ${total} recommended areas: missing ${listInWords(missing.map((a) => STATEMENT_AREA_LABELS[a]))}`,
        PENALTIES.PER_MISSING_AREA * missing.length,
      ),
    );
  }
  if (statement.publishedOn && statement.publishedOn > dueDate(statement.periodEnd)) {
    const months = monthsBetween(statement.periodEnd, statement.publishedOn);
    findings.push(
      finding(
        "PUBLISHED_LATE",
        FindingLevel.RECOMMENDED,
        `published ${months} months after the financial year end (recommended: within ${PUBLICATION_WINDOW_MONTHS})`,
        PENALTIES.PUBLISHED_LATE,
      ),
    );
  }
  if (!statement.submittedToRegistry) {
    findings.push(
      finding(
        "NOT_SUBMITTED_TO_REGISTRY",
        FindingLevel.RECOMMENDED,
        "not submitted to the government's modern slavery statement registry",
        PENALTIES.NOT_SUBMITTED_TO_REGISTRY,
      ),
    );
  }
  return findings;
}

/**
 * The statement check: is a statement required, which statement is the one due, what is wrong
 * with it, a score and the next due date. Pure and deterministic: `today` is a parameter.
 *
 * The statement checked is the one for the latest financial year end before today; while that
 * year's statement is not yet due (within six months of the year end) and not yet published, the
 * previous year's statement is checked instead.
 */
export function checkStatement(
  supplier: CheckedSupplier,
  statements: readonly CheckedStatement[],
  today: string,
): StatementCheck {
  const latestEnd = latestYearEndBefore(supplier.financialYearEnd, today);
  const byPeriod = new Map(statements.map((s) => [s.periodEnd, s]));
  const current = byPeriod.get(latestEnd);
  const previousEnd = addMonthsKeepingMonthEnd(latestEnd, -12);
  const stillDue = today <= dueDate(latestEnd);
  // The year whose statement is expected now, and the statement for it (if any).
  const expectedEnd = current || !stillDue ? latestEnd : previousEnd;
  const statement = byPeriod.get(expectedEnd) ?? null;
  const required = statementRequired(supplier.turnoverBand);
  const base = { required, checkedOn: today, checkedPeriodEnd: statement?.periodEnd ?? null };

  if (!required) {
    return {
      ...base,
      status: StatementStatus.NOT_REQUIRED,
      findings: [
        finding("NOT_REQUIRED", FindingLevel.INFORMATION, "not required: annual turnover is under £36 million"),
      ],
      score: null,
      nextDueDate: null,
    };
  }
  if (!statement) {
    const due = dueDate(expectedEnd);
    const late = `the statement for the financial year ending ${expectedEnd} was due by ${due} and is ${daysBetween(due, today)} days late`;
    if (statements.length === 0) {
      return {
        ...base,
        status: StatementStatus.MISSING,
        findings: [
          finding("NO_STATEMENT", FindingLevel.STATUTORY, `no modern slavery statement on record; ${late}`, 100),
        ],
        score: 0,
        nextDueDate: due,
      };
    }
    const latest = [...statements].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]!;
    return {
      ...base,
      status: StatementStatus.OVERDUE,
      findings: [
        finding(
          "STATEMENT_OVERDUE",
          FindingLevel.STATUTORY,
          `${late}; the latest on record is for the year ending ${latest.periodEnd}`,
          100,
        ),
      ],
      score: 0,
      nextDueDate: due,
    };
  }
  const findings = statementFindings(statement);
  const score = Math.max(0, 100 - findings.reduce((sum, f) => sum + f.penalty, 0));
  return {
    ...base,
    status: findings.length === 0 ? StatementStatus.COMPLIANT : StatementStatus.PARTIAL,
    findings,
    score,
    nextDueDate: dueDate(addMonthsKeepingMonthEnd(statement.periodEnd, 12)),
  };
}
