import { graphql } from "../gql";
import type { AttendanceStatus } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { usePortalQuery } from "../lib/use-portal-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { useRouteId } from "../lib/route-id";
import { StatusBadge } from "../components/rag-badge";
import { NotFound } from "../components/not-found";
import { TableScroll } from "../components/table-scroll";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { OperationError } from "../lib/errors";
import { email, required } from "../lib/form-checks";
import type { FieldTable } from "../lib/form-errors";
import { date, dateTime, label } from "../lib/format";
import { useAgencies } from "../lib/queries";
import { Guarded, Restrictions } from "../lib/restrictions";
import { hasRole, useSignedIn } from "../lib/session";
import { CancelSession } from "../components/training/cancel-session";
import { DelegateLookup, type DirectoryPerson } from "../components/training/delegate-lookup";

const SESSION = graphql(`
  query PortalTrainingSession($id: ID!) {
    trainingSession(id: $id) {
      id
      startsAt
      venue
      trainer
      capacity
      status
      cancelledAt
      cancellationReason
      course {
        title
        level
      }
      attendance {
        id
        status
        delegateName
        delegateEmail
        certificateNumber
        expiresOn
        agency {
          id
          shortName
        }
      }
    }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation PortalRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      status
    }
  }
`);

const STATUSES: AttendanceStatus[] = ["ATTENDED", "COMPLETED", "NO_SHOW"];

interface Attendee {
  name: string;
  email: string;
  agencyId: string;
  status: AttendanceStatus;
}
/** RecordAttendanceInput's fields: delegates numbered from 1, as the form shows them. */
const FIELDS: FieldTable = {
  "attendees.#.name": { id: "att-{i}-name", label: "Delegate {n}: Name" },
  "attendees.#.email": { id: "att-{i}-email", label: "Delegate {n}: Email" },
  "attendees.#.agencyId": { id: "att-{i}-agency", label: "Delegate {n}: Agency" },
  "attendees.#.status": { id: "att-{i}-status", label: "Delegate {n}: Status" },
};

