import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { ErrorList } from "../../lib/errors";
import { date } from "../../lib/format";
import { CancelButton, OpenedForm } from "../opened-form";
import { serverErrors } from "./server-errors";

const EXTEND = graphql(`
  mutation PortalExtendSubjectRequest($input: ExtendSubjectRequestInput!) {
    extendSubjectRequest(input: $input) {
      id
      dueOn
      extensionMonths
      extensionReason
      daysLeft
    }
  }
`);

const COMPLETE = graphql(`
  mutation PortalCompleteSubjectRequest($input: CompleteSubjectRequestInput!) {
    completeSubjectRequest(input: $input) {
      id
      status
      completedOn
      outcome
      daysLeft
    }
  }
`);

export interface OpenRequest {
  id: string;
  subject: string;
  dueOn: string;
  extensionMonths: number;
}

/** Extending an open request (at most two months in all, with the reason the subject is told). */
function ExtendForm({ request, onDone }: { request: OpenRequest; onDone(message: string): void }) {
  const [months, setMonths] = useState(1);
  const [reason, setReason] = useState("");
  const [extend, { loading, error }] = useMutation(EXTEND);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await extend({ variables: { input: { id: request.id, months, reason } } }).catch(() => null);
    const extended = result?.data?.extendSubjectRequest;
    if (extended) onDone(`Extended: the answer to "${request.subject}" is now due on ${date(extended.dueOn)}.`);
  };
  const left = 2 - request.extensionMonths;
  return (
    <form className="form" onSubmit={submit} aria-label={`Extend the request of ${request.subject}`}>
      <ErrorList errors={serverErrors(error)} />
      <label htmlFor={`x-months-${request.id}`}>Further months</label>
      <select id={`x-months-${request.id}`} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
        {[1, 2].slice(0, Math.max(left, 1)).map((m) => (
          <option key={m} value={m}>
            {m === 1 ? "One month" : "Two months"}
          </option>
        ))}
      </select>
      <label htmlFor={`x-reason-${request.id}`}>Why (the subject is told)</label>
      <textarea
        id={`x-reason-${request.id}`}
        rows={3}
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? "Extending…" : "Extend the time to answer"}
        </button>
        <CancelButton />
      </div>
    </form>
  );
}

/** Closing an open request: answered, or refused with the reason. */
function CompleteForm({
  request,
  today,
  onDone,
}: {
  request: OpenRequest;
  today: string;
  onDone(message: string): void;
}) {
  const [completedOn, setCompletedOn] = useState(today);
  const [outcome, setOutcome] = useState("");
  const [refused, setRefused] = useState(false);
  const [complete, { loading, error }] = useMutation(COMPLETE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await complete({
      variables: { input: { id: request.id, completedOn, outcome, refused } },
    }).catch(() => null);
    const closed = result?.data?.completeSubjectRequest;
    if (closed)
      onDone(
        `${closed.status === "REFUSED" ? "Refused" : "Answered"} on ${date(closed.completedOn)}: the request of "${request.subject}" is closed.`,
      );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={`Close the request of ${request.subject}`}>
      <ErrorList errors={serverErrors(error)} />
      <label htmlFor={`c-on-${request.id}`}>Answered on</label>
      <input
        id={`c-on-${request.id}`}
        type="date"
        required
        value={completedOn}
        onChange={(e) => setCompletedOn(e.target.value)}
      />
      <label htmlFor={`c-outcome-${request.id}`}>What was done (or why it is refused)</label>
      <textarea
        id={`c-outcome-${request.id}`}
        rows={3}
        required
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={refused} onChange={(e) => setRefused(e.target.checked)} />
        Refused (manifestly unfounded or excessive)
      </label>
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? "Closing…" : refused ? "Refuse the request" : "Record it answered"}
        </button>
        <CancelButton />
      </div>
    </form>
  );
}

/** An open request's two acts, each opened in place. */
export function SubjectRequestActions({
  request,
  today,
  onDone,
}: {
  request: OpenRequest;
  today: string;
  onDone(message: string): void;
}) {
  const [open, setOpen] = useState<"extend" | "complete" | null>(null);
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  if (open)
    return (
      <OpenedForm onClose={() => setOpen(null)}>
        {open === "extend" ? (
          <ExtendForm request={request} onDone={done} />
        ) : (
          <CompleteForm request={request} today={today} onDone={done} />
        )}
      </OpenedForm>
    );
  return (
    <div className="actions">
      {request.extensionMonths < 2 && (
        <button type="button" className="secondary" onClick={() => setOpen("extend")}>
          Extend
        </button>
      )}
      <button type="button" className="secondary" onClick={() => setOpen("complete")}>
        Close
      </button>
    </div>
  );
}
