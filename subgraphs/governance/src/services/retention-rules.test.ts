import { DATA_CATEGORIES, DataCategory } from "@partnership/runtime";
import { describe, expect, it } from "vitest";
import { RetentionEvent } from "../entities/enums.js";
import { demoAgreements, demoSecondAgreements } from "../seed/demo-data.js";
import {
  DEFAULT_RETENTION,
  eventsFor,
  inCategoryOrder,
  retentionProblem,
  retentionSummary,
  termsToStore,
} from "./retention-rules.js";

const { CASE_SUMMARY, VICTIM_IDENTITY, PERSONNEL, COMMERCIAL, STATISTICS } = DataCategory;
const { CONCERN_CLOSED, EMPLOYMENT_ENDED, RECORD_CREATED, CONTRACT_ENDED, AGREEMENT_ENDED } = RetentionEvent;

const field = (problem: ReturnType<typeof retentionProblem>) => problem?.extensions.field;

describe("retention terms stated in an agreement", () => {
  const granted = [CASE_SUMMARY, VICTIM_IDENTITY, PERSONNEL];
  const valid = () => [
    { category: CASE_SUMMARY, years: 6, months: 0, after: CONCERN_CLOSED },
    { category: VICTIM_IDENTITY, years: 6, after: CONCERN_CLOSED },
    { category: PERSONNEL, years: 1, months: 0, after: EMPLOYMENT_ENDED },
  ];

  it("accepts exactly one term per granted category", () => {
    expect(retentionProblem(granted, valid())).toBeNull();
  });

  it("names the term whose period is out of range", () => {
    const terms = valid();
    terms[2]!.years = -1;
    expect(field(retentionProblem(granted, terms))).toBe("input.retention[2].years");
    terms[2]!.years = 101;
    expect(field(retentionProblem(granted, terms))).toBe("input.retention[2].years");
    terms[2]!.years = 1.5;
    expect(field(retentionProblem(granted, terms))).toBe("input.retention[2].years");
    terms[2]!.years = 1;
    terms[2]!.months = 12;
    expect(field(retentionProblem(granted, terms))).toBe("input.retention[2].months");
  });

  it("refuses a second term for a category, and a term for a category not granted", () => {
    const twice = [...valid(), { category: CASE_SUMMARY, years: 3, after: RECORD_CREATED }];
    expect(field(retentionProblem(granted, twice))).toBe("input.retention[3].category");
    const stranger = [...valid(), { category: COMMERCIAL, years: 6, after: CONTRACT_ENDED }];
    expect(field(retentionProblem(granted, stranger))).toBe("input.retention[3].category");
  });

  it("refuses a granted category left without a term, naming the list and the category", () => {
    const problem = retentionProblem(granted, valid().slice(0, 2));
    expect(field(problem)).toBe("input.retention");
    expect(problem?.message).toMatch(/PERSONNEL/);
  });

  it("refuses an event the category's records do not have", () => {
    const terms = valid();
    terms[2]!.after = CONCERN_CLOSED;
    expect(field(retentionProblem(granted, terms))).toBe("input.retention[2].after");
    terms[2]!.after = AGREEMENT_ENDED;
    expect(retentionProblem(granted, terms)).toBeNull();
    expect(eventsFor(COMMERCIAL)).toEqual([RECORD_CREATED, CONTRACT_ENDED, AGREEMENT_ENDED]);
    expect(eventsFor(STATISTICS)).toEqual([RECORD_CREATED, AGREEMENT_ENDED]);
  });

  it("stores the default schedule for every granted category when no terms are stated, and the default is valid", () => {
    const stored = termsToStore([PERSONNEL, CASE_SUMMARY], undefined);
    expect(stored).toEqual([
      { category: CASE_SUMMARY, years: 6, months: 0, after: CONCERN_CLOSED },
      { category: PERSONNEL, years: 1, months: 0, after: EMPLOYMENT_ENDED },
    ]);
    expect(retentionProblem(DATA_CATEGORIES, termsToStore(DATA_CATEGORIES, null))).toBeNull();
    expect(Object.keys(DEFAULT_RETENTION).sort()).toEqual([...DATA_CATEGORIES].sort());
    // An empty list is a statement of no terms, not a request for the defaults.
    expect(termsToStore(granted, [])).toEqual([]);
    expect(field(retentionProblem(granted, []))).toBe("input.retention");
  });

  it("says a term in plain words", () => {
    expect(retentionSummary({ years: 6, months: 0, after: CONCERN_CLOSED })).toBe("6 years after the concern closes");
    expect(retentionSummary({ years: 1, months: 0, after: EMPLOYMENT_ENDED })).toBe("1 year after employment ends");
    expect(retentionSummary({ years: 0, months: 6, after: RECORD_CREATED })).toBe("6 months after the record is made");
    expect(retentionSummary({ years: 2, months: 1, after: AGREEMENT_ENDED })).toBe(
      "2 years and 1 month after the agreement ends",
    );
    expect(retentionSummary({ years: 0, months: 0, after: AGREEMENT_ENDED })).toBe("until the agreement ends");
  });

  it("orders terms as DataCategory does", () => {
    const terms = [{ category: STATISTICS }, { category: CASE_SUMMARY }, { category: PERSONNEL }];
    expect(inCategoryOrder(terms).map((t) => t.category)).toEqual([CASE_SUMMARY, PERSONNEL, STATISTICS]);
  });

  it("holds every demo agreement to the rules", () => {
    for (const agreement of [...demoAgreements("2026-12-11"), ...demoSecondAgreements("2026-12-11")]) {
      const categories = [...new Set(agreement.grants.flatMap((grant) => grant.categories))];
      expect(retentionProblem(categories, agreement.retention), agreement.reference).toBeNull();
    }
  });
});
