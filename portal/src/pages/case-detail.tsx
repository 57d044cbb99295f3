import { graphql } from "../gql";
import type { PortalConcernQuery } from "../gql/graphql";
import { usePortalQuery } from "../lib/use-portal-query";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { useRouteId } from "../lib/route-id";
import { StatusBadge } from "../components/rag-badge";
import { NotFound } from "../components/not-found";
import { OpenedForm } from "../components/opened-form";
import { TableScroll } from "../components/table-scroll";
import { OperationError } from "../lib/errors";
import { date, label } from "../lib/format";
import { Guarded, type Path, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";
import { ConcernTimeline } from "../components/concern-timeline";
import { OffendersAndOrders } from "../components/casework/offenders";
import { ChangeStatusForm } from "./change-status";
import { EditConcernForm } from "./edit-concern";
import { RecordVisitForm } from "./record-visit";
import { LegalHolds } from "../components/casework/legal-holds";
import { OpenSafeguardingList } from "../components/casework/open-safeguarding-list";
import { PersonActions } from "../components/casework/person-actions";
import { ScreenPerson } from "../components/casework/screen-person-form";

export const CONCERN = graphql(`
  query PortalConcern($id: ID!) {
    concern(id: $id) {
      id
      reference
      version
      receivedOn
      source
      status
      responseLevel
      exploitationTypes
      intelligenceSummary
      crimeReference
      outcome
      closedOn
      takingPart
      referringAgency {
        id
        shortName
      }
      leadAgency {
        id
        shortName
        name
      }
      participatingAgencies {
        id
        shortName
      }
      location {
        id
        type
        area {
          id
          name
        }
        ward
        address
        postcode
        businessName
      }
      peopleScreenedCount
      potentialVictims {
        id
        screenedOn
        ageGroup
        gender
        nationality
        fullName
        outcome
        nrmReferral {
          id
          referredOn
          reasonableGrounds
          conclusiveGrounds
          referringAgency {
            shortName
          }
        }
        dutyToNotify {
          id
          reportedOn
          reportingAgency {
            shortName
          }
        }
      }
      visits {
        id
        visitedOn
        notes
        agenciesPresent {
          id
          shortName
        }
        interventions {
          id
          type
          outcome
          agency {
            shortName
          }
        }
      }
      offenders {
        id
        fullName
        role
        arrestedOn
        charge
      }
      history {
        version
        changedAt
        changedBy
        changedByAgency {
          id
          shortName
        }
        reason
        changes {
          field
          category
          newValue
          restricted
        }
      }
    }
  }
`);

/** One concern as the detail page reads it, for the forms and the timeline. */
export type ConcernDetail = NonNullable<PortalConcernQuery["concern"]>;

function Row({ name, r, at, children }: { name: string; r: Restrictions; at: Path; children: ReactNode }) {
  return (
    <div className="row" data-field={at.slice(1).join(".")}>
      <dt>{name}</dt>
      <dd>
        <Guarded r={r} at={at}>
          {children}
        </Guarded>
      </dd>
    </div>
  );
}

/** One concern with everything the caller may see of it, and the caseworker's forms. */
export function CaseDetailPage() {
  const id = useRouteId();
  const session = useSignedIn();
  const [form, setForm] = useState<"edit" | "status" | "visit" | null>(null);
  const { data, error, loading, refetch } = usePortalQuery(CONCERN, {
    variables: { id },
  });
  const r = Restrictions.from(error);
  const concern = data?.concern;
  const at = (...rest: Array<string | number>): Path => ["concern", ...rest];
  const mayWrite = hasRole(session, "CASEWORKER", "COORDINATOR") && concern?.takingPart;
  const closed = concern?.status === "CLOSED";
  if (loading && !concern) return <p aria-live="polite">Loading…</p>;
  if (!concern)
    return (
      <>
        <OperationError error={error} />
        <NotFound title="Concern not found" back={{ to: "/cases", label: "← Cases" }}>
          No concern with this id is visible to you. The link may be mistyped, or the concern may be one your agency
          does not take part in.
        </NotFound>
      </>
    );
  return (
    <>
      <p>
        <Link to="/cases">← Cases</Link>
      </p>
      <div className="page-head">
        <h1>Concern {concern.reference}</h1>
        {mayWrite && (
          <div className="actions">
            <button
              type="button"
              onClick={() => setForm(form === "edit" ? null : "edit")}
              aria-expanded={form === "edit"}
            >
              Edit concern
            </button>
            <button
              type="button"
              onClick={() => setForm(form === "status" ? null : "status")}
              aria-expanded={form === "status"}
            >
              Change status
            </button>
            {closed ? null : (
              <button
                type="button"
                onClick={() => setForm(form === "visit" ? null : "visit")}
                aria-expanded={form === "visit"}
              >
                Record a visit
              </button>
            )}
          </div>
        )}
      </div>
      {mayWrite && closed && (
        <p className="muted" data-testid="no-visits-when-closed">
          Visits cannot be recorded on a closed concern
          {concern.closedOn ? ` (closed on ${date(concern.closedOn)})` : ""}. If there is more to do, reopen it with
          Change status, giving the reason, then record the visit.
        </p>
      )}
      <OperationError error={error} />
      {form && (
        <OpenedForm key={form} onClose={() => setForm(null)}>
          {form === "edit" && (
            <EditConcernForm concern={concern} onSaved={() => (setForm(null), refetch())} refetch={refetch} />
          )}
          {form === "status" && <ChangeStatusForm concern={concern} onSaved={() => (setForm(null), refetch())} />}
          {form === "visit" && !closed && (
            <RecordVisitForm concernId={concern.id} onSaved={() => (setForm(null), refetch())} />
          )}
        </OpenedForm>
      )}
      <div className="columns">
        <section aria-labelledby="summary-heading" className="card">
          <h2 id="summary-heading">Summary</h2>
          <dl className="fields">
            <Row name="Status" r={r} at={at("status")}>
              {concern.status && <StatusBadge status={concern.status} />}
            </Row>
            <Row name="Received" r={r} at={at("receivedOn")}>
              {date(concern.receivedOn)}
            </Row>
            <Row name="Source" r={r} at={at("source")}>
              {label(concern.source)}
            </Row>
            <Row name="Exploitation" r={r} at={at("exploitationTypes")}>
              {concern.exploitationTypes?.map(label).join(", ")}
            </Row>
            <Row name="Response level" r={r} at={at("responseLevel")}>
              {label(concern.responseLevel)}
            </Row>
            <Row name="Lead agency" r={r} at={at("leadAgency")}>
              {concern.leadAgency?.name}
            </Row>
            <Row name="Referred by" r={r} at={at("referringAgency")}>
              {concern.referringAgency?.shortName}
            </Row>
            <Row name="Taking part" r={r} at={at("participatingAgencies")}>
              {concern.participatingAgencies?.map((a) => a.shortName).join(", ")}
            </Row>
            <Row name="People screened" r={r} at={at("peopleScreenedCount")}>
              {concern.peopleScreenedCount}
            </Row>
            <Row name="Outcome" r={r} at={at("outcome")}>
              {concern.outcome}
            </Row>
          </dl>
        </section>
        <section aria-labelledby="premises-heading" className="card">
          <h2 id="premises-heading">Premises and intelligence</h2>
          <dl className="fields">
            <Row name="Type" r={r} at={at("location", "type")}>
              {label(concern.location?.type)}
            </Row>
            <Row name="Area" r={r} at={at("location", "area")}>
              {concern.location?.area?.name ?? "—"}
            </Row>
            <Row name="Ward" r={r} at={at("location", "ward")}>
              {concern.location?.ward}
            </Row>
            <Row name="Business" r={r} at={at("location", "businessName")}>
              {concern.location?.businessName}
            </Row>
            <Row name="Address" r={r} at={at("location", "address")}>
              {concern.location?.address}
            </Row>
            <Row name="Postcode" r={r} at={at("location", "postcode")}>
              {concern.location?.postcode}
            </Row>
            <Row name="Intelligence" r={r} at={at("intelligenceSummary")}>
              {concern.intelligenceSummary}
            </Row>
            <Row name="Crime reference" r={r} at={at("crimeReference")}>
              {concern.crimeReference}
            </Row>
          </dl>
        </section>
      </div>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People screened</h2>
        {mayWrite && !closed && <ScreenPerson concernId={concern.id} onSaved={() => void refetch()} />}
        {!closed && <OpenSafeguardingList people={concern.potentialVictims} />}
        <Guarded r={r} at={at("potentialVictims")}>
          {concern.potentialVictims && concern.potentialVictims.length > 0 ? (
            <TableScroll name="Each person screened">
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">Screened</th>
                    <th scope="col">Name</th>
                    <th scope="col">Age group</th>
                    <th scope="col">Gender</th>
                    <th scope="col">Nationality</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">NRM</th>
                    <th scope="col">Duty to notify</th>
                    {mayWrite && <th scope="col">Actions</th>}
                  </tr>
                </thead>
                <tbody>
                  {concern.potentialVictims.map((person, i) => {
                    const p = (...rest: string[]) => at("potentialVictims", i, ...rest);
                    return (
                      <tr key={person.id}>
                        <td>
                          <Guarded r={r} at={p("screenedOn")}>
                            {date(person.screenedOn)}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("fullName")}>
                            {person.fullName}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("ageGroup")}>
                            {label(person.ageGroup)}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("gender")}>
                            {label(person.gender)}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("nationality")}>
                            {person.nationality}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("outcome")}>
                            {label(person.outcome)}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("nrmReferral")}>
                            {person.nrmReferral &&
                              `Referred ${date(person.nrmReferral.referredOn)} by ${person.nrmReferral.referringAgency?.shortName ?? "—"}; RG ${label(person.nrmReferral.reasonableGrounds)}, CG ${label(person.nrmReferral.conclusiveGrounds)}`}
                          </Guarded>
                        </td>
                        <td>
                          <Guarded r={r} at={p("dutyToNotify")}>
                            {person.dutyToNotify &&
                              `MS1 ${date(person.dutyToNotify.reportedOn)} by ${person.dutyToNotify.reportingAgency?.shortName ?? "—"}`}
                          </Guarded>
                        </td>
                        {mayWrite && (
                          <td>
                            <PersonActions concernId={concern.id} person={person} onSaved={() => void refetch()} />
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p className="muted">Nobody screened yet.</p>
          )}
        </Guarded>
      </section>

      <LegalHolds concernId={concern.id} mayWrite={Boolean(mayWrite)} />

      <section aria-labelledby="visits-heading">
        <h2 id="visits-heading">Visits and interventions</h2>
        <Guarded r={r} at={at("visits")}>
          {concern.visits && concern.visits.length > 0 ? (
            <ul className="plain">
              {concern.visits.map((visit, i) => (
                <li key={visit.id} className="card">
                  <strong>
                    <Guarded r={r} at={at("visits", i, "visitedOn")}>
                      {date(visit.visitedOn)}
                    </Guarded>
                  </strong>{" "}
                  —{" "}
                  <Guarded r={r} at={at("visits", i, "agenciesPresent")}>
                    {visit.agenciesPresent?.map((a) => a.shortName).join(", ")}
                  </Guarded>
                  <p>
                    <Guarded r={r} at={at("visits", i, "notes")}>
                      {visit.notes}
                    </Guarded>
                  </p>
                  <Guarded r={r} at={at("visits", i, "interventions")}>
                    <ul>
                      {visit.interventions?.map((intervention, j) => (
                        <li key={intervention.id}>
                          <Guarded r={r} at={at("visits", i, "interventions", j, "type")}>
                            {label(intervention.type)}
                          </Guarded>{" "}
                          by {intervention.agency?.shortName ?? "—"}
                          {intervention.outcome && `: ${intervention.outcome}`}
                        </li>
                      ))}
                    </ul>
                  </Guarded>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No visits recorded.</p>
          )}
        </Guarded>
      </section>

      <OffendersAndOrders concernId={concern.id} mayWrite={Boolean(mayWrite)} closed={closed} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ConcernTimeline concern={concern} r={r} at={at} />
      </section>
    </>
  );
}
