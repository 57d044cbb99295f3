import { daysInWords, fieldWords, number } from "../../lib/format";

/** What an import of the registry's CSV did, the same whether it came pasted or as a streamed file. */
export interface RegistryReport {
  rowsRead: number;
  matched: number;
  created: number;
  updated: number;
  unchanged: number;
  unmatched: number;
  rejected: number;
  changes: ReadonlyArray<{
    line: number;
    companyNumber: string;
    supplierName: string;
    action: string;
    changedFields: readonly string[];
  }>;
  unmatchedRows: ReadonlyArray<{ line: number; companyNumber: string; organisationName?: string | null }>;
  rejections: ReadonlyArray<{ line: number; companyNumber?: string | null; reason: string }>;
}

/** The report line by line: the counts cover every row, the lists the first hundred of each kind. */
export function RegistryReportView({ report }: { report: RegistryReport }) {
  return (
    <div aria-live="polite" data-testid="registry-report">
      <h3>Import report</h3>
      <p>
        {number(report.rowsRead)} rows read: {number(report.matched)} matched ({number(report.created)} new statements,{" "}
        {number(report.updated)} updated, {number(report.unchanged)} unchanged), {number(report.unmatched)} unknown
        companies, {number(report.rejected)} rejected.
      </p>
      {report.changes.length > 0 && (
        <>
          <h4>Changes</h4>
          <ul>
            {report.changes.map((c) => (
              <li key={`${c.line}`}>
                Line {c.line}: {c.supplierName} ({c.companyNumber}) {c.action.toLowerCase()}
                {c.changedFields.length > 0 && ` — ${c.changedFields.map(fieldWords).join(", ")}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unmatchedRows.length > 0 && (
        <>
          <h4>Not our suppliers{report.unmatched > report.unmatchedRows.length && " (the first 100)"}</h4>
          <ul>
            {report.unmatchedRows.map((u) => (
              <li key={u.line}>
                Line {u.line}: {u.organisationName ?? "—"} ({u.companyNumber})
              </li>
            ))}
          </ul>
        </>
      )}
      {report.rejections.length > 0 && (
        <>
          <h4>Rejected{report.rejected > report.rejections.length && " (the first 100)"}</h4>
          <ul>
            {report.rejections.map((rej) => (
              <li key={rej.line}>
                Line {rej.line}: {daysInWords(rej.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
