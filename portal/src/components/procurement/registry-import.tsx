import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import type { GraphQLFormattedError } from "graphql";
import { type FormEvent, useRef, useState } from "react";
import { graphql } from "../../gql";
import { ErrorList } from "../../lib/errors";
import { liveToken } from "../../lib/live-token";
import { usePartnership } from "../../lib/queries";
import { useSignedIn } from "../../lib/session";
import { type RegistryReport, RegistryReportView } from "./registry-report";
import { uploadRegistryFile } from "./upload-registry-file";

const IMPORT_REGISTRY = graphql(`
  mutation PortalImportRegistry($csv: String!) {
    importRegistryStatements(csv: $csv) {
      rowsRead
      matched
      created
      updated
      unchanged
      unmatched
      rejected
      changes {
        line
        companyNumber
        supplierName
        action
        changedFields
      }
      unmatchedRows {
        line
        companyNumber
        organisationName
      }
      rejections {
        line
        companyNumber
        reason
      }
    }
  }
`);

/** Megabytes, as a person reads a file's size. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}

type Upload = { phase: "sending"; sent: number; total: number } | { phase: "saving"; total: number };

/**
 * The registry's statement-summary CSV: a file of any size streamed to the platform with its
 * progress shown, or a few rows pasted. Either way the same import (all or nothing) and the same
 * report, line by line.
 */
export function RegistryImport({ onImported }: { onImported(): void }) {
  const session = useSignedIn();
  const partnership = usePartnership();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [report, setReport] = useState<RegistryReport | null>(null);
  const [errors, setErrors] = useState<GraphQLFormattedError[]>([]);
  const stop = useRef<(() => void) | null>(null);
  const [csv, setCsv] = useState("");
  const [importText, pasted] = useMutation(IMPORT_REGISTRY);

  async function sendFile(event: FormEvent) {
    event.preventDefault();
    if (!file || !partnership) return;
    setReport(null);
    setErrors([]);
    setUpload({ phase: "sending", sent: 0, total: file.size });
    const sending = uploadRegistryFile(file, liveToken(session.userId, session.token), partnership.id, (sent, total) =>
      // Once every byte is sent, the server is saving the last rows and checking the suppliers.
      setUpload(sent < total ? { phase: "sending", sent, total } : { phase: "saving", total }),
    );
    stop.current = sending.abort;
    const outcome = await sending.done;
    stop.current = null;
    setUpload(null);
    if ("report" in outcome) {
      setReport(outcome.report);
      onImported();
    } else setErrors(outcome.errors);
  }

  async function sendText(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    setErrors([]);
    const result = await importText({ variables: { csv } });
    if (result.data?.importRegistryStatements) {
      setReport(result.data.importRegistryStatements);
      onImported();
    } else setErrors(CombinedGraphQLErrors.is(result.error) ? [...result.error.errors] : []);
  }

  const percent = upload?.phase === "sending" && upload.total > 0 ? Math.floor((upload.sent / upload.total) * 100) : 0;
  return (
    <section className="card" aria-labelledby="registry-heading">
      <h2 id="registry-heading">Import the registry's statement CSV</h2>
      <p className="muted">
        The statement-summary file from the government's modern slavery statement registry, any size. Rows are matched
        to our suppliers by company number. A file that cannot be read saves nothing; rows that are wrong are listed and
        skipped.
      </p>
      <form className="form" onSubmit={sendFile} aria-label="Upload a registry file">
        <label htmlFor="r-file">Statement-summary CSV file</label>
        <input
          id="r-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          disabled={upload !== null}
        />
        {file && (
          <p className="muted hint">
            {file.name}, {megabytes(file.size)}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={!file || !partnership || upload !== null}>
            {upload ? "Importing…" : "Upload and import"}
          </button>
          {upload && (
            <button type="button" onClick={() => stop.current?.()}>
              Stop the upload
            </button>
          )}
        </div>
        {upload?.phase === "sending" && (
          <label>
            Sending {megabytes(upload.sent)} of {megabytes(upload.total)} ({percent}%)
            <progress max={100} value={percent}>
              {percent}%
            </progress>
          </label>
        )}
        {upload?.phase === "saving" && (
          <label>
            All {megabytes(upload.total)} sent: saving the last rows and checking the suppliers
            <progress />
          </label>
        )}
      </form>
      <form className="form" onSubmit={sendText} aria-label="Paste registry rows">
        <label htmlFor="r-csv">Or paste a few rows, header row first</label>
        <p id="r-csv-hint" className="muted hint">
          Dates may be written 31/03/2020 or 2020-03-31.
        </p>
        <textarea
          id="r-csv"
          rows={4}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          aria-describedby="r-csv-hint"
        />
        <button type="submit" disabled={pasted.loading || !csv.trim() || upload !== null}>
          {pasted.loading ? "Importing…" : "Import the pasted rows"}
        </button>
      </form>
      <ErrorList errors={errors} />
      {report && <RegistryReportView report={report} />}
    </section>
  );
}
