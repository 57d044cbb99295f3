import { graphql } from "../gql";
import type { ChangeConcernStatusInput, ConcernStatus, ResponseLevel } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { RestrictedField } from "../components/restricted-field";
import { chosen, required, requiredDay } from "../lib/form-checks";
import { useGranted } from "../lib/grants";
import type { FieldTable } from "../lib/form-errors";
import { date, label } from "../lib/format";
import { usePlatformToday } from "../lib/queries";
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
  closedOn: { id: "st-closed-on", label: "Closed on" },
};

/**
 * The people screened in the concern with neither an NRM referral nor a duty-to-notify (MS1) report:
 * closing leaves them with no statutory report. Those screened with no indicators need none. Only
 * the people the caller may see are counted.
 */
function unreported(concern: ConcernDetail) {
  return (concern.potentialVictims ?? []).filter(
    (person) => !person.nrmReferral && !person.dutyToNotify && person.outcome !== "NO_INDICATORS",
  );
}

/**
 * Moves a concern along the workflow, asking only for what the step needs: a response level to
 * plan a response, an outcome and the day it closed to close (with a warning to acknowledge when
 * someone screened has no NRM referral or MS1), a reason to reopen. A stale version is refused
 * (CONFLICT) and the page reloads the concern.
 */
export function ChangeStatusForm({ concern, onSaved }: { concern: ConcernDetail; onSaved(): void }) {
  const choices = concern.status ? NEXT[concern.status] : [];
  const [status, setStatus] = useState<ConcernStatus | "">(choices[0] ?? "");
  const [responseLevel, setResponseLevel] = useState<ResponseLevel | "">(concern.responseLevel ?? "");
  const [outcome, setOutcome] = useState("");
  const [reason, setReason] = useState("");
  const today = usePlatformToday();
  // Today until the person picks the day it closed.
  const [pickedClosedOn, setClosedOn] = useState<string | null>(null);
  const closedOn = pickedClosedOn ?? today ?? "";
  const [acknowledged, setAcknowledged] = useState(false);
  const withoutReport = unreported(concern);
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
      status === "CLOSED" ? requiredDay("st-closed-on", "Closed on", closedOn) : null,
      status === "CLOSED" && withoutReport.length > 0 && !acknowledged
        ? {
            id: "st-acknowledge",
            label: "No NRM referral or MS1",
            message: "Confirm you have seen that some people screened have no NRM referral or MS1",
          }
        : null,
      reopening ? required("st-reason", "Why reopen", reason) : null,
    ]);
    // With no status to choose the form is not shown, so a status is always chosen here.
    if (!ok || !status) return;
    const input: ChangeConcernStatusInput = { status };
    if (status === "RESPONSE_PLANNED" && responseLevel) input.responseLevel = responseLevel;
    if (status === "CLOSED") Object.assign(input, { outcome: outcome.trim() || null, closedOn });
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
          <label htmlFor="st-closed-on">Closed on</label>
          <p id="st-closed-on-hint" className="muted hint">
            Not before the concern was received ({date(concern.receivedOn)}), and not after today.
          </p>
          <input
            id="st-closed-on"
            type="date"
            required
            min={concern.receivedOn ?? undefined}
            max={today}
            value={closedOn}
            onChange={(e) => setClosedOn(e.target.value)}
            {...problems.describe("st-closed-on", "st-closed-on-hint")}
          />
          <FieldMessage form={problems} id="st-closed-on" />
          {withoutReport.length > 0 && (
            <div className="warning" role="group" aria-labelledby="st-unreported-heading" data-testid="unreported">
              <h3 id="st-unreported-heading">
                {withoutReport.length === 1
                  ? "1 person screened has no NRM referral or MS1"
                  : `${withoutReport.length} people screened have no NRM referral or MS1`}
              </h3>
              <ul>
                {withoutReport.map((person) => (
                  <li key={person.id}>
                    {person.fullName ?? "Name not given"}, screened {date(person.screenedOn)} ({label(person.outcome)})
                  </li>
                ))}
              </ul>
              <p>
                Closing leaves them without a statutory report. Refer them into the NRM, or record the duty-to-notify
                report (MS1) where an adult declined, before closing if you can.
              </p>
              <label className="checkbox">
                <input
                  id="st-acknowledge"
                  type="checkbox"
                  checked={acknowledged}
                  onChange={(e) => setAcknowledged(e.target.checked)}
                  {...problems.describe("st-acknowledge")}
                />
                I have seen this and close the concern anyway
              </label>
              <FieldMessage form={problems} id="st-acknowledge" />
            </div>
          )}
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
