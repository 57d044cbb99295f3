import { Readable } from "node:stream";

/** The registry's statement-summary header, as the government's export writes it. */
export const REGISTRY_HEADER =
  "StatementYear,OrganisationName,CompanyNumber,StatementURL,StatementStartDate,StatementEndDate,DateApproved,ApprovingPerson,StatementIncludesOrgStructure,StatementIncludesPolicies,StatementIncludesRisksAssessment,StatementIncludesDueDiligence,StatementIncludesTraining,StatementIncludesGoals,OrganisationSectors,Turnover";

/** One registry row for a company and a financial year (`periodEnd` the year end, dd/mm/yyyy allowed). */
export function registryRow(
  companyNumber: string,
  organisation: string,
  periodStart: string,
  periodEnd: string,
  approved: string,
): string {
  return `${periodEnd.slice(0, 4)},"${organisation}",${companyNumber},https://${companyNumber.toLowerCase()}.example.com/modern-slavery-statement,${periodStart},${periodEnd},${approved},"A. Director, Director",True,True,True,True,True,False,"Facilities management",£36 million - £60 million`;
}

/**
 * A registry file of about `bytes` bytes, as the real export is: mostly companies that are none of
 * ours (company numbers from 20000001 up), with `ours` rows (our suppliers' rows) at the
 * start, and one row the import rejects (an impossible date) right after them. Generated as it is
 * read, so a 50 MB file never sits in memory.
 */
export function registryFile(
  bytes: number,
  ours: string[],
  period: { start: string; end: string; approved: string },
): { stream(): Readable; lines: number; text(): string } {
  const first = [
    REGISTRY_HEADER,
    ...ours,
    registryRow("20000000", "Impossible Dates Ltd", period.start, "31/13/2026", period.approved),
  ];
  const sample = registryRow("20000001", "Unknown Company 20000001 Ltd", period.start, period.end, period.approved);
  const already = first.join("\r\n").length + 2;
  const others = Math.max(0, Math.ceil((bytes - already) / (sample.length + 2)));
  const lines = first.length + others;
  function* chunks(): Generator<string> {
    yield first.join("\r\n") + "\r\n";
    let batch: string[] = [];
    for (let i = 0; i < others; i++) {
      const number = String(20000001 + i);
      batch.push(registryRow(number, `Unknown Company ${number} Ltd`, period.start, period.end, period.approved));
      if (batch.length === 1000) {
        yield batch.join("\r\n") + "\r\n";
        batch = [];
      }
    }
    if (batch.length) yield batch.join("\r\n") + "\r\n";
  }
  return { stream: () => Readable.from(chunks()), lines, text: () => [...chunks()].join("") };
}
