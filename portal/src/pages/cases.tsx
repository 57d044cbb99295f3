import { graphql } from "../gql";
import type { ConcernFilter } from "../gql/graphql";
import { usePortalQuery } from "../lib/use-portal-query";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Pager } from "../components/pager";
import { StatusBadge } from "../components/rag-badge";
import { OperationError } from "../lib/errors";
import { useAreas } from "../lib/areas";
import { date, label } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";

const PAGE_SIZE = 20;

const CONCERNS = graphql(`
  query PortalConcerns($filter: ConcernFilter, $first: Int, $after: String, $last: Int, $before: String) {
    concerns(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        startCursor
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
`);

const STATUSES = ["RECEIVED", "SCOPING", "RESPONSE_PLANNED", "ACTIVE", "CLOSED"];
const EXPLOITATION = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];

/** The filters as the page's address holds them: text, whatever was typed there. */
interface Filter {
  status?: string;
  areaId?: string;
  exploitationType?: string;
  reference?: string;
}

/** The filter's key in the page's address for each filter: short, and the same words a person would use. */
const PARAMS: Record<keyof Filter, string> = {
  status: "status",
  areaId: "area",
  exploitationType: "exploitation",
  reference: "reference",
};

function filterOf(params: URLSearchParams): Filter {
  const filter: Filter = {};
  for (const [key, name] of Object.entries(PARAMS) as Array<[keyof Filter, string]>) {
    const value = params.get(name)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/**
 * The list's place lives in the address (filters, page number and the cursor the page is read
 * from), so Back, a bookmark or a link sent to a colleague opens the same page of the same list.
 */
function useListPlace() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  // Sent as the address has them: the gateway refuses a status or kind it does not know, and the page says why.
  const asked = filter as ConcernFilter;
  const after = params.get("after");
  const before = params.get("before");
  // A page number without the cursor it is read from (an address typed by hand) is the first page.
  const page = after || before ? Math.max(2, Number(params.get("page")) || 2) : 1;
  const go = (next: Filter, place: { page: number; after?: string | null; before?: string | null }) => {
    const search = new URLSearchParams();
    for (const [key, name] of Object.entries(PARAMS) as Array<[keyof Filter, string]>) {
      const value = next[key];
      if (value) search.set(name, value);
    }
    if (place.page > 1) {
      search.set("page", String(place.page));
      if (place.after) search.set("after", place.after);
      if (place.before) search.set("before", place.before);
    }
    setParams(search);
  };
  return {
    filter,
    page,
    // A page reached with Previous is read backward from the page after it; page 1 is the list's start.
    variables: before ? { filter: asked, last: PAGE_SIZE, before } : { filter: asked, first: PAGE_SIZE, after },
    apply: (next: Filter) => go(next, { page: 1 }),
    next: (endCursor: string | null) => endCursor && go(filter, { page: page + 1, after: endCursor }),
    previous: (startCursor: string | null) => startCursor && go(filter, { page: page - 1, before: startCursor }),
    searchKey: params.toString(),
  };
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

/** The filter form, started from the address; a new address (Back) starts it afresh. */
function FilterForm({ initial, onApply }: { initial: Filter; onApply(filter: Filter): void }) {
  const areas = useAreas();
  const [draft, setDraft] = useState<Filter>(initial);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).filter(([, v]) => v?.trim())) as Filter);
  };
  return (
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
        Reference contains
        <input
          id="f-reference"
          value={draft.reference ?? ""}
          onChange={(e) => setDraft({ ...draft, reference: e.target.value })}
        />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

/** Concerns the caller may see, filtered and a page at a time. */
export function CasesPage() {
  const session = useSignedIn();
  const place = useListPlace();
  const { data, error, loading } = usePortalQuery(CONCERNS, { variables: place.variables });
  const r = Restrictions.from(error);
  const filtered = Object.keys(place.filter).length > 0;
  return (
    <>
      <div className="page-head">
        <h1>Cases</h1>
        {hasRole(session, "CASEWORKER", "COORDINATOR") && (
          <div className="actions">
            <Link className="button" to="/cases/new">
              Record a concern
            </Link>
            <Link className="button" to="/cases/nrm-import">
              Import NRM referrals
            </Link>
          </div>
        )}
      </div>
      <FilterForm key={place.searchKey} initial={place.filter} onApply={place.apply} />
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && data.concerns.nodes.length === 0 && (
        <p role="status" className="muted">
          {filtered
            ? `No concern you can see matches ${place.filter.reference ? `a reference containing “${place.filter.reference}”` : "these filters"}${place.filter.reference && Object.keys(place.filter).length > 1 ? " and the other filters" : ""}.`
            : "There are no concerns to show."}
        </p>
      )}
      {data && data.concerns.nodes.length > 0 && (
        <>
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
            page={place.page}
            pageSize={PAGE_SIZE}
            totalCount={data.concerns.totalCount}
            hasNextPage={place.page * PAGE_SIZE < data.concerns.totalCount}
            onNext={() => place.next(data.concerns.pageInfo.endCursor)}
            onPrevious={() => place.previous(data.concerns.pageInfo.startCursor)}
          />
        </>
      )}
    </>
  );
}
