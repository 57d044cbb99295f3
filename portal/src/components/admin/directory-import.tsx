import { useMutation } from "@apollo/client/react";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { ErrorList } from "../../lib/errors";
import { daysInWords, label, number } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { serverErrors } from "./server-errors";

const IMPORT_DIRECTORY = graphql(`
  mutation PortalImportDirectory($input: ImportDirectoryInput!) {
    importDirectory(input: $input) {
      committed
      imported
      duplicates
      rejected
      rolesGiven
      rows {
        row
        outcome
        column
        reason
      }
    }
  }
`);

/** The people of member agencies from a CSV file, all or nothing, with every row's outcome. */
export function DirectoryImport({ onImported }: { onImported(): void }) {
  const [csv, setCsv] = useState("");
  const [run, { data, loading, error }] = useMutation(IMPORT_DIRECTORY);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run({ variables: { input: { csv } }, refetchQueries: ["PortalDirectoryPeople"] }).catch(
      () => null,
    );
    if (result?.data?.importDirectory.committed) onImported();
  };
  const report = data?.importDirectory;
  return (
    <section aria-labelledby="dir-import-heading" className="card">
      <h2 id="dir-import-heading">Import people (CSV)</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="di-file">CSV file</label>
        <p id="di-file-hint" className="muted hint">
          Columns: name, email, job_title, agency (its short name), user_id and roles (separated by ;) to give them
          roles here, start_date. Nothing is imported if any row is rejected.
        </p>
        <input id="di-file" type="file" accept=".csv,text/csv" onChange={readFile} aria-describedby="di-file-hint" />
        <label htmlFor="di-csv">or paste the CSV</label>
        <textarea id="di-csv" rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} />
        <button type="submit" disabled={loading || !csv.trim()}>
          {loading ? "Importing…" : "Import people"}
        </button>
      </form>
      <ErrorList errors={serverErrors(error)} />
      {report && (
        <div aria-live="polite" data-testid="directory-import-report">
          <p>
            {report.committed ? "Imported" : "Nothing imported"}: {number(report.imported)} new,{" "}
            {number(report.duplicates)} already in the directory, {number(report.rejected)} rejected;{" "}
            {number(report.rolesGiven)} {report.rolesGiven === 1 ? "role" : "roles"} given.
          </p>
          <TableScroll name="Rows of the import">
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Column</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <td>{label(row.outcome)}</td>
                    <td>{row.column ?? ""}</td>
                    <td>{daysInWords(row.reason ?? "")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
