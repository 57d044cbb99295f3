import { gql } from "@apollo/client";
import { usePortalQuery } from "../lib/use-portal-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { Pager, useCursorPages } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { OperationError } from "../lib/errors";
import { useAreas } from "../lib/areas";
import { date, label } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";

const PAGE_SIZE = 20;

const CONCERNS = gql`
  query PortalConcerns($filter: ConcernFilter, $first: Int!, $after: String) {
    concerns(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        receivedOn
        status
        exploitationTypes
        takingPart
        location {
          type
          area {
            id
            name
          }
          supplier {
            name
            statementCheck {
              status
            }
          }
        }
        leadAgency {
          shortName
        }
      }
    }
  }
`;

interface ConcernRow {
  id: string;
  reference: string | null;
  receivedOn: string | null;
  status: string | null;
  exploitationTypes: string[] | null;
  takingPart: boolean | null;
  location: {
    type: string | null;
    area: { id: string; name: string } | null;
    supplier: { name: string; statementCheck: { status: string } } | null;
  } | null;
  leadAgency: { shortName: string } | null;
}

const STATUSES = ["RECEIVED", "SCOPING", "RESPONSE_PLANNED", "ACTIVE", "CLOSED"];
const EXPLOITATION = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];

interface Filter {
  status?: string;
  areaId?: string;
  exploitationType?: string;
  reference?: string;
}

function Select({
  id,
  text,
  options,
  value,
  onChange,
}: {
  id: string;
  text: string;
  /** Enum values (shown as words), or values with their own labels. */
  options: Array<string | { value: string; label: string }>;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <label htmlFor={id}>
      {text}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } =
            typeof option === "string" ? { value: option, label: label(option) } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** Concerns the caller may see, filtered and a page at a time. */
export function CasesPage() {
  const session = useSignedIn();
  const areas = useAreas();
  const [draft, setDraft] = useState<Filter>({});
  const [filter, setFilter] = useState<Filter>({});
  const pages = useCursorPages();
  const { data, error, loading } = usePortalQuery<{
    concerns: {
      totalCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      nodes: ConcernRow[];
    };
  }>(CONCERNS, { variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const r = Restrictions.from(error);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = Object.fromEntries(Object.entries(draft).filter(([, v]) => v)) as Filter;
    setFilter(cleaned);
    pages.reset();
  };
  return (
    <>
      <div className="page-head">
        <h1>Cases</h1>
        {hasRole(session, "CASEWORKER", "COORDINATOR") && (
          <Link className="button" to="/cases/new">
            Record a concern
          </Link>
        )}
      </div>
      <form className="inline-form" onSubmit={apply} aria-label="Filter concerns">
        <Select
          id="f-status"
          text="Status"
          options={STATUSES}
          value={draft.status ?? ""}
          onChange={(status) => setDraft({ ...draft, status })}
        />
        <Select
          id="f-area"
          text="Area"
          options={areas.map((area) => ({ value: area.id, label: area.name }))}
          value={draft.areaId ?? ""}
          onChange={(areaId) => setDraft({ ...draft, areaId })}
        />
        <Select
          id="f-type"
          text="Exploitation"
          options={EXPLOITATION}
          value={draft.exploitationType ?? ""}
          onChange={(exploitationType) => setDraft({ ...draft, exploitationType })}
        />
        <label htmlFor="f-reference">
          Reference
          <input
            id="f-reference"
            value={draft.reference ?? ""}
            onChange={(e) => setDraft({ ...draft, reference: e.target.value })}
          />
        </label>
        <button type="submit">Filter</button>
      </form>
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          {data.concerns.nodes.length === 0 && <p className="empty">No concerns match these filters.</p>}
          <table className="list">
            <caption className="visually-hidden">Concerns</caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
                <th scope="col">Exploitation</th>
                <th scope="col">Premises</th>
                <th scope="col">Area</th>
                <th scope="col">Supplier statement</th>
                <th scope="col">Lead</th>
              </tr>
            </thead>
            <tbody>
              {data.concerns.nodes.map((concern, index) => {
                const at = (...rest: string[]) => ["concerns", "nodes", index, ...rest];
                return (
                  <tr key={concern.id}>
                    <td>
                      <Link to={`/cases/${concern.id}`}>{concern.reference ?? "Concern"}</Link>
                      {concern.takingPart && <span className="tag">taking part</span>}
                    </td>
                    <td>
                      <Guarded r={r} at={at("receivedOn")}>
                        {date(concern.receivedOn)}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("status")}>
                        {concern.status && <StatusBadge status={concern.status} />}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("exploitationTypes")}>
                        {concern.exploitationTypes?.map(label).join(", ")}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("location", "type")}>
                        {label(concern.location?.type)}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("location", "area")}>
                        {concern.location?.area?.name ?? "—"}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("location", "supplier")}>
                        {concern.location?.supplier &&
                          `${concern.location.supplier.name}: ${label(concern.location.supplier.statementCheck.status)}`}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={at("leadAgency")}>
                        {concern.leadAgency?.shortName}
                      </Guarded>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={data.concerns.totalCount}
            hasNextPage={data.concerns.pageInfo.hasNextPage}
            onNext={() => pages.next(data.concerns.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </>
  );
}
