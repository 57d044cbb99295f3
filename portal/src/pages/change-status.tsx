import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import type { ConcernDetail } from "./case-detail";

const CHANGE_STATUS = gql`
  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
    changeConcernStatus(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`;

/** The SHOP workflow's next steps from each status; the cases subgraph enforces the same rules. */
const NEXT: Record<string, string[]> = {
  RECEIVED: ["SCOPING", "CLOSED"],
  SCOPING: ["RESPONSE_PLANNED", "CLOSED"],
  RESPONSE_PLANNED: ["ACTIVE", "CLOSED"],
  ACTIVE: ["CLOSED"],
  CLOSED: ["SCOPING", "ACTIVE"],
};
const RESPONSE_LEVELS = ["SINGLE_AGENCY", "JOINT_MULTI_AGENCY", "SIGNIFICANT_PRE_PLANNED"];

/**
 * Moves a concern along the workflow, asking only for what the step needs: a response level to
 * plan a response, an outcome to close, a reason to reopen. A stale version is refused (CONFLICT)
 * and the page reloads the concern.
 */
export function ChangeStatusForm({ concern, onSaved }: { concern: ConcernDetail; onSaved(): void }) {
  const choices = NEXT[concern.status ?? ""] ?? [];
  const [status, setStatus] = useState(choices[0] ?? "");
  const [responseLevel, setResponseLevel] = useState(concern.responseLevel ?? "");
  const [outcome, setOutcome] = useState("");
  const [reason, setReason] = useState("");
  const [change, { loading, error }] = useMutation(CHANGE_STATUS);
  const reopening = concern.status === "CLOSED";

  async function save(event: FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = { status };
    if (status === "RESPONSE_PLANNED") input.responseLevel = responseLevel || null;
    if (status === "CLOSED") Object.assign(input, { outcome: outcome.trim() || null }); // closed on the platform's today
    if (reopening) input.reason = reason.trim() || null;
    const result = await change({ variables: { id: concern.id, version: concern.version, input } });
    if (!result.error) onSaved();
  }

  if (choices.length === 0) return null;
  return (
    <form className="card form" onSubmit={save} aria-labelledby="status-heading">
      <h2 id="status-heading">Change status (now {label(concern.status)})</h2>
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
      <label htmlFor="st-status">New status</label>
      <select id="st-status" value={status} onChange={(e) => setStatus(e.target.value)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {label(choice)}
          </option>
        ))}
      </select>
      {status === "RESPONSE_PLANNED" && (
        <>
          <label htmlFor="st-level">Response level</label>
          <select id="st-level" value={responseLevel} onChange={(e) => setResponseLevel(e.target.value)}>
            <option value="">Not decided</option>
            {RESPONSE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {label(level)}
              </option>
            ))}
          </select>
        </>
      )}
      {status === "CLOSED" && (
        <>
          <label htmlFor="st-outcome">Outcome</label>
          <textarea id="st-outcome" rows={2} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
        </>
      )}
      {reopening && (
        <>
          <label htmlFor="st-reason">Why reopen</label>
          <textarea id="st-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Change status"}
      </button>
      <CancelButton />
    </form>
  );
}
