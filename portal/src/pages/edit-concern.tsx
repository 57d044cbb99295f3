import { CombinedGraphQLErrors } from "@apollo/client";
import { graphql } from "../gql";
import type { ResponseLevel, UpdateConcernInput } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { type Choice, FieldConflict } from "../components/field-conflict";
import { type Clash, type Conflict, conflictOf } from "../lib/conflicts";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import type { ConcernDetail } from "./case-detail";

const UPDATE_CONCERN = graphql(`
  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
    updateConcern(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const RESPONSE_LEVELS: readonly ResponseLevel[] = ["SINGLE_AGENCY", "JOINT_MULTI_AGENCY", "SIGNIFICANT_PRE_PLANNED"];

interface Draft {
  intelligenceSummary: string;
  crimeReference: string;
  /** Empty for "not decided". */
  responseLevel: ResponseLevel | "";
}
type Field = keyof Draft;

const LABELS: Record<Field, string> = {
  intelligenceSummary: "Intelligence summary",
  crimeReference: "Crime reference",
  responseLevel: "Response level",
};

/** The id of the sentence beside a field saying what someone else saved in it. */
const theirsId = (field: Field) => `e-theirs-${field}`;

const draftOf = (concern: Pick<ConcernDetail, Field>): Draft => ({
  intelligenceSummary: concern.intelligenceSummary ?? "",
  crimeReference: concern.crimeReference ?? "",
  responseLevel: concern.responseLevel ?? "",
});

/** A value as the form holds it: empty text for nothing. */
const asText = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * Edits a concern against the version the user opened. The form keeps the values it opened with
 * (the base) and sends only the fields the user changed from them, so the gateway merges the edit
 * with whatever anyone else saved since. When someone else changed one of the same fields, the
 * gateway answers CONFLICT naming it: the form shows their value beside the field, the user keeps
 * theirs or their own, and the next save goes against the new version with only what is still changed.
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
  // The values the form opened with (the base) and the user's: kept together, so both change at once.
  const [{ base, draft }, setForm] = useState(() => ({ base: draftOf(concern), draft: draftOf(concern) }));
  const setDraft = (next: Draft) => setForm((now) => ({ ...now, draft: next }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [choices, setChoices] = useState<Partial<Record<Field, Choice>>>({});
  const [update, { loading, error }] = useMutation(UPDATE_CONCERN);
  const errors = CombinedGraphQLErrors.is(error) ? error.errors.filter((e) => e.extensions?.code !== "CONFLICT") : [];

  const clashOf = (field: Field) => conflict?.clashes.find((clash) => clash.field === field);
  const undecided = conflict?.clashes.some((clash) => !choices[clash.field as Field]) ?? false;

  function choose(clash: Clash, choice: Choice) {
    const field = clash.field as Field;
    setChoices({ ...choices, [field]: choice });
    // Their value becomes the field's base: "Keep mine" then sends the user's text over it, "Use theirs" sends nothing.
    const theirs = clash.restricted ? base[field] : asText(clash.value);
    setForm((now) => ({
      base: { ...now.base, [field]: theirs },
      draft: choice === "theirs" ? { ...now.draft, [field]: theirs } : now.draft,
    }));
  }

  // After a conflict the page reloads the concern: the fields the user left alone show what is saved now.
  useEffect(() => {
    if (!conflict) return;
    const saved = draftOf(concern);
    setForm((now) => {
      const next = { base: { ...now.base }, draft: { ...now.draft } };
      for (const field of Object.keys(LABELS) as Field[]) {
        if (conflict.clashes.some((clash) => clash.field === field) || now.draft[field] !== now.base[field]) continue;
        next.base = { ...next.base, [field]: saved[field] };
        next.draft = { ...next.draft, [field]: saved[field] };
      }
      return next;
    });
  }, [concern, conflict]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const changed = (field: Field) => draft[field] !== base[field];
    const input: UpdateConcernInput = {};
    if (changed("intelligenceSummary")) input.intelligenceSummary = draft.intelligenceSummary;
    if (changed("crimeReference")) input.crimeReference = draft.crimeReference;
    // An empty response level is "not decided", which cannot be set: only a level chosen is sent.
    if (changed("responseLevel") && draft.responseLevel) input.responseLevel = draft.responseLevel;
    const result = await update({ variables: { id: concern.id, version: baseVersion, input } });
    const refused = conflictOf(result.error);
    if (refused) {
      setConflict(refused);
      setChoices({});
      setBaseVersion(refused.actual);
      await refetch();
      return;
    }
    if (!result.error) onSaved();
  }

  /** Who saved a clashing field: the user, their agency (from the history now shown) and the version. */
  function savedBy(clash: Clash) {
    const agency = concern.history?.find((entry) => entry.version === clash.version)?.changedByAgency.shortName;
    return `${clash.changedBy}${agency ? ` (${agency})` : ""} in version ${clash.version}`;
  }

  function conflictBeside(field: Field, shown: (value: string) => string): ReactNode {
    const clash = clashOf(field);
    if (!clash) return null;
    return (
      <FieldConflict
        id={theirsId(field)}
        field={field}
        theirs={clash.restricted ?? shown(asText(clash.value))}
        savedBy={savedBy(clash)}
        choice={choices[field] ?? null}
        onChoose={(choice) => choose(clash, choice)}
      />
    );
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit concern (version {baseVersion})</h2>
      {conflict && (
        <div role="alert" className="warning" data-testid="conflict">
          {conflict.clashes.length > 0 ? (
            <p>
              Someone else saved this concern while you were editing (you started from version {conflict.expected}; it
              is now version {conflict.actual}). Your other changes are kept. For each field marked below, choose their
              value or yours, then save.
            </p>
          ) : (
            <p>
              This concern is now at version {conflict.actual}, not version {conflict.expected}. Your changes are kept:
              save again to apply them to version {conflict.actual}.
            </p>
          )}
        </div>
      )}
      <ErrorList errors={errors} />
      <label htmlFor="e-intelligence">{LABELS.intelligenceSummary}</label>
      <textarea
        id="e-intelligence"
        rows={4}
        aria-describedby={clashOf("intelligenceSummary") && theirsId("intelligenceSummary")}
        value={draft.intelligenceSummary}
        onChange={(e) => setDraft({ ...draft, intelligenceSummary: e.target.value })}
      />
      {conflictBeside("intelligenceSummary", (value) => value || "nothing")}
      <label htmlFor="e-crime">{LABELS.crimeReference}</label>
      <input
        id="e-crime"
        aria-describedby={clashOf("crimeReference") && theirsId("crimeReference")}
        value={draft.crimeReference}
        onChange={(e) => setDraft({ ...draft, crimeReference: e.target.value })}
      />
      {conflictBeside("crimeReference", (value) => value || "nothing")}
      <label htmlFor="e-response">{LABELS.responseLevel}</label>
      <select
        id="e-response"
        aria-describedby={clashOf("responseLevel") && theirsId("responseLevel")}
        value={draft.responseLevel}
        onChange={(e) => setDraft({ ...draft, responseLevel: e.target.value as ResponseLevel | "" })}
      >
        <option value="">Not decided</option>
        {RESPONSE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {label(level)}
          </option>
        ))}
      </select>
      {conflictBeside("responseLevel", (value) => (value ? label(value) : "Not decided"))}
      <button type="submit" disabled={loading || undecided}>
        {loading ? "Saving…" : "Save"}
      </button>
      <CancelButton />
    </form>
  );
}
