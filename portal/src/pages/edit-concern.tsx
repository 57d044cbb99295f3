import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import type { ConcernDetail } from "./case-detail";

const UPDATE_CONCERN = gql`
  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
    updateConcern(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;

const RESPONSE_LEVELS = ["SINGLE_AGENCY", "JOINT_MULTI_AGENCY", "SIGNIFICANT_PRE_PLANNED"];

interface Draft {
  intelligenceSummary: string;
  crimeReference: string;
  responseLevel: string;
}

/**
 * Edits a concern against the version the user opened. When someone else saved first, the gateway
 * answers CONFLICT: the form says so, keeps what the user typed, and reloads the concern so they
 * can compare and save again on top of the new version.
 */
export function EditConcernForm({
  concern,
  onSaved,
  refetch,
}: {
  concern: ConcernDetail;
  onSaved(): void;
  refetch(): Promise<unknown>;
}) {
  const [baseVersion, setBaseVersion] = useState(concern.version);
  const [draft, setDraft] = useState<Draft>({
    intelligenceSummary: concern.intelligenceSummary ?? "",
    crimeReference: concern.crimeReference ?? "",
    responseLevel: concern.responseLevel ?? "",
  });
  const [conflict, setConflict] = useState<{ expected: number; actual: number } | null>(null);
  const [update, { loading, error }] = useMutation(UPDATE_CONCERN);
  const errors = CombinedGraphQLErrors.is(error) ? error.errors.filter((e) => e.extensions?.code !== "CONFLICT") : [];

  // After a conflict, each field the other editor left different from the user's text says so.
  const theirs = (saved: string | null, typed: string) =>
    conflict && (saved ?? "") !== typed ? (
      <p className="their-value">
        Now saved by the other editor: <q>{saved ?? "—"}</q>
      </p>
    ) : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = {};
    if (draft.intelligenceSummary !== (concern.intelligenceSummary ?? ""))
      input.intelligenceSummary = draft.intelligenceSummary;
    if (draft.crimeReference !== (concern.crimeReference ?? "")) input.crimeReference = draft.crimeReference;
    if (draft.responseLevel && draft.responseLevel !== concern.responseLevel) input.responseLevel = draft.responseLevel;
    const result = await update({ variables: { id: concern.id, version: baseVersion, input } });
    const stale =
      result.error && CombinedGraphQLErrors.is(result.error)
        ? result.error.errors.find((e) => e.extensions?.code === "CONFLICT")
        : undefined;
    if (stale) {
      setConflict({
        expected: Number(stale.extensions?.expectedVersion),
        actual: Number(stale.extensions?.actualVersion),
      });
      await refetch();
      return;
    }
    if (!result.error) onSaved();
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit concern (version {baseVersion})</h2>
      {conflict && (
        <div role="alert" className="warning" data-testid="conflict">
          <p>
            Someone else saved this concern while you were editing (you started from version {conflict.expected}; it is
            now version {conflict.actual}). Their changes are shown on the page; what you typed is kept below.
          </p>
          <button
            type="button"
            onClick={() => {
              setBaseVersion(conflict.actual);
              setConflict(null);
            }}
          >
            Keep my edits and save over version {conflict.actual}
          </button>
        </div>
      )}
      <ErrorList errors={errors} />
      <label htmlFor="e-intelligence">Intelligence summary</label>
      <textarea
        id="e-intelligence"
        rows={4}
        value={draft.intelligenceSummary}
        onChange={(e) => setDraft({ ...draft, intelligenceSummary: e.target.value })}
      />
      {theirs(concern.intelligenceSummary, draft.intelligenceSummary)}
      <label htmlFor="e-crime">Crime reference</label>
      <input
        id="e-crime"
        value={draft.crimeReference}
        onChange={(e) => setDraft({ ...draft, crimeReference: e.target.value })}
      />
      {theirs(concern.crimeReference, draft.crimeReference)}
      <label htmlFor="e-response">Response level</label>
      <select
        id="e-response"
        value={draft.responseLevel}
        onChange={(e) => setDraft({ ...draft, responseLevel: e.target.value })}
      >
        <option value="">Not decided</option>
        {RESPONSE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {label(level)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading || conflict !== null}>
        {loading ? "Saving…" : "Save"}
      </button>
      <CancelButton />
    </form>
  );
}
