import { graphql } from "../gql";
import type { RiskRating, StatementStatus, SupplierFilter } from "../gql/graphql";
import { usePortalQuery } from "../lib/use-portal-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { OpenedForm } from "../components/opened-form";
import { RegistryImport } from "../components/procurement/registry-import";
import { NEW_SUPPLIER, SupplierForm } from "../components/procurement/supplier-form";
import { Pager, useCursorPages } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { OperationError } from "../lib/errors";
import { label } from "../lib/format";
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

const STATUSES: StatementStatus[] = ["COMPLIANT", "PARTIAL", "MISSING", "OVERDUE", "NOT_REQUIRED"];
const RATINGS: RiskRating[] = ["LOW", "MEDIUM", "HIGH"];

/** A new supplier, in place; once added, its page is where the rest of its record is kept. */
function AddSupplier() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  return (
    <section className="card" aria-labelledby="add-supplier-heading">
      <div className="page-head">
        <h2 id="add-supplier-heading">Add a supplier</h2>
        {!open && (
          <button type="button" onClick={() => setOpen(true)}>
            Add a supplier
          </button>
        )}
      </div>
      {open && (
        <OpenedForm onClose={() => setOpen(false)}>
          <SupplierForm
            initial={NEW_SUPPLIER}
            onSaved={(id, name) => void navigate(`/procurement/suppliers/${id}`, { state: { added: name } })}
          />
        </OpenedForm>
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
  const { data, error, loading, refetch } = usePortalQuery(SUPPLIERS, {
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
      {hasRole(session, "PROCUREMENT_OFFICER", "PARTNERSHIP_ADMIN") && (
        <>
          <AddSupplier />
          <RegistryImport onImported={() => void refetch()} />
        </>
      )}
    </>
  );
}
