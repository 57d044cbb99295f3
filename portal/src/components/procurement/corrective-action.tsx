import { useMutation } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client";
import { useState } from "react";
import { graphql } from "../../gql";
import type { ActionStatus } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { date, label } from "../../lib/format";
import { ACTION_STATUSES } from "./choices";

const UPDATE_ACTION = graphql(`
  mutation PortalUpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {
    updateCorrectiveAction(input: $input) {
      id
      status
      completedOn
      overdue
    }
  }
`);

export interface ActionRow {
  id: string;
  description: string | null;
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  overdue: boolean;
}

/**
 * One corrective action, and (for the agency that recorded its audit) moving it on. Done is a
 * judgement that the supplier has put right what the audit found, and it closes the finding when
 * it is the last action: it is confirmed before it is saved.
 */
export function CorrectiveAction({
  action,
  canMove,
  onMoved,
}: {
  action: ActionRow;
  canMove: boolean;
  onMoved(): void;
}) {
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [confirming, setConfirming] = useState(false);
  const [update, { loading, error }] = useMutation(UPDATE_ACTION);
  const id = `ca-${action.id}`;
  const send = async () => {
    setConfirming(false);
    const result = await update({ variables: { input: { actionId: action.id, status } } });
    if (result.data) onMoved();
  };
  return (
    <li>
      <p>
        {action.description ?? "—"} · due {date(action.dueOn)} · <strong>{label(action.status)}</strong>
        {action.completedOn && ` on ${date(action.completedOn)}`}
        {action.overdue && <span className="tag">overdue</span>}
      </p>
      {canMove && (
        <div className="inline-form">
          <label htmlFor={id}>
            Move it to
            <select id={id} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={loading || status === action.status}
            onClick={() => (status === "DONE" ? setConfirming(true) : void send())}
          >
            Update the action
          </button>
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="card">
          <p id={`${id}-confirm`}>
            Mark it done? This records that the supplier has put it right, with today as the day it was completed; the
            finding is closed when all its actions are done.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void send()}>
              Yes, it is done
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      )}
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
    </li>
  );
}
