import { graphql } from "../gql";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { Link } from "react-router";
import { Pager, useCursorPages } from "../components/pager";
import { RagBadge, StatusBadge } from "../components/rag-badge";
import { OpenedForm } from "../components/opened-form";
import { TableScroll } from "../components/table-scroll";
import { OperationError } from "../lib/errors";
import { usePartnership } from "../lib/queries";
import { fieldLabel } from "../lib/history";
import { AuditSearch, type AuditSearchTerms, useAuditNames, useAuditRecords } from "../components/audit-search";
import { ActionProgressForm } from "./action-progress";
import { CreatePlanForm } from "../components/governance/create-plan-form";
import { OverdueFlag } from "../components/governance/plan-action";
import { date, dateTime, label } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";

const THEMES = ["PROTECT", "PREVENT", "PREPARE", "PURSUE"];

const PLANS = graphql(`
  query PortalActionPlans($partnershipId: ID!) {
    actionPlans(first: 5, partnershipId: $partnershipId) {
      nodes {
        id
        title
        startsOn
        endsOn
        ragSummary {
          rag
          count
        }
        objectives {
          id
          number
          theme
          title
          actions {
            id
            title
            deliveryDate
            rag
            leadAgencies {
              shortName
            }
            milestones {
              id
              title
              doneOn
            }
          }
        }
      }
    }
    overdueActions {
      id
    }
  }
`);

const AGREEMENTS = graphql(`
  query PortalAgreements {
    sharingAgreements(first: 50) {
      nodes {
        id
        reference
        title
        status
        inForce
        startDate
        endDate
        suspendedReason
        parties {
          id
          signedAt
          signedBy
          agency {
            id
            shortName
          }
        }
        grants {
          id
          recipientSector
          recipientAgency {
            shortName
          }
          categories
        }
      }
    }
  }
`);

// One page of a subgraph's audit log: the same selection from each subgraph's own log.
graphql(`
  fragment PortalAuditPage on AuditEventConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      at
      userId
      agencyId
      entityType
      entityId
      field
      category
      agreementId
      operation
      outcome
    }
  }
`);

// Each subgraph's audit log in a document of its own: a document built at run time could neither be
// checked against the schema by codegen nor be one of the trusted documents.
const SUBGRAPH_AUDITS = {
  governance: graphql(`
    query PortalGovernanceAudit($first: Int!, $after: String, $filter: AuditEventFilter) {
      events: governanceAuditEvents(first: $first, after: $after, filter: $filter) {
        ...PortalAuditPage
      }
    }
  `),
  cases: graphql(`
    query PortalCasesAudit($first: Int!, $after: String, $filter: AuditEventFilter) {
      events: casesAuditEvents(first: $first, after: $after, filter: $filter) {
        ...PortalAuditPage
      }
    }
  `),
  training: graphql(`
    query PortalTrainingAudit($first: Int!, $after: String, $filter: AuditEventFilter) {
      events: trainingAuditEvents(first: $first, after: $after, filter: $filter) {
        ...PortalAuditPage
      }
    }
  `),
  procurement: graphql(`
    query PortalProcurementAudit($first: Int!, $after: String, $filter: AuditEventFilter) {
      events: procurementAuditEvents(first: $first, after: $after, filter: $filter) {
        ...PortalAuditPage
      }
    }
  `),
};

