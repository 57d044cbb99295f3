import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { date } from "../../lib/format";
import { usePlatformToday } from "../../lib/queries";
import { useSignedIn } from "../../lib/session";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { ConfirmStep } from "./confirm-step";
import { personWords, type ScreenedPerson } from "./person";

const RECORD_DUTY_TO_NOTIFY = graphql(`
  mutation PortalRecordDutyToNotify($victimId: ID!, $input: DutyToNotifyInput!) {
    recordDutyToNotify(victimId: $victimId, input: $input) {
      id
      reportedOn
    }
  }
`);

const FIELDS: FieldTable = {
  reportedOn: { id: "ms1-date", label: "Reported on" },
  reportingAgencyId: { id: "ms1-date", label: "Reporting authority" },
};

/**
 * The duty-to-notify (MS1) report for an adult who does not consent to the NRM, made by the
 * caller's agency as a public authority, confirmed before it is sent.
 */
export function DutyToNotifyForm({ person, onSaved }: { person: ScreenedPerson; onSaved(): void }) {
  const session = useSignedIn();
  const today = usePlatformToday();
  const [picked, setReportedOn] = useState<string | null>(null);
  const reportedOn = picked ?? today ?? "";
  const [confirming, setConfirming] = useState(false);
  const problems = useFormProblems(FIELDS);
  const [report, { loading }] = useMutation(RECORD_DUTY_TO_NOTIFY);

  function review(event: FormEvent) {
    event.preventDefault();
    if (problems.check([requiredDay("ms1-date", "Reported on", reportedOn)])) setConfirming(true);
  }

  async function send() {
    const result = await report({
      variables: { victimId: person.id, input: { reportedOn, reportingAgencyId: session.agencyId } },
    });
    if (result.error) {
      setConfirming(false);
      problems.fromServer(result.error);
    } else onSaved();
  }

  return (
    <form className="card form" onSubmit={review} aria-labelledby="ms1-heading" noValidate>
      <h2 id="ms1-heading">Duty-to-notify (MS1) report for {personWords(person)}</h2>
      <ProblemSummary form={problems} />
      <p className="consent-rule">
        An adult who does not consent to the National Referral Mechanism is not referred. As a public authority, your
        agency still has a duty to notify the Home Office (MS1), which needs no consent. A child is never reported this
        way: a child is referred.
      </p>
      {confirming ? (
        <ConfirmStep
          heading="Confirm the duty-to-notify report"
          confirm="Record the MS1 report"
          busy={loading}
          onConfirm={send}
          onBack={() => setConfirming(false)}
        >
          <p>
            {personWords(person)} does not consent to the NRM. Your agency reports them under the duty to notify on{" "}
            {date(reportedOn)}. Once reported, they cannot also be referred into the NRM from this concern.
          </p>
        </ConfirmStep>
      ) : (
        <>
          <label htmlFor="ms1-date">Reported on</label>
          <input
            id="ms1-date"
            type="date"
            required
            value={reportedOn}
            onChange={(e) => setReportedOn(e.target.value)}
            {...problems.describe("ms1-date")}
          />
          <FieldMessage form={problems} id="ms1-date" />
          <button type="submit">Continue</button>
          <CancelButton />
        </>
      )}
    </form>
  );
}
