import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { graphql } from "../../gql";
import { required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import "./training.css";

const CANCEL_SESSION = graphql(`
  mutation PortalCancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      id
      status
      cancelledAt
      cancellationReason
    }
  }
`);

const FIELDS: FieldTable = {
  reason: { id: "cancel-reason", label: "Why it is cancelled" },
  sessionId: { id: "cancel-reason", label: "Session" },
};

/**
 * Cancelling a scheduled session, in two steps: the reason, then a confirmation that says what
 * it means (the people booked will not be trained by it, and no attendance can be recorded).
 */
export function CancelSession({ sessionId, onCancelled }: { sessionId: string; onCancelled(): void }) {
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading }] = useMutation(CANCEL_SESSION);
  const problems = useFormProblems(FIELDS);

  function ask(event: FormEvent) {
    event.preventDefault();
    if (problems.check([required("cancel-reason", "Why it is cancelled", reason)])) setConfirming(true);
  }

  async function confirm() {
    const result = await cancel({ variables: { input: { sessionId, reason: reason.trim() } } });
    setConfirming(false);
    if (result.error || !result.data?.cancelSession) problems.fromServer(result.error);
    else onCancelled();
  }

  return (
    <section aria-labelledby="cancel-heading" className="card">
      <h2 id="cancel-heading">Cancel this session</h2>
      <form className="form" onSubmit={ask} noValidate>
        <ProblemSummary form={problems} />
        <label htmlFor="cancel-reason">Why it is cancelled</label>
        <textarea
          id="cancel-reason"
          rows={2}
          value={reason}
          disabled={confirming}
          onChange={(e) => setReason(e.target.value)}
          {...problems.describe("cancel-reason")}
        />
        <FieldMessage form={problems} id="cancel-reason" />
        {!confirming && <button type="submit">Cancel the session…</button>}
      </form>
      {confirming && (
        <div role="alertdialog" aria-labelledby="cancel-confirm-heading" className="cancel-confirm">
          <h3 id="cancel-confirm-heading">Cancel the session for good?</h3>
          <p>
            The people booked on it will not be trained by it, and no attendance can be recorded for it afterwards. The
            session stays on the list as cancelled, with your reason.
          </p>
          <div className="actions">
            <button type="button" disabled={loading} onClick={() => void confirm()}>
              {loading ? "Cancelling…" : "Yes, cancel the session"}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
