import { graphql } from "../gql";
import type { Rag } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { required } from "../lib/form-checks";
import { label } from "../lib/format";

const RECORD_PROGRESS = graphql(`
  mutation PortalRecordProgress($input: RecordProgressInput!) {
    recordActionProgress(input: $input) {
      id
      rag
      note
      completionReason
    }
  }
`);

const RAGS: readonly Rag[] = ["RED", "AMBER", "GREEN", "COMPLETE"];

/**
 * A dated progress update on one action; a RAG update needs a note, as the governance rules say. An
 * action is complete when all its milestones are reached, or with a reason for completing it
 * without them, which the form asks for when milestones are outstanding.
 */
export function ActionProgressForm({
  actionId,
  actionTitle,
  current,
  milestones,
  onSaved,
}: {
  actionId: string;
  actionTitle: string;
  current: Rag | null;
  milestones: ReadonlyArray<{ doneOn?: string | null }>;
  onSaved(): void;
}) {
  const [rag, setRag] = useState<Rag>(RAGS.find((value) => value === current) ?? "AMBER");
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const reached = milestones.filter((m) => m.doneOn).length;
  const outstanding = milestones.length - reached;
  const askReason = rag === "COMPLETE" && outstanding > 0;
  const reasonId = `completion-reason-${actionId}`;
  const [record, { loading }] = useMutation(RECORD_PROGRESS);
  const ragId = `rag-${actionId}`;
  const noteId = `note-${actionId}`;
  const problems = useFormProblems({
    rag: { id: ragId, label: "RAG today" },
    note: { id: noteId, label: "Note" },
    completionReason: { id: reasonId, label: "Reason for completing without every milestone" },
    actionId: { id: ragId, label: "Action" },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!problems.check([required(noteId, "Note", note, "A RAG update needs a note saying what happened")])) return;
    const result = await record({
      // Reported on the platform's today, which the server fills in.
      variables: {
        input: { actionId, rag, note: note.trim() || null, completionReason: askReason ? reason.trim() || null : null },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  };
  return (
    <form className="form progress-form" onSubmit={submit} aria-label={`Progress on ${actionTitle}`} noValidate>
      <ProblemSummary form={problems} />
      <label htmlFor={ragId}>RAG today</label>
      <select id={ragId} value={rag} onChange={(e) => setRag(e.target.value as Rag)} {...problems.describe(ragId)}>
        {RAGS.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id={ragId} />
      <label htmlFor={noteId}>Note</label>
      <textarea
        id={noteId}
        required
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        {...problems.describe(noteId)}
      />
      <FieldMessage form={problems} id={noteId} />
      {askReason && (
        <>
          <label htmlFor={reasonId}>Reason for completing without every milestone</label>
          <p id={`${reasonId}-hint`} className="muted hint">
            {reached} of {milestones.length} milestones are reached. An action is complete when all its milestones are
            reached; to complete it without them, say why.
          </p>
          <textarea
            id={reasonId}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...problems.describe(reasonId, `${reasonId}-hint`)}
          />
          <FieldMessage form={problems} id={reasonId} />
        </>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record progress"}
      </button>
      <CancelButton />
    </form>
  );
}
