import { graphql } from "../gql";
import type { ChangeConcernStatusInput, ConcernStatus, ResponseLevel } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { RestrictedField } from "../components/restricted-field";
import { chosen, required } from "../lib/form-checks";
import { useGranted } from "../lib/grants";
import type { FieldTable } from "../lib/form-errors";
import { label } from "../lib/format";
import type { ConcernDetail } from "./case-detail";

const CHANGE_STATUS = graphql(`
  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {
    changeConcernStatus(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`);

/** The SHOP workflow's next steps from each status; the cases subgraph enforces the same rules. */
const NEXT: Record<ConcernStatus, ConcernStatus[]> = {
  RECEIVED: ["SCOPING", "CLOSED"],
  SCOPING: ["RESPONSE_PLANNED", "CLOSED"],
  RESPONSE_PLANNED: ["ACTIVE", "CLOSED"],
  ACTIVE: ["CLOSED"],
  CLOSED: ["SCOPING", "ACTIVE"],
};
const RESPONSE_LEVELS: readonly ResponseLevel[] = ["SINGLE_AGENCY", "JOINT_MULTI_AGENCY", "SIGNIFICANT_PRE_PLANNED"];

const FIELDS: FieldTable = {
  status: { id: "st-status", label: "New status" },
  responseLevel: { id: "st-level", label: "Response level" },
  outcome: { id: "st-outcome", label: "Outcome" },
  reason: { id: "st-reason", label: "Why reopen" },
  closedOn: { id: "st-status", label: "Closed on" },
};

/**
 * Moves a concern along the workflow, asking only for what the step needs: a response level to
 * plan a response, an outcome to close, a reason to reopen. A stale version is refused (CONFLICT)
 * and the page reloads the concern.
 */
export function ChangeStatusForm({ concern, onSaved }: { concern: ConcernDetail; onSaved(): void }) {
  const choices = concern.status ? NEXT[concern.status] : [];
  const [status, setStatus] = useState<ConcernStatus | "">(choices[0] ?? "");
  const [responseLevel, setResponseLevel] = useState<ResponseLevel | "">(concern.responseLevel ?? "");
  const [outcome, setOutcome] = useState("");
  const [reason, setReason] = useState("");
  const [change, { loading }] = useMutation(CHANGE_STATUS);
  const problems = useFormProblems(FIELDS);
  // The status, its response level and outcome are the concern's summary (CASE_SUMMARY).
  const granted = useGranted();
  const reopening = concern.status === "CLOSED";

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      status === "RESPONSE_PLANNED" ? chosen("st-level", "Response level", responseLevel) : null,
      status === "CLOSED" ? required("st-outcome", "Outcome", outcome) : null,
      reopening ? required("st-reason", "Why reopen", reason) : null,
    ]);
    // With no status to choose the form is not shown, so a status is always chosen here.
    if (!ok || !status) return;
    const input: ChangeConcernStatusInput = { status };
    if (status === "RESPONSE_PLANNED" && responseLevel) input.responseLevel = responseLevel;
    if (status === "CLOSED") Object.assign(input, { outcome: outcome.trim() || null }); // closed on the platform's today
    if (reopening) input.reason = reason.trim() || null;
    const result = await change({ variables: { id: concern.id, version: concern.version, input } });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  if (choices.length === 0) return null;
  if (!granted("CASE_SUMMARY"))
    return (
      <section className="card form" aria-labelledby="status-heading">
        <h2 id="status-heading">Change status</h2>
        <RestrictedField id="st-status" label="Status" category="CASE_SUMMARY" />
      </section>
    );
  return (
    <form className="card form" onSubmit={save} aria-labelledby="status-heading" noValidate>
      <h2 id="status-heading">Change status (now {label(concern.status)})</h2>
      <ProblemSummary form={problems} />
      <label htmlFor="st-status">New status</label>
      <select
        id="st-status"
        value={status}
        onChange={(e) => setStatus(e.target.value as ConcernStatus)}
        {...problems.describe("st-status")}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {label(choice)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="st-status" />
      {status === "RESPONSE_PLANNED" && (
        <>
          <label htmlFor="st-level">Response level</label>
          {/* No level until the person picks one: planning a response needs a decided level. */}
          <select
            id="st-level"
            required
            value={responseLevel}
            onChange={(e) => setResponseLevel(e.target.value as ResponseLevel)}
            {...problems.describe("st-level")}
          >
            <option value="" disabled>
              Choose a response level
            </option>
            {RESPONSE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {label(level)}
              </option>
            ))}
          </select>
          <FieldMessage form={problems} id="st-level" />
        </>
      )}
      {status === "CLOSED" && (
        <>
          <label htmlFor="st-outcome">Outcome</label>
          <textarea
            id="st-outcome"
            required
            rows={2}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            {...problems.describe("st-outcome")}
          />
          <FieldMessage form={problems} id="st-outcome" />
        </>
      )}
      {reopening && (
        <>
          <label htmlFor="st-reason">Why reopen</label>
          <textarea
            id="st-reason"
            required
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...problems.describe("st-reason")}
          />
          <FieldMessage form={problems} id="st-reason" />
        </>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Change status"}
      </button>
      <CancelButton />
    </form>
  );
}
