import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";

const RECORD_PROGRESS = gql`
  mutation PortalRecordProgress($input: RecordProgressInput!) {
    recordActionProgress(input: $input) {
      id
      rag
    }
  }
`;

const RAGS = ["RED", "AMBER", "GREEN", "COMPLETE"];

/** A dated progress update on one action; a RAG update needs a note, as the governance rules say. */
export function ActionProgressForm({
  actionId,
  actionTitle,
  current,
  onSaved,
}: {
  actionId: string;
  actionTitle: string;
  current: string;
  onSaved(): void;
}) {
  const [rag, setRag] = useState(RAGS.includes(current) ? current : "AMBER");
  const [note, setNote] = useState("");
  const [record, { loading, error }] = useMutation(RECORD_PROGRESS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({
      // Reported on the platform's today, which the server fills in.
      variables: { input: { actionId, rag, note: note.trim() || null } },
    });
    if (!result.error) onSaved();
  };
  return (
    <form className="form progress-form" onSubmit={submit} aria-label={`Progress on ${actionTitle}`}>
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
      <label htmlFor={`rag-${actionId}`}>RAG today</label>
      <select id={`rag-${actionId}`} value={rag} onChange={(e) => setRag(e.target.value)}>
        {RAGS.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </select>
      <label htmlFor={`note-${actionId}`}>Note</label>
      <textarea id={`note-${actionId}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record progress"}
      </button>
      <CancelButton />
    </form>
  );
}
