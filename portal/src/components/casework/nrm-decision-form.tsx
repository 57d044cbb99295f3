import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { NrmDecision, NrmDecisionStage } from "../../gql/graphql";
import { requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { date } from "../../lib/format";
import { usePlatformToday } from "../../lib/queries";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { personWords, type ScreenedPerson } from "./person";

const RECORD_NRM_DECISION = graphql(`
  mutation PortalRecordNrmDecision($referralId: ID!, $input: NrmDecisionInput!) {
    recordNrmDecision(referralId: $referralId, input: $input) {
      id
      reasonableGrounds
      reasonableGroundsOn
      conclusiveGrounds
      conclusiveGroundsOn
    }
  }
`);

const FIELDS: FieldTable = {
  decision: { id: "dec-positive", label: "Decision" },
  decidedOn: { id: "dec-date", label: "Decided on" },
  stage: { id: "dec-positive", label: "Decision" },
};

const STAGE_WORDS: Record<NrmDecisionStage, string> = {
  REASONABLE_GROUNDS: "reasonable grounds",
  CONCLUSIVE_GROUNDS: "conclusive grounds",
};

/** The stage a referral's next decision is at, or null when both are recorded or a negative ended it. */
export function nextDecision(referral: ScreenedPerson["nrmReferral"]): NrmDecisionStage | null {
  if (!referral) return null;
  if (referral.reasonableGrounds === "PENDING") return "REASONABLE_GROUNDS";
  if (referral.reasonableGrounds === "POSITIVE" && referral.conclusiveGrounds === "PENDING")
    return "CONCLUSIVE_GROUNDS";
  return null;
}

/** The Single Competent Authority's reasonable or conclusive grounds decision on a person's referral. */
export function NrmDecisionForm({
  person,
  stage,
  onSaved,
}: {
  person: ScreenedPerson;
  stage: NrmDecisionStage;
  onSaved(): void;
}) {
  const today = usePlatformToday();
  const [picked, setDecidedOn] = useState<string | null>(null);
  const decidedOn = picked ?? today ?? "";
  const [decision, setDecision] = useState<NrmDecision | "">("");
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_NRM_DECISION);
  const referral = person.nrmReferral!;

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      decision === "" ? { id: "dec-positive", label: "Decision", message: "Choose positive or negative" } : null,
      requiredDay("dec-date", "Decided on", decidedOn),
    ]);
    if (!ok || decision === "") return;
    const result = await record({ variables: { referralId: referral.id, input: { stage, decision, decidedOn } } });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="dec-heading" noValidate>
      <h2 id="dec-heading">
        {stage === "REASONABLE_GROUNDS" ? "Reasonable grounds decision" : "Conclusive grounds decision"} for{" "}
        {personWords(person)}
      </h2>
      <p className="muted">
        NRM referral of {date(referral.referredOn)}. Record the Single Competent Authority's {STAGE_WORDS[stage]}{" "}
        decision as it was given to you.
        {stage === "REASONABLE_GROUNDS" && " A conclusive grounds decision follows only a positive one."}
      </p>
      <ProblemSummary form={problems} />
      <fieldset>
        <legend>Decision</legend>
        <label className="checkbox">
          <input
            id="dec-positive"
            type="radio"
            name="dec-decision"
            checked={decision === "POSITIVE"}
            onChange={() => setDecision("POSITIVE")}
            {...problems.describe("dec-positive")}
          />
          Positive
        </label>
        <label className="checkbox">
          <input
            id="dec-negative"
            type="radio"
            name="dec-decision"
            checked={decision === "NEGATIVE"}
            onChange={() => setDecision("NEGATIVE")}
          />
          Negative
        </label>
        <FieldMessage form={problems} id="dec-positive" />
      </fieldset>
      <label htmlFor="dec-date">Decided on</label>
      <input
        id="dec-date"
        type="date"
        required
        value={decidedOn}
        onChange={(e) => setDecidedOn(e.target.value)}
        {...problems.describe("dec-date")}
      />
      <FieldMessage form={problems} id="dec-date" />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record the decision"}
      </button>
      <CancelButton />
    </form>
  );
}
