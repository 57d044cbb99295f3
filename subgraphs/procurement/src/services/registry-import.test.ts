import { describe, expect, it } from "vitest";
import { StatementArea, TurnoverBand } from "../entities/index.js";
import { normaliseCompanyNumber } from "./company-number.js";
import { parseRegistryRow, registryDate, registryTurnover } from "./registry-import.js";

const row = (overrides: Record<string, string> = {}) => ({
  StatementYear: "2025",
  OrganisationName: "Example Ltd",
  CompanyNumber: "01234567",
  StatementURL: "https://example.com/msa",
  StatementStartDate: "2024-04-01",
  StatementEndDate: "2025-03-31",
  DateApproved: "2025-06-30",
  StatementIncludesOrgStructure: "True",
  StatementIncludesPolicies: "True",
  StatementIncludesRisksAssessment: "False",
  StatementIncludesDueDiligence: "True",
  StatementIncludesTraining: "False",
  StatementIncludesGoals: "True",
  OrganisationSectors: "Retail",
  Turnover: "£60 million - £100 million",
  ...overrides,
});

describe("reading the registry's statement summary", () => {
  it("reads dates as ISO (with or without a time) or dd/mm/yyyy, and refuses impossible ones", () => {
    expect(registryDate("2025-03-31")).toBe("2025-03-31");
    expect(registryDate("2025-03-31T00:00:00")).toBe("2025-03-31");
    expect(registryDate("31/03/2025")).toBe("2025-03-31");
    expect(registryDate("1/4/2024")).toBe("2024-04-01");
    expect(registryDate("")).toBeNull();
    expect(registryDate("31/13/2025")).toBeUndefined();
    expect(registryDate("2025-02-30")).toBeUndefined();
    expect(registryDate("last year")).toBeUndefined();
  });

  it("reads turnover bands in the registry's words", () => {
    expect(registryTurnover("Under £36 million")).toBe(TurnoverBand.UNDER_36M);
    expect(registryTurnover("£36 million - £60 million")).toBe(TurnoverBand.FROM_36M_TO_60M);
    expect(registryTurnover("£60 million - £100 million")).toBe(TurnoverBand.FROM_60M_TO_100M);
    expect(registryTurnover("£100 million - £500 million")).toBe(TurnoverBand.FROM_100M_TO_500M);
    expect(registryTurnover("Over £500 million")).toBe(TurnoverBand.OVER_500M);
    expect(registryTurnover("")).toBeNull();
  });

  it("normalises company numbers: leading zeros restored, spaces dropped, letters upper-cased", () => {
    expect(normaliseCompanyNumber("1234567")).toBe("01234567");
    expect(normaliseCompanyNumber(" sc 123456 ")).toBe("SC123456");
  });

  it("turns a good row into a statement with the areas it covers", () => {
    const parsed = parseRegistryRow(row({ CompanyNumber: "1234567" }), 7);
    expect(parsed).toMatchObject({
      line: 7,
      companyNumber: "01234567",
      turnoverBand: TurnoverBand.FROM_60M_TO_100M,
      statement: {
        periodStart: "2024-04-01",
        periodEnd: "2025-03-31",
        approvedOn: "2025-06-30",
        submittedToRegistry: true,
        registryYear: 2025,
        areas: [
          StatementArea.STRUCTURE_AND_SUPPLY_CHAINS,
          StatementArea.POLICIES,
          StatementArea.DUE_DILIGENCE,
          StatementArea.KPIS,
        ],
      },
    });
  });

  it("accepts the registry's other name for the training column", () => {
    const withoutTraining: Record<string, string> = { ...row(), StatementIncludesSCTraining: "True" };
    delete withoutTraining.StatementIncludesTraining;
    const parsed = parseRegistryRow(withoutTraining, 2);
    expect("statement" in parsed && parsed.statement.areas).toContain(StatementArea.TRAINING);
  });

  it("rejects bad rows, each with its reason", () => {
    const reason = (overrides: Record<string, string>) => {
      const parsed = parseRegistryRow(row(overrides), 3);
      return "reason" in parsed ? parsed.reason : null;
    };
    expect(reason({ CompanyNumber: "" })).toBe("no company number, so it cannot be matched to a supplier");
    expect(reason({ CompanyNumber: "12-345" })).toBe("company number '12-345' is not 8 letters or digits");
    expect(reason({ StatementURL: "www.example.com" })).toBe(
      "StatementURL 'www.example.com' is not an http(s) address",
    );
    expect(reason({ StatementStartDate: "soon" })).toBe("StatementStartDate 'soon' is not a date");
    expect(reason({ StatementEndDate: "2024-03-31" })).toBe(
      "StatementEndDate 2024-03-31 is not after StatementStartDate 2024-04-01",
    );
    expect(reason({ StatementStartDate: "2020-04-01" })).toBe(
      "StatementStartDate 2020-04-01 to StatementEndDate 2025-03-31 is more than 18 months",
    );
    expect(reason({ DateApproved: "yesterday" })).toBe("DateApproved 'yesterday' is not a date");
    expect(reason({ StatementYear: "twenty" })).toBe("StatementYear 'twenty' is not a year");
    expect(reason({ StatementIncludesPolicies: "maybe" })).toBe(
      "StatementIncludesPolicies 'maybe' is neither true nor false",
    );
  });
});
