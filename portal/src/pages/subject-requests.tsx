import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { AGENCY_CHOICE_NONE, SUBJECT_REQUEST_KINDS } from "../components/admin/choices";
import { serverErrors } from "../components/admin/server-errors";
import { SubjectAccessDownload } from "../components/admin/subject-access-download";
import { SubjectRequestActions } from "../components/admin/subject-request-actions";
import { TableScroll } from "../components/table-scroll";
import "../components/admin/admin.css";
import { graphql } from "../gql";
import type { SubjectRequestKind, SubjectRequestStatus } from "../gql/graphql";
import { ErrorList, OperationError } from "../lib/errors";
import { date, label } from "../lib/format";
import { usePortalQuery } from "../lib/use-portal-query";

const SUBJECT_REQUESTS = graphql(`
  query PortalSubjectRequests($status: SubjectRequestStatus) {
    today
    actingPartnership {
      id
      members {
        id
        until
        agency {
          id
          name
          shortName
        }
      }
    }
    subjectRequests(first: 100, status: $status) {
      totalCount
      nodes {
        id
        kind
        subject
        receivedOn
        dueOn
        extensionMonths
        status
        completedOn
        daysLeft
        overdue
        madeTo {
          shortName
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation PortalRecordSubjectRequest($input: RecordSubjectRequestInput!) {
    recordSubjectRequest(input: $input) {
      id
      subject
      dueOn
    }
  }
`);

type Agencies = ReadonlyArray<{ id: string; name: string; shortName: string }>;

function RecordRequest({
  today,
  agencies,
  onRecorded,
}: {
  today: string;
  agencies: Agencies;
  onRecorded(message: string): void;
}) {
  const blank = {
    kind: "ACCESS" as SubjectRequestKind,
    subject: "",
    receivedOn: "",
    name: "",
    dateOfBirth: "",
    email: "",
    reference: "",
    madeToAgencyId: AGENCY_CHOICE_NONE,
  };
  const [form, setForm] = useState(blank);
  const [record, { loading, error }] = useMutation(RECORD);
  const set = (field: keyof typeof blank) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || null;
    const result = await record({
      variables: {
        input: {
          kind: form.kind,
          subject: form.subject,
          receivedOn: form.receivedOn || today,
          search: {
            name: optional(form.name),
            dateOfBirth: optional(form.dateOfBirth),
            email: optional(form.email),
            reference: optional(form.reference),
          },
          madeToAgencyId: form.madeToAgencyId === AGENCY_CHOICE_NONE ? null : form.madeToAgencyId,
        },
      },
    }).catch(() => null);
    const recorded = result?.data?.recordSubjectRequest;
    if (recorded) {
      setForm(blank);
      onRecorded(`Recorded: the answer to "${recorded.subject}" is due on ${date(recorded.dueOn)}.`);
    }
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="record-request-heading">
      <h2 id="record-request-heading">Record a request</h2>
      <p className="muted hint">It must be answered within one calendar month of receipt.</p>
      <ErrorList errors={serverErrors(error)} />
      <label htmlFor="sr-kind">What they ask</label>
      <select id="sr-kind" value={form.kind} onChange={set("kind")}>
        {SUBJECT_REQUEST_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kind === "ACCESS"
              ? "Access: what is held about them"
              : kind === "RECTIFICATION"
                ? "Rectification: correct it"
                : "Erasure: delete it"}
          </option>
        ))}
      </select>
      <label htmlFor="sr-subject">Who they are, in a few words</label>
      <input id="sr-subject" required value={form.subject} onChange={set("subject")} />
      <label htmlFor="sr-received">Received on (today when empty)</label>
      <input id="sr-received" type="date" value={form.receivedOn} onChange={set("receivedOn")} />
      <fieldset className="admin-fieldset">
        <legend>How to find them in the records (at least one)</legend>
        <label htmlFor="sr-name">Name</label>
        <input id="sr-name" value={form.name} onChange={set("name")} />
        <label htmlFor="sr-dob">Date of birth</label>
        <input id="sr-dob" type="date" value={form.dateOfBirth} onChange={set("dateOfBirth")} />
        <label htmlFor="sr-email">Email</label>
        <input id="sr-email" type="email" value={form.email} onChange={set("email")} />
        <label htmlFor="sr-reference">A record&apos;s reference, e.g. SHOP-2020-0040</label>
        <input id="sr-reference" value={form.reference} onChange={set("reference")} />
      </fieldset>
      <label htmlFor="sr-agency">Made to</label>
      <select id="sr-agency" value={form.madeToAgencyId} onChange={set("madeToAgencyId")}>
        <option value={AGENCY_CHOICE_NONE}>My own agency</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.shortName})
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading}>
        {loading ? "Recording…" : "Record request"}
      </button>
    </form>
  );
}

