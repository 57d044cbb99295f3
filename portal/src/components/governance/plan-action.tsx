import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../gql";
import type { PortalActionPlanQuery } from "../../gql/graphql";
import { OpenedForm } from "../opened-form";
import { RagBadge } from "../rag-badge";
import { OperationError } from "../../lib/errors";
import { date } from "../../lib/format";
import { ActionProgressForm } from "../../pages/action-progress";
import { AddMilestoneForm } from "./plan-forms";

const COMPLETE_MILESTONE = graphql(`
  mutation PortalCompleteMilestone($input: CompleteMilestoneInput!) {
    completeActionMilestone(input: $input) {
      id
      doneOn
    }
  }
`);

export type PlanActionRow = NonNullable<PortalActionPlanQuery["actionPlan"]>["objectives"][number]["actions"][number];

/** Flagged when past its delivery date and not complete, by the platform's today (the server decides). */
export function OverdueFlag({ overdue }: { overdue: boolean }) {
  return overdue ? <span className="overdue-flag">Overdue</span> : null;
}

/**
 * An action of the plan: its milestones, ticked as they are reached; its progress, recorded with a
 * RAG status and a note; and its RAG history with every note, newest first.
 */
export function PlanActionItem({
  action,
  overdue,
  mayUpdate,
  onChanged,
}: {
  action: PlanActionRow;
  overdue: boolean;
  mayUpdate: boolean;
  onChanged(): void;
}) {
  const [open, setOpen] = useState<"progress" | "milestone" | null>(null);
  const [complete, completing] = useMutation(COMPLETE_MILESTONE);
  const reached = action.milestones.filter((m) => m.doneOn).length;
  const headingId = `action-${action.id}`;
  async function tick(milestoneId: string) {
    const result = await complete({ variables: { input: { milestoneId } } });
    if (!result.error) onChanged();
  }
  return (
    <article className="plan-action" aria-labelledby={headingId}>
      <h4 id={headingId}>{action.title}</h4>
      <p>
        <RagBadge rag={action.rag} /> <OverdueFlag overdue={overdue} /> due {date(action.deliveryDate)} · led by{" "}
        {action.leadAgencies.map((a) => a.shortName).join(", ")} · {reached} of {action.milestones.length} milestones
        reached
      </p>
      <OperationError error={completing.error} />
      {action.milestones.length > 0 && (
        <ul className="plain milestones" aria-label={`Milestones of ${action.title}`}>
          {action.milestones.map((m) => (
            <li key={m.id}>
              <span>
                {m.position}. {m.title}
                {m.dueOn && <span className="muted"> (due {date(m.dueOn)})</span>}
              </span>
              {m.doneOn ? (
                <span className="success">Reached {date(m.doneOn)}</span>
              ) : (
                mayUpdate && (
                  <button type="button" className="small" disabled={completing.loading} onClick={() => void tick(m.id)}>
                    Mark reached: {m.title}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {mayUpdate && (
        <div className="actions">
          <button
            type="button"
            className="small"
            aria-expanded={open === "progress"}
            onClick={() => setOpen(open === "progress" ? null : "progress")}
          >
            Update progress on {action.title}
          </button>
          <button
            type="button"
            className="small secondary"
            aria-expanded={open === "milestone"}
            onClick={() => setOpen(open === "milestone" ? null : "milestone")}
          >
            Add a milestone to {action.title}
          </button>
        </div>
      )}
      {open === "progress" && (
        <OpenedForm onClose={() => setOpen(null)}>
          <ActionProgressForm
            actionId={action.id}
            actionTitle={action.title}
            current={action.rag}
            milestones={action.milestones}
            onSaved={() => {
              setOpen(null);
              onChanged();
            }}
          />
        </OpenedForm>
      )}
      {open === "milestone" && (
        <OpenedForm onClose={() => setOpen(null)}>
          <AddMilestoneForm
            actionId={action.id}
            actionTitle={action.title}
            onSaved={() => {
              setOpen(null);
              onChanged();
            }}
          />
        </OpenedForm>
      )}
      <h5>RAG history</h5>
      {action.updates.length === 0 ? (
        <p className="muted">No progress recorded yet.</p>
      ) : (
        <ul className="plain rag-history" aria-label={`RAG history of ${action.title}`}>
          {action.updates.map((u) => (
            <li key={u.id}>
              {date(u.reportedOn)} <RagBadge rag={u.rag} />
              {u.reporterAgency && <span className="muted"> · {u.reporterAgency.shortName}</span>}
              <div>{u.note}</div>
              {u.completionReason && (
                <div>
                  <strong>Completed without every milestone because:</strong> {u.completionReason}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
