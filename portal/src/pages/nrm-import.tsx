import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Link } from "react-router";
import { TableScroll } from "../components/table-scroll";
import { graphql } from "../gql";
import { ErrorList } from "../lib/errors";
import { label, number } from "../lib/format";
import { hasRole, useSignedIn } from "../lib/session";

const IMPORT_NRM = graphql(`
  mutation PortalImportNrmReferrals($csv: String!, $dryRun: Boolean!) {
    importNrmReferrals(csv: $csv, dryRun: $dryRun) {
      committed
      dryRun
      rowsRead
      imported
      rejected
      rows {
        line
        outcome
        problems {
          column
          message
        }
      }
    }
  }
`);

const COLUMNS =
  "concern_reference, referral_date, referring_agency, referrer_email, age_group, gender, nationality, exploitation_types, consent";

/**
 * A council's NRM referral log, imported all or nothing: every row is checked and reported with
 * the column at fault, and nothing is written while any row has a problem. A check first writes
 * nothing either way.
 */
export function NrmImportPage() {
  const session = useSignedIn();
  const [csv, setCsv] = useState("");
  const [run, { data, loading, error }] = useMutation(IMPORT_NRM);
  const mayImport = hasRole(session, "CASEWORKER", "COORDINATOR");
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = (dryRun: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    void run({ variables: { csv, dryRun } });
  };
  const report = data?.importNrmReferrals;
  return (
    <>
      <p>
        <Link to="/cases">← Cases</Link>
      </p>
      <h1>Import NRM referrals</h1>
      {!mayImport ? (
        <p className="muted">Only caseworkers and coordinators import NRM referrals, for their own agency.</p>
      ) : (
        <section aria-labelledby="nrm-import-heading" className="card">
          <h2 id="nrm-import-heading">Referral log (CSV)</h2>
          <p>
            Each row screens the person in the concern it names, on the referral day, and refers them into the NRM for
            your agency. If any row has a problem nothing is imported: put the rows right and import again. Importing
            the same log twice records its referrals twice.
          </p>
          <form className="form" onSubmit={submit(false)}>
            <label htmlFor="nrm-file">CSV file</label>
            <p id="nrm-file-hint" className="muted hint">
              Columns: {COLUMNS}. Dates may be written 31/03/2020 or 2020-03-31.
            </p>
            <input
              id="nrm-file"
              type="file"
              accept=".csv,text/csv"
              onChange={readFile}
              aria-describedby="nrm-file-hint"
            />
            <label htmlFor="nrm-csv">or paste the CSV</label>
            <textarea id="nrm-csv" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} />
            <div className="actions">
              <button type="button" disabled={loading || !csv.trim()} onClick={() => submit(true)()}>
                Check without importing
              </button>
              <button type="submit" disabled={loading || !csv.trim()}>
                {loading ? "Importing…" : "Import referrals"}
              </button>
            </div>
          </form>
          <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
          {report && (
            <div aria-live="polite" data-testid="nrm-import-report">
              <p>
                {report.committed
                  ? `Imported: ${number(report.imported)} referrals of ${number(report.rowsRead)} rows.`
                  : report.dryRun && report.rejected === 0
                    ? `Checked: all ${number(report.rowsRead)} rows can be imported. Nothing written yet.`
                    : `Nothing imported: ${number(report.rejected)} of ${number(report.rowsRead)} rows rejected.`}
              </p>
              <TableScroll name="Each row of the log">
                <table className="list">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Column</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.flatMap((row) =>
                      (row.problems.length > 0 ? row.problems : [null]).map((problem, k) => (
                        <tr key={`${row.line}-${k}`}>
                          <td>{row.line}</td>
                          <td>{label(row.outcome)}</td>
                          <td>{problem?.column ?? ""}</td>
                          <td>{problem?.message ?? ""}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          )}
        </section>
      )}
    </>
  );
}