/** A session and its register; a training administrator records the whole session's attendance at once. */
export function TrainingSessionPage() {
  const id = useRouteId();
  const session = useSignedIn();
  const agencies = useAgencies();
  const { data, error, loading: reading, refetch } = usePortalQuery(SESSION, { variables: { id } });
  const [record, { loading }] = useMutation(RECORD_ATTENDANCE);
  const problems = useFormProblems(FIELDS);
  const [attendees, setAttendees] = useState<Attendee[]>([]);
  const [saved, setSaved] = useState(false);
  const training = data?.trainingSession;
  const r = Restrictions.from(error);

  useEffect(() => {
    if (!training) return;
    setAttendees(
      training.attendance.map((a) => ({
        name: a.delegateName ?? "",
        email: a.delegateEmail ?? "",
        // The schema lets an agency be missing (a refused or unresolved entity): the person then picks one.
        agencyId: a.agency?.id ?? "",
        status: a.status === "BOOKED" ? "ATTENDED" : a.status,
      })),
    );
  }, [training]);

  const change = (index: number, patch: Partial<Attendee>) =>
    setAttendees(attendees.map((a, k) => (k === index ? { ...a, ...patch } : a)));
  const listed = new Set(attendees.map((a) => a.email.trim().toLowerCase()));
  // A picked person fills a row; where the directory withheld their email, it is typed in.
  const pick = (person: DirectoryPerson) =>
    setAttendees((rows) => [
      ...rows,
      { name: person.name, email: person.email ?? "", agencyId: person.agency.id, status: "COMPLETED" },
    ]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = problems.check(
      attendees.flatMap((attendee, index) => [
        required(`att-${index}-name`, `Delegate ${index + 1}: Name`, attendee.name),
        email(`att-${index}-email`, `Delegate ${index + 1}: Email`, attendee.email),
      ]),
    );
    if (!ok) return;
    const trimmed = attendees.map((a) => ({ ...a, name: a.name.trim(), email: a.email.trim() }));
    const result = await record({ variables: { input: { sessionId: id, attendees: trimmed } } });
    if (result.error) problems.fromServer(result.error);
    else {
      setSaved(true);
      await refetch();
    }
  }

  if (reading && !training) return <p aria-live="polite">Loading…</p>;
  if (!training)
    return error ? (
      <OperationError error={error} />
    ) : (
      <NotFound title="Training session not found" back={{ to: "/training", label: "← Training" }}>
        This partnership has no training session with this id. The link may be mistyped or out of date.
      </NotFound>
    );
  return (
    <>
      <p>
        <Link to="/training">← Training</Link>
      </p>
      <h1>{training.course.title}</h1>
      <p>
        {dateTime(training.startsAt)} · {training.venue ?? "Online"} · trainer {training.trainer} · {training.capacity}{" "}
        places · <StatusBadge status={training.status} />
      </p>
      {training.status === "CANCELLED" && (
        <p className="card" data-testid="cancellation">
          Cancelled on {dateTime(training.cancelledAt)}: {training.cancellationReason}
        </p>
      )}
      <OperationError error={error} />
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">Register</h2>
        {training.attendance.length === 0 ? (
          <p className="muted">No attendance recorded yet.</p>
        ) : (
          <TableScroll name="Attendance by delegate">
            <table className="list" data-testid="register">
              <thead>
                <tr>
                  <th scope="col">Delegate</th>
                  <th scope="col">Email</th>
                  <th scope="col">Agency</th>
                  <th scope="col">Status</th>
                  <th scope="col">Certificate</th>
                </tr>
              </thead>
              <tbody>
                {training.attendance.map((a, i) => (
                  <tr key={a.id}>
                    <td>
                      <Guarded r={r} at={["trainingSession", "attendance", i, "delegateName"]} compact>
                        {a.delegateName}
                      </Guarded>
                    </td>
                    <td>
                      <Guarded r={r} at={["trainingSession", "attendance", i, "delegateEmail"]} compact>
                        {a.delegateEmail}
                      </Guarded>
                    </td>
                    <td>{a.agency?.shortName ?? "—"}</td>
                    <td>{label(a.status)}</td>
                    <td>{a.certificateNumber ? `${a.certificateNumber} (expires ${date(a.expiresOn)})` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {hasRole(session, "TRAINING_ADMIN") && training.status !== "CANCELLED" && (
        <form className="card form" onSubmit={save} aria-labelledby="attendance-heading" noValidate>
          <h2 id="attendance-heading">Record attendance</h2>
          <ProblemSummary form={problems} />
          {saved && (
            <p role="status" className="success">
              Attendance recorded.
            </p>
          )}
          <DelegateLookup listed={listed} onPick={pick} />
          {attendees.map((attendee, index) => (
            <fieldset key={index} className="inline-form">
              <legend>Delegate {index + 1}</legend>
              <label>
                Name
                <input
                  id={`att-${index}-name`}
                  required
                  value={attendee.name}
                  onChange={(e) => change(index, { name: e.target.value })}
                  {...problems.describe(`att-${index}-name`)}
                />
                <FieldMessage form={problems} id={`att-${index}-name`} />
              </label>
              <label>
                Email
                <input
                  id={`att-${index}-email`}
                  type="email"
                  required
                  value={attendee.email}
                  onChange={(e) => change(index, { email: e.target.value })}
                  {...problems.describe(`att-${index}-email`)}
                />
                <FieldMessage form={problems} id={`att-${index}-email`} />
              </label>
              <label>
                Agency
                <select
                  id={`att-${index}-agency`}
                  value={attendee.agencyId}
                  onChange={(e) => change(index, { agencyId: e.target.value })}
                  {...problems.describe(`att-${index}-agency`)}
                >
                  {agencies.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.shortName}
                    </option>
                  ))}
                </select>
                <FieldMessage form={problems} id={`att-${index}-agency`} />
              </label>
              <label>
                Status
                <select
                  id={`att-${index}-status`}
                  value={attendee.status}
                  onChange={(e) => change(index, { status: e.target.value as AttendanceStatus })}
                  {...problems.describe(`att-${index}-status`)}
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {label(s)}
                    </option>
                  ))}
                </select>
                <FieldMessage form={problems} id={`att-${index}-status`} />
              </label>
              <button type="button" onClick={() => setAttendees(attendees.filter((_, k) => k !== index))}>
                Remove
              </button>
            </fieldset>
          ))}
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                setAttendees([...attendees, { name: "", email: "", agencyId: session.agencyId, status: "COMPLETED" }])
              }
            >
              Add a delegate not in the directory
            </button>
            <button type="submit" disabled={loading || attendees.length === 0}>
              {loading ? "Saving…" : "Save attendance"}
            </button>
          </div>
        </form>
      )}
      {hasRole(session, "TRAINING_ADMIN") && training.status === "SCHEDULED" && (
        <CancelSession sessionId={training.id} onCancelled={() => void refetch()} />
      )}
    </>
  );
}
