import { useState } from "react";
import type { NrmDecisionStage } from "../../gql/graphql";
import { CaseworkDialog } from "./casework-dialog";
import { CorrectPersonForm } from "./correct-person-form";
import { DutyToNotifyForm } from "./duty-to-notify-form";
import { ErasePersonForm } from "./erase-person-form";
import { nextDecision, NrmDecisionForm } from "./nrm-decision-form";
import { NrmReferralForm } from "./nrm-referral-form";
import { personWords, type ScreenedPerson } from "./person";

type Act = "refer" | "notify" | "decision" | "correct" | "erase";

/**
 * What a caseworker may do next for one person screened, offered only where the rules allow it:
 * no referral once referred or reported, a duty-to-notify report only for an adult, and the NRM's
 * decisions only on a referral, each in its order.
 */
export function PersonActions({
  concernId,
  person,
  onSaved,
}: {
  concernId: string;
  person: ScreenedPerson;
  onSaved(): void;
}) {
  const [act, setAct] = useState<Act | null>(null);
  const undecided = !person.nrmReferral && !person.dutyToNotify;
  const stage: NrmDecisionStage | null = nextDecision(person.nrmReferral);
  const who = personWords(person);
  const done = () => {
    setAct(null);
    onSaved();
  };
  const button = (to: Act, text: string) => (
    <button type="button" className="secondary" aria-label={`${text}: ${who}`} onClick={() => setAct(to)}>
      {text}
    </button>
  );
  return (
    <div className="person-actions">
      {undecided && button("refer", "Refer to NRM")}
      {undecided && person.ageGroup === "ADULT" && button("notify", "Record MS1")}
      {stage === "REASONABLE_GROUNDS" && button("decision", "Record RG decision")}
      {stage === "CONCLUSIVE_GROUNDS" && button("decision", "Record CG decision")}
      {button("correct", "Correct")}
      {button("erase", "Erase")}
      {act && (
        <CaseworkDialog key={act} label={`${who}: casework`} onClose={() => setAct(null)}>
          {act === "refer" && <NrmReferralForm person={person} onSaved={done} onDeclined={() => setAct("notify")} />}
          {act === "notify" && <DutyToNotifyForm person={person} onSaved={done} />}
          {act === "decision" && stage && <NrmDecisionForm person={person} stage={stage} onSaved={done} />}
          {act === "correct" && <CorrectPersonForm concernId={concernId} person={person} onSaved={done} />}
          {act === "erase" && <ErasePersonForm person={person} onErased={onSaved} onDone={() => setAct(null)} />}
        </CaseworkDialog>
      )}
    </div>
  );
}
