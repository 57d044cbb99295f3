import { CombinedGraphQLErrors } from "@apollo/client";
import { graphql } from "../gql";
import type { RiskRating, StatementStatus, SupplierFilter } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { usePortalQuery } from "../lib/use-portal-query";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Link } from "react-router";
import { Pager, useCursorPages } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { ErrorList, OperationError } from "../lib/errors";
import { daysInWords, fieldWords, label, number } from "../lib/format";
import { hasRole, useSignedIn } from "../lib/session";

const PAGE_SIZE = 20;

const SUPPLIERS = graphql(`
  query PortalSuppliers($filter: SupplierFilter, $first: Int!, $after: String) {
    suppliers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        companyNumber
        sector
        highRiskSector
        statementCheck {
          status
          score
        }
        risk {
          rating
          points
        }
      }
    }
  }
`);

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

const STATUSES: StatementStatus[] = ["COMPLIANT", "PARTIAL", "MISSING", "OVERDUE", "NOT_REQUIRED"];
const RATINGS: RiskRating[] = ["LOW", "MEDIUM", "HIGH"];
/** The gateway caps a request at 1 MB; bigger registry files go through the command-line import. */
const MAX_CSV_BYTES = 1_000_000;

/** The registry's statement-summary CSV: read, sent, and reported line by line. */
function RegistryImport() {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [readProgress, setReadProgress] = useState<number | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [run, { data, loading, error }] = useMutation(IMPORT_REGISTRY);
  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setTooBig(file.size > MAX_CSV_BYTES);
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && setReadProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => {
      setReadProgress(100);
      setCsv(String(reader.result));
    };
    reader.readAsText(file);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ variables: { csv } });
  };
  const report = data?.importRegistryStatements;
  return (
    <section className="card" aria-labelledby="registry-heading">
      <h2 id="registry-heading">Import the registry's statement CSV</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="r-file">Statement-summary CSV from the government registry</label>
        <input id="r-file" type="file" accept=".csv,text/csv" onChange={readFile} />
        {readProgress !== null && (
          <label>
            Reading {fileName}
            <progress max={100} value={readProgress}>
              {readProgress}%
            </progress>
          </label>
        )}
        {tooBig && (
          <p role="alert" className="error">
            This file is over 1 MB, the gateway's request limit: import it with the command line (node
            subgraphs/procurement/dist/import-registry-cli.js).
          </p>
        )}
        <p className="muted hint">Dates may be written 31/03/2020 or 2020-03-31.</p>
        <label htmlFor="r-csv">or paste it</label>
        <textarea id="r-csv" rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} />
        <button type="submit" disabled={loading || !csv.trim() || tooBig}>
          {loading ? "Importing…" : "Import"}
        </button>
        {loading && (
          <label>
            Matching and saving on the server
            <progress />
          </label>
        )}
      </form>
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
      {report && (
        <div aria-live="polite" data-testid="registry-report">
          <p>
            {number(report.rowsRead)} rows read: {number(report.matched)} matched ({number(report.created)} new
            statements, {number(report.updated)} updated, {number(report.unchanged)} unchanged),{" "}
            {number(report.unmatched)} unknown companies, {number(report.rejected)} rejected.
          </p>
          {report.changes.length > 0 && (
            <>
              <h3>Changes</h3>
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
              <h3>Not our suppliers</h3>
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
              <h3>Rejected</h3>
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
      )}
    </section>
  );
}

/** Suppliers with their statement status and risk, filterable, and the registry import. */
export function ProcurementPage() {
  const session = useSignedIn();
  const pages = useCursorPages();
  const [draft, setDraft] = useState({
    search: "",
    statementStatus: "" as StatementStatus | "",
    riskRating: "" as RiskRating | "",
  });
  const [filter, setFilter] = useState<SupplierFilter>({});
  const { data, error, loading } = usePortalQuery(SUPPLIERS, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    // Only what is filled in is a filter.
    setFilter({
      ...(draft.search && { search: draft.search }),
      ...(draft.statementStatus && { statementStatus: draft.statementStatus }),
      ...(draft.riskRating && { riskRating: draft.riskRating }),
    });
    pages.reset();
  };
  return (
    <>
      <h1>Procurement</h1>
      <form className="inline-form" onSubmit={apply} aria-label="Filter suppliers">
        <label htmlFor="s-search">
          Name or company number
          <input id="s-search" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })} />
        </label>
        <label htmlFor="s-status">
          Statement
          <select
            id="s-status"
            value={draft.statementStatus}
            onChange={(e) => setDraft({ ...draft, statementStatus: e.target.value as StatementStatus | "" })}
          >
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="s-risk">
          Risk
          <select
            id="s-risk"
            value={draft.riskRating}
            onChange={(e) => setDraft({ ...draft, riskRating: e.target.value as RiskRating | "" })}
          >
            <option value="">Any</option>
            {RATINGS.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          {data.suppliers.nodes.length === 0 && <p className="empty">No suppliers match these filters.</p>}
          <table className="list">
            <caption className="visually-hidden">Suppliers</caption>
            <thead>
              <tr>
                <th scope="col">Supplier</th>
                <th scope="col">Company number</th>
                <th scope="col">Sector</th>
                <th scope="col">Statement</th>
                <th scope="col">Score</th>
                <th scope="col">Risk</th>
              </tr>
            </thead>
            <tbody>
              {data.suppliers.nodes.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/procurement/suppliers/${s.id}`}>{s.name}</Link>
                  </td>
                  <td>{s.companyNumber}</td>
                  <td>
                    {label(s.sector)}
                    {s.highRiskSector && <span className="tag">high-risk sector</span>}
                  </td>
                  <td>
                    <StatusBadge status={s.statementCheck.status} />
                  </td>
                  <td>{s.statementCheck.score ?? "—"}</td>
                  <td>
                    <span className={`badge risk-${s.risk.rating.toLowerCase()}`}>{label(s.risk.rating)}</span> (
                    {s.risk.points} points)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={data.suppliers.totalCount}
            hasNextPage={data.suppliers.pageInfo.hasNextPage}
            onNext={() => pages.next(data.suppliers.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      )}
      {hasRole(session, "PROCUREMENT_OFFICER", "PARTNERSHIP_ADMIN") && <RegistryImport />}
    </>
  );
}