/** The action plan as a board of the four Ps, each action with its RAG. */
function PlanBoard() {
  // Asked for by partnership: governance answers an empty list when partnershipId is left out.
  const partnership = usePartnership();
  const session = useSignedIn();
  const mayUpdate = hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN");
  const [updating, setUpdating] = useState<string | null>(null);
  const { data, error, refetch } = usePortalQuery(PLANS, {
    // Skipped until the partnership is known, so the empty id is never sent.
    variables: { partnershipId: partnership?.id ?? "" },
    skip: !partnership,
  });
  const [creating, setCreating] = useState(false);
  const plan = data?.actionPlans.nodes[0];
  const overdue = new Set((data?.overdueActions ?? []).map((a) => a.id));
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">Action plan{plan && `: ${plan.title}`}</h2>
      <OperationError error={error} />
      {data && (
        <nav aria-label="Action plans" className="actions">
          {data.actionPlans.nodes.map((p) => (
            <Link key={p.id} to={`/governance/plans/${p.id}`}>
              Open {p.title}
            </Link>
          ))}
          {mayUpdate && (
            <button type="button" className="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              Create an action plan
            </button>
          )}
        </nav>
      )}
      {creating && (
        <OpenedForm onClose={() => setCreating(false)}>
          <CreatePlanForm />
        </OpenedForm>
      )}
      {plan && (
        <>
          <p>
            {date(plan.startsOn)} – {date(plan.endsOn)} · today:{" "}
            {(plan.ragSummary ?? []).map((r) => (
              <span key={r.rag} className="rag-count">
                <RagBadge rag={r.rag} /> {r.count}
              </span>
            ))}
          </p>
          <div className="board">
            {THEMES.map((theme) => (
              <section key={theme} className="board-column" aria-labelledby={`theme-${theme}`}>
                <h3 id={`theme-${theme}`}>{label(theme)}</h3>
                {plan.objectives
                  .filter((o) => o.theme === theme)
                  .map((objective) => (
                    <div key={objective.id}>
                      <p className="objective">
                        {objective.number}. {objective.title}
                      </p>
                      <ul className="plain">
                        {objective.actions.map((action) => (
                          <li key={action.id} className="action-card">
                            <RagBadge rag={action.rag} />
                            <OverdueFlag overdue={overdue.has(action.id)} />
                            <span className="action-title">{action.title}</span>
                            <span className="muted">
                              due {date(action.deliveryDate)} · {action.leadAgencies.map((a) => a.shortName).join(", ")}{" "}
                              · {action.milestones.filter((m) => m.doneOn).length}/{action.milestones.length} milestones
                            </span>
                            {mayUpdate && (
                              <button
                                type="button"
                                className="small"
                                aria-expanded={updating === action.id}
                                aria-label={`Update progress on ${action.title}`}
                                onClick={() => setUpdating(updating === action.id ? null : action.id)}
                              >
                                Update
                              </button>
                            )}
                            {updating === action.id && (
                              <OpenedForm onClose={() => setUpdating(null)}>
                                <ActionProgressForm
                                  actionId={action.id}
                                  actionTitle={action.title}
                                  current={action.rag}
                                  milestones={action.milestones}
                                  onSaved={() => {
                                    setUpdating(null);
                                    void refetch();
                                  }}
                                />
                              </OpenedForm>
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The sharing agreements, each opening to its terms, where a party signs, suspends or re-activates
 * it; the partnership's administrator drafts new ones.
 */
function Agreements() {
  const session = useSignedIn();
  const { data, error } = usePortalQuery(AGREEMENTS, { fetchPolicy: "network-only" });
  const maySign = hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN");
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Sharing agreements</h2>
      {hasRole(session, "PARTNERSHIP_ADMIN") && (
        <p>
          <Link to="/governance/agreements/new">Draft a sharing agreement</Link>
        </p>
      )}
      <OperationError error={error} />
      <TableScroll name="Agreements and their parties">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Agreement</th>
              <th scope="col">Status</th>
              <th scope="col">Dates</th>
              <th scope="col">Signatures</th>
              <th scope="col">Grants</th>
            </tr>
          </thead>
          <tbody>
            {data?.sharingAgreements.nodes.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/governance/agreements/${a.id}`}>
                    <strong>{a.reference}</strong>
                  </Link>
                  <br />
                  {a.title}
                </td>
                <td>
                  <StatusBadge status={a.status} />
                  {a.inForce && <span className="tag">in force</span>}
                  {a.suspendedReason && <div className="muted">{a.suspendedReason}</div>}
                </td>
                <td>
                  {date(a.startDate)} – {date(a.endDate)}
                </td>
                <td>
                  <ul className="plain signatures">
                    {a.parties.map((p) => (
                      <li key={p.id}>
                        {p.agency.shortName}:{" "}
                        {p.signedAt ? `signed ${date(p.signedAt)}` : <strong>not signed yet</strong>}
                        {!p.signedAt && maySign && p.agency.id === session.agencyId && (
                          <>
                            {" "}
                            <Link to={`/governance/agreements/${a.id}`}>Review and sign</Link>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul className="plain">
                    {a.grants.map((g) => (
                      <li key={g.id}>
                        {g.recipientAgency?.shortName ?? label(g.recipientSector)}: {g.categories.join(", ")}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Who read which sensitive field, under which agreement: for the partnership's auditors. */
function AuditLog() {
  const [subgraph, setSubgraph] = useState<keyof typeof SUBGRAPH_AUDITS>("cases");
  const [terms, setTerms] = useState<AuditSearchTerms>({ reference: "", userId: "" });
  const pages = useCursorPages();
  const records = useAuditRecords(subgraph === "cases" ? terms.reference : "");
  const filter = {
    ...(terms.userId ? { userId: terms.userId } : {}),
    ...(records.searchedIds ? { entityIds: records.searchedIds } : {}),
  };
  const { data, error } = usePortalQuery(SUBGRAPH_AUDITS[subgraph], {
    variables: { first: 20, after: pages.after, filter },
    skip: records.searching,
  });
  const shown = useAuditNames(data?.events.nodes ?? []);
  const r = Restrictions.from(error);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <label htmlFor="audit-source">
        Records of{" "}
        <select
          id="audit-source"
          value={subgraph}
          onChange={(e) => {
            setSubgraph(e.target.value as keyof typeof SUBGRAPH_AUDITS);
            pages.reset();
          }}
        >
          {Object.keys(SUBGRAPH_AUDITS).map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </label>
      <AuditSearch
        byReference={subgraph === "cases"}
        onSearch={(next) => {
          setTerms(next);
          pages.reset();
        }}
      />
      <OperationError error={error ?? records.error} />
      {records.searchedIds?.length === 0 && (
        <p role="status" className="muted">
          No concern you can see has a reference containing “{terms.reference}”.
        </p>
      )}
      {data && data.events.nodes.length === 0 && records.searchedIds?.length !== 0 && (
        <p role="status" className="muted">
          No reads or refusals are recorded
          {terms.reference ? ` for concerns whose reference contains “${terms.reference}”` : ""}
          {terms.userId ? ` for the user ${terms.userId}` : ""}.
        </p>
      )}
      {data && data.events.nodes.length > 0 && (
        <Guarded r={r} at={["events"]}>
          <TableScroll name="Audit events">
            <table className="list" data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">User</th>
                  <th scope="col">Record</th>
                  <th scope="col">Field</th>
                  <th scope="col">Category</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Operation</th>
                </tr>
              </thead>
              <tbody>
                {data.events.nodes.map((e) => (
                  <tr key={e.id}>
                    <td>{dateTime(e.at)}</td>
                    <td>
                      {e.userId}
                      <br />
                      <span className="muted">{shown.agencyName(e.agencyId)}</span>
                    </td>
                    <td>{shown.record(e)}</td>
                    <td>
                      {fieldLabel(e.field)}
                      {e.outcome === "DENIED" && <span className="muted"> (refused)</span>}
                    </td>
                    <td>{e.category ? label(e.category) : "—"}</td>
                    <td>{e.agreementId ? shown.agreement(e.agreementId) : "Own agency's record"}</td>
                    <td>{e.operation ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pager
            page={pages.page}
            pageSize={20}
            totalCount={data.events.totalCount}
            hasNextPage={data.events.pageInfo.hasNextPage}
            onNext={() => pages.next(data.events.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </Guarded>
      )}
    </section>
  );
}

export function GovernancePage() {
  const session = useSignedIn();
  return (
    <>
      <h1>Governance</h1>
      <nav aria-label="Governance records" className="actions">
        <Link to="/governance/meetings">Meetings and attendance</Link>
        <Link to="/governance/maturity">Maturity self-assessments</Link>
      </nav>
      <PlanBoard />
      <Agreements />
      {hasRole(session, "AUDITOR") ? (
        <AuditLog />
      ) : (
        <section aria-labelledby="audit-heading">
          <h2 id="audit-heading">Audit log</h2>
          <p className="muted">The audit log is for the partnership's auditors (the AUDITOR role).</p>
        </section>
      )}
    </>
  );
}