function due(request: { status: SubjectRequestStatus; dueOn: string; daysLeft?: number | null; overdue: boolean }) {
  if (request.status !== "OPEN") return date(request.dueOn);
  const left = request.daysLeft ?? 0;
  const words = request.overdue ? `${-left} days overdue` : left === 0 ? "due today" : `${left} days left`;
  return `${date(request.dueOn)} (${words})`;
}

/** A data protection officer's register of subjects' requests: recording, extending, closing, exporting. */
export function SubjectRequestsPage() {
  const [status, setStatus] = useState<SubjectRequestStatus | "">("OPEN");
  const [done, setDone] = useState<string | null>(null);
  const { data, error, loading, refetch } = usePortalQuery(SUBJECT_REQUESTS, {
    variables: { status: status || null },
    fetchPolicy: "network-only",
  });
  const changed = (message: string) => {
    setDone(message);
    void refetch();
  };
  const agencies = (data?.actingPartnership?.members ?? []).filter((m) => !m.until).map((m) => m.agency);
  return (
    <>
      <h1>Subject requests</h1>
      <p className="muted">
        People asking what the partnership holds about them, to correct it or to erase it (UK GDPR Articles 15 to 17).
      </p>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <div className="inline-form">
        <label htmlFor="sr-status">
          Show
          <select
            id="sr-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as SubjectRequestStatus | "")}
          >
            <option value="OPEN">Open requests</option>
            <option value="COMPLETED">Answered</option>
            <option value="REFUSED">Refused</option>
            <option value="">All</option>
          </select>
        </label>
      </div>
      {loading && !data && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">Requests</h2>
            {data.subjectRequests.nodes.length === 0 ? (
              <p className="empty">No requests to show.</p>
            ) : (
              <TableScroll name="List of subject requests">
                <table className="list">
                  <thead>
                    <tr>
                      <th scope="col">Subject</th>
                      <th scope="col">Asks for</th>
                      <th scope="col">Made to</th>
                      <th scope="col">Received</th>
                      <th scope="col">Answer due</th>
                      <th scope="col">Status</th>
                      <th scope="col">Work</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.subjectRequests.nodes.map((request) => (
                      <tr key={request.id}>
                        <td>{request.subject}</td>
                        <td>{label(request.kind)}</td>
                        <td>{request.madeTo?.shortName ?? "—"}</td>
                        <td>{date(request.receivedOn)}</td>
                        <td>
                          {due(request)}
                          {request.extensionMonths > 0 && (
                            <span className="tag">
                              extended {request.extensionMonths} {request.extensionMonths === 1 ? "month" : "months"}
                            </span>
                          )}
                        </td>
                        <td>
                          {label(request.status)}
                          {request.completedOn ? ` ${date(request.completedOn)}` : ""}
                        </td>
                        <td>
                          <div className="actions">
                            {request.kind === "ACCESS" && data.actingPartnership && (
                              <SubjectAccessDownload requestId={request.id} partnershipId={data.actingPartnership.id} />
                            )}
                            {request.status === "OPEN" && (
                              <SubjectRequestActions request={request} today={data.today} onDone={changed} />
                            )}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
          <RecordRequest today={data.today} agencies={agencies} onRecorded={changed} />
        </>
      )}
    </>
  );
}
