import { useState } from "react";
import { graphql } from "../../gql";
import { OperationError } from "../../lib/errors";
import { date, label } from "../../lib/format";
import { usePlatformToday } from "../../lib/queries";
import { Guarded, Restrictions } from "../../lib/restrictions";
import { useSignedIn } from "../../lib/session";
import { usePortalQuery } from "../../lib/use-portal-query";
import { OpenedForm } from "../opened-form";
import { AssessmentForm } from "./assessment-form";
import { AuditForm } from "./audit-form";
import { CorrectiveAction } from "./corrective-action";

const SUPPLIER_ASSURANCE = graphql(`
  query PortalSupplierAssurance($id: ID!) {
    supplier(id: $id) {
      id
      assessments {
        id
        agencyId
        assessedOn
        score
        outcome
        notes
      }
      audits {
        id
        agencyId
        kind
        auditedOn
        auditor
        findings {
          id
          severity
          description
          open
          actions {
            id
            description
            dueOn
            status
            completedOn
            overdue
          }
        }
      }
    }
  }
`);

/**
 * The partnership's due-diligence assessments and audits of the supplier, with their findings and
 * corrective actions; the user's agency records new ones and moves its own audits' actions on.
 */
export function SupplierAssurance({
  supplierId,
  canRecord,
  onChanged,
}: {
  supplierId: string;
  canRecord: boolean;
  onChanged(): void;
}) {
  const session = useSignedIn();
  const today = usePlatformToday();
  const { data, error, refetch } = usePortalQuery(SUPPLIER_ASSURANCE, { variables: { id: supplierId } });
  const [opened, setOpened] = useState<"assessment" | "audit" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const restrictions = Restrictions.from(error);
  const supplier = data?.supplier;
  const changed = (message: string | null) => {
    setSaved(message);
    setOpened(null);
    void refetch();
    onChanged();
  };
  return (
    <>
      <section className="card" aria-labelledby="assessments-heading">
        <div className="page-head">
          <h2 id="assessments-heading">Due-diligence assessments</h2>
          {canRecord && opened !== "assessment" && today && (
            <button type="button" onClick={() => setOpened("assessment")}>
              Record an assessment
            </button>
          )}
        </div>
        {saved === "assessment" && (
          <p role="status" className="saved">
            Assessment recorded.
          </p>
        )}
        {opened === "assessment" && today && (
          <OpenedForm onClose={() => setOpened(null)}>
            <AssessmentForm supplierId={supplierId} today={today} onSaved={() => changed("assessment")} />
          </OpenedForm>
        )}
        <OperationError error={error} />
        {supplier && supplier.assessments.length === 0 && <p className="muted">No assessment in this partnership.</p>}
        <ul>
          {supplier?.assessments.map((a, index) => (
            <li key={a.id}>
              {date(a.assessedOn)}: score {a.score} of 100, {label(a.outcome).toLowerCase()}
              {" · "}
              <Guarded r={restrictions} at={["supplier", "assessments", index, "notes"]}>
                {a.notes}
              </Guarded>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="audits-heading">
        <div className="page-head">
          <h2 id="audits-heading">Audits and corrective actions</h2>
          {canRecord && opened !== "audit" && today && (
            <button type="button" onClick={() => setOpened("audit")}>
              Record an audit
            </button>
          )}
        </div>
        {saved === "audit" && (
          <p role="status" className="saved">
            Audit recorded.
          </p>
        )}
        {saved === "action" && (
          <p role="status" className="saved">
            Corrective action updated.
          </p>
        )}
        {opened === "audit" && today && (
          <OpenedForm onClose={() => setOpened(null)}>
            <AuditForm supplierId={supplierId} today={today} onSaved={() => changed("audit")} />
          </OpenedForm>
        )}
        {supplier && supplier.audits.length === 0 && <p className="muted">No audit in this partnership.</p>}
        {supplier?.audits.map((audit, auditIndex) => (
          <article key={audit.id} aria-labelledby={`audit-${audit.id}`}>
            <h3 id={`audit-${audit.id}`}>
              {label(audit.kind)} on {date(audit.auditedOn)} by {audit.auditor}
            </h3>
            {audit.findings.length === 0 && <p className="muted">A clean audit: nothing found.</p>}
            <ul>
              {audit.findings.map((finding, findingIndex) => {
                const at = ["supplier", "audits", auditIndex, "findings", findingIndex];
                return (
                  <li key={finding.id}>
                    <p>
                      <Guarded r={restrictions} at={[...at, "severity"]}>
                        {finding.severity && <strong>{label(finding.severity)}</strong>}
                      </Guarded>
                      {": "}
                      <Guarded r={restrictions} at={[...at, "description"]}>
                        {finding.description}
                      </Guarded>{" "}
                      ({finding.open ? "open" : "closed"})
                    </p>
                    <ul aria-label="Corrective actions">
                      {finding.actions.map((action) => (
                        <CorrectiveAction
                          key={action.id}
                          action={action}
                          canMove={canRecord && audit.agencyId === session.agencyId}
                          onMoved={() => changed("action")}
                        />
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </article>
        ))}
      </section>
    </>
  );
}
