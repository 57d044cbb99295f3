import { Link } from "react-router";
import { graphql } from "../gql";
import { NotFound } from "../components/not-found";
import { RagBadge } from "../components/rag-badge";
import { AddActionForm, AddKpiForm, AddObjectiveForm, THEMES } from "../components/governance/plan-forms";
import { PlanActionItem } from "../components/governance/plan-action";
import { OperationError } from "../lib/errors";
import { date, label, number } from "../lib/format";
import { useRouteId } from "../lib/route-id";
import { hasRole, useSignedIn } from "../lib/session";
import { usePortalQuery } from "../lib/use-portal-query";
import "../components/governance/governance.css";

const ACTION_PLAN = graphql(`
  query PortalActionPlan($id: ID!) {
    actionPlan(id: $id) {
      id
      title
      startsOn
      endsOn
      ragSummary {
        rag
        count
      }
      kpis {
        id
        name
        target
        unit
      }
      objectives {
        id
        number
        theme
        title
        kpis {
          id
          name
          target
          unit
        }
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
            position
            title
            dueOn
            doneOn
          }
          updates {
            id
            reportedOn
            rag
            note
            completionReason
            reporterAgency {
              shortName
            }
          }
        }
      }
    }
    overdueActions(planId: $id) {
      id
    }
  }
`);

function Kpis({
  kpis,
}: {
  kpis: ReadonlyArray<{ id: string; name: string; target?: number | null; unit?: string | null }>;
}) {
  if (kpis.length === 0) return null;
  return (
    <ul className="kpis">
      {kpis.map((k) => (
        <li key={k.id}>
          KPI: {k.name}
          {k.target != null && ` — target ${number(k.target)}${k.unit ? ` ${k.unit}` : ""}`}
        </li>
      ))}
    </ul>
  );
}

/** One action plan: its objectives under the four Ps, their KPIs and actions, and the forms that build it. */
export function ActionPlanPage() {
  const id = useRouteId();
  const session = useSignedIn();
  const mayPlan = hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN");
  const { data, error, loading, refetch } = usePortalQuery(ACTION_PLAN, { variables: { id } });
  const plan = data?.actionPlan;
  if (!loading && data && !plan)
    return (
      <NotFound title="Action plan not found" back={{ to: "/governance", label: "Go to governance" }}>
        The partnership has no action plan at this address.
      </NotFound>
    );
  const overdue = new Set((data?.overdueActions ?? []).map((a) => a.id));
  const changed = () => void refetch();
  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>{plan ? plan.title : "Action plan"}</h1>
      <OperationError error={error} />
      {plan && (
        <>
          <p>
            {date(plan.startsOn)} – {date(plan.endsOn)} · today:{" "}
            {(plan.ragSummary ?? []).map((r) => (
              <span key={r.rag} className="rag-count">
                <RagBadge rag={r.rag} /> {r.count}
              </span>
            ))}
            {overdue.size > 0 && <strong> · {overdue.size} overdue</strong>}
          </p>
          <Kpis kpis={plan.kpis} />
          {plan.objectives.length === 0 && <p className="muted">The plan has no objectives yet.</p>}
          {THEMES.map((theme) => {
            const objectives = plan.objectives.filter((o) => o.theme === theme);
            if (objectives.length === 0) return null;
            return (
              <section key={theme} aria-labelledby={`theme-${theme}`}>
                <h2 id={`theme-${theme}`}>{label(theme)}</h2>
                {objectives.map((objective) => (
                  <section key={objective.id} className="card" aria-labelledby={`objective-${objective.id}`}>
                    <h3 id={`objective-${objective.id}`}>
                      {objective.number}. {objective.title}
                    </h3>
                    <Kpis kpis={objective.kpis} />
                    {objective.actions.length === 0 && <p className="muted">No actions yet.</p>}
                    {objective.actions.map((action) => (
                      <PlanActionItem
                        key={action.id}
                        action={action}
                        overdue={overdue.has(action.id)}
                        mayUpdate={mayPlan}
                        onChanged={changed}
                      />
                    ))}
                  </section>
                ))}
              </section>
            );
          })}
          {mayPlan && (
            <div className="plan-forms">
              <AddObjectiveForm planId={plan.id} onSaved={changed} />
              <AddKpiForm planId={plan.id} objectives={plan.objectives} onSaved={changed} />
              <AddActionForm objectives={plan.objectives} onSaved={changed} />
            </div>
          )}
        </>
      )}
    </>
  );
}
