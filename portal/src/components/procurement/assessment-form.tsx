import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AssessmentOutcome } from "../../gql/graphql";
import { requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { OUTCOMES } from "./choices";
import { ChoiceField, TextField } from "./fields";

const RECORD_ASSESSMENT = graphql(`
  mutation PortalRecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
    }
  }
`);

const FIELDS: FieldTable = {
  supplierId: { id: "as-date", label: "Supplier" },
  assessedOn: { id: "as-date", label: "Assessed on" },
  score: { id: "as-score", label: "Questionnaire score" },
  outcome: { id: "as-outcome", label: "Conclusion" },
  notes: { id: "as-notes", label: "Notes" },
};

/** A completed due-diligence questionnaire, assessed by the user's agency. */
export function AssessmentForm({ supplierId, today, onSaved }: { supplierId: string; today: string; onSaved(): void }) {
  const [draft, setDraft] = useState({
    assessedOn: today,
    score: "",
    outcome: "SATISFACTORY" as AssessmentOutcome,
    notes: "",
  });
  const set = (change: Partial<typeof draft>) => setDraft({ ...draft, ...change });
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_ASSESSMENT);

  async function save(event: FormEvent) {
    event.preventDefault();
    const score = Number(draft.score);
    const ok = problems.check([
      requiredDay("as-date", "Assessed on", draft.assessedOn),
      draft.score.trim() === "" || !Number.isInteger(score)
        ? { id: "as-score", label: "Questionnaire score", message: "Enter a whole number from 0 to 100" }
        : null,
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        input: {
          supplierId,
          assessedOn: draft.assessedOn,
          score,
          outcome: draft.outcome,
          notes: draft.notes.trim() || null,
        },
      },
    });
    if (result.data) onSaved();
    else problems.fromServer(result.error);
  }

  return (
    <form className="form" onSubmit={save} aria-label="Record an assessment" noValidate>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id="as-date"
        label="Assessed on"
        type="date"
        value={draft.assessedOn}
        onChange={(assessedOn) => set({ assessedOn })}
      />
      <TextField
        form={problems}
        id="as-score"
        label="Questionnaire score"
        type="number"
        hint="0 to 100."
        value={draft.score}
        onChange={(score) => set({ score })}
      />
      <ChoiceField
        form={problems}
        id="as-outcome"
        label="Conclusion"
        options={OUTCOMES}
        value={draft.outcome}
        onChange={(outcome) => set({ outcome })}
      />
      <TextField
        form={problems}
        id="as-notes"
        label="Notes (optional)"
        multiline
        value={draft.notes}
        onChange={(notes) => set({ notes })}
      />
      <div className="actions form-buttons">
        <button type="submit" disabled={loading}>
          Record the assessment
        </button>
        <CancelButton />
      </div>
    </form>
  );
}
