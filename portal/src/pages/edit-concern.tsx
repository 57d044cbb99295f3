import { CombinedGraphQLErrors } from "@apollo/client";
import { graphql } from "../gql";
import type { ConcernSource, LocationType, ResponseLevel, UpdateConcernInput } from "../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { type Choice, FieldConflict } from "../components/field-conflict";
import { type Clash, type Conflict, conflictOf } from "../lib/conflicts";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import { useAgencies } from "../lib/queries";
import { useSignedIn } from "../lib/session";
import type { ConcernDetail } from "./case-detail";
import {
  PremisesFields,
  type PremisesDraft,
  premisesInput,
  premisesProblems,
} from "../components/casework/premises-fields";
import { SOURCES } from "./record-concern";

const UPDATE_CONCERN = graphql(`
  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {
    updateConcern(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const RESPONSE_LEVELS: readonly ResponseLevel[] = ["SINGLE_AGENCY", "JOINT_MULTI_AGENCY", "SIGNIFICANT_PRE_PLANNED"];

/** The form's values, each named as the concern's history names the field (conflicts name them so). */
interface Draft {
  intelligenceSummary: string;
  crimeReference: string;
  /** Empty for "not decided". */
  responseLevel: ResponseLevel | "";
  source: ConcernSource | "";
  /** The lead agency's id. */
  leadAgency: string;
  /** The referring agency's id; empty for none. */
  referringAgency: string;
  /** The other agencies' ids, sorted and joined by commas: a list compared as one value. */
  participatingAgencies: string;
  /** "new" when the user records new premises; empty to keep the premises as they are. */
  location: "" | "new";
}
type Field = keyof Draft;

const LABELS: Record<Field, string> = {
  intelligenceSummary: "Intelligence summary",
  crimeReference: "Crime reference",
  responseLevel: "Response level",
  source: "Source",
  leadAgency: "Lead agency",
  referringAgency: "Referred by",
  participatingAgencies: "Other agencies taking part",
  location: "Premises",
};

const idList = (ids: readonly string[] | null | undefined) => [...(ids ?? [])].sort().join(",");
const idsOf = (list: string) => (list ? list.split(",") : []);

/** The id of the sentence beside a field saying what someone else saved in it. */
const theirsId = (field: Field) => `e-theirs-${field}`;

const draftOf = (concern: ConcernDetail): Draft => ({
  intelligenceSummary: concern.intelligenceSummary ?? "",
  crimeReference: concern.crimeReference ?? "",
  responseLevel: concern.responseLevel ?? "",
  source: concern.source ?? "",
  leadAgency: concern.leadAgency?.id ?? "",
  referringAgency: concern.referringAgency?.id ?? "",
  participatingAgencies: idList(concern.participatingAgencies?.map((agency) => agency.id)),
  location: "",
});

/** A value as the form holds it: empty text for nothing, a list of ids as one text. */
const asText = (value: unknown) =>
  typeof value === "string" ? value : Array.isArray(value) ? idList(value as string[]) : "";

const NEW_PREMISES: PremisesDraft = {
  type: "NOT_KNOWN" as LocationType,
  areaId: "",
  ward: "",
  address: "",
  postcode: "",
  businessName: "",
};

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
  const agencies = useAgencies();
  const session = useSignedIn();
  const [premises, setPremises] = useState<PremisesDraft>(NEW_PREMISES);
  const [premisesProblemsShown, setPremisesProblems] = useState<ReturnType<typeof premisesProblems>>([]);
  // Who leads, who takes part and who referred are the lead's to change (the server holds the same rule).
  const leads = concern.leadAgency?.id === session.agencyId;
  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.shortName ?? id;

  const clashOf = (field: Field) => conflict?.clashes.find((clash) => clash.field === field);
  const undecided = conflict?.clashes.some((clash) => !choices[clash.field as Field]) ?? false;

  function choose(clash: Clash, choice: Choice) {
    const field = clash.field as Field;
    setChoices({ ...choices, [field]: choice });
    // Their value becomes the field's base: "Keep mine" then sends the user's text over it, "Use theirs" sends nothing.
    // New premises are new whatever was saved: theirs is "keep the premises now saved".
    const theirs = clash.restricted || field === "location" ? base[field] : asText(clash.value);
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
    if (draft.location === "new") {
      const found = premisesProblems(premises);
      setPremisesProblems(found);
      if (found.length > 0) return;
    }
    // An emptied optional field is sent as null (nothing), never as blank text the server refuses.
    if (changed("intelligenceSummary")) input.intelligenceSummary = draft.intelligenceSummary.trim() || null;
    if (changed("crimeReference")) input.crimeReference = draft.crimeReference.trim() || null;
    // An empty response level is "not decided", which cannot be set: only a level chosen is sent.
    if (changed("responseLevel") && draft.responseLevel) input.responseLevel = draft.responseLevel;
    if (changed("source") && draft.source) input.source = draft.source;
    if (changed("leadAgency") && draft.leadAgency) input.leadAgencyId = draft.leadAgency;
    if (changed("referringAgency")) input.referringAgencyId = draft.referringAgency || null;
    if (changed("participatingAgencies")) input.participatingAgencyIds = idsOf(draft.participatingAgencies);
    if (changed("location")) input.location = premisesInput(premises);
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
      <label htmlFor="e-source">{LABELS.source}</label>
      <select
        id="e-source"
        aria-describedby={clashOf("source") && theirsId("source")}
        value={draft.source}
        onChange={(e) => setDraft({ ...draft, source: e.target.value as ConcernSource })}
      >
        {SOURCES.map((source) => (
          <option key={source} value={source}>
            {label(source)}
          </option>
        ))}
      </select>
      {conflictBeside("source", (value) => label(value))}
      <fieldset>
        <legend>Agencies</legend>
        {leads ? (
          <>
            <label htmlFor="e-lead">{LABELS.leadAgency}</label>
            <select
              id="e-lead"
              aria-describedby={clashOf("leadAgency") && theirsId("leadAgency")}
              value={draft.leadAgency}
              onChange={(e) => setDraft({ ...draft, leadAgency: e.target.value })}
            >
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
            {conflictBeside("leadAgency", agencyName)}
            <label htmlFor="e-referrer">{LABELS.referringAgency}</label>
            <select
              id="e-referrer"
              aria-describedby={clashOf("referringAgency") && theirsId("referringAgency")}
              value={draft.referringAgency}
              onChange={(e) => setDraft({ ...draft, referringAgency: e.target.value })}
            >
              <option value="">No partner agency referred it</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
            {conflictBeside("referringAgency", (value) => (value ? agencyName(value) : "nobody"))}
            <label htmlFor="e-parties">{LABELS.participatingAgencies}</label>
            <p id="e-parties-hint" className="muted hint">
              Hold Ctrl (⌘ on a Mac) or Shift to choose several. The agency that recorded the concern always takes part.
            </p>
            <select
              id="e-parties"
              multiple
              size={6}
              aria-describedby={[
                "e-parties-hint",
                clashOf("participatingAgencies") && theirsId("participatingAgencies"),
              ]
                .filter(Boolean)
                .join(" ")}
              value={idsOf(draft.participatingAgencies)}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  participatingAgencies: idList(Array.from(e.target.selectedOptions, (option) => option.value)),
                })
              }
            >
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
            {conflictBeside("participatingAgencies", (value) => idsOf(value).map(agencyName).join(", ") || "none")}
          </>
        ) : (
          <p className="muted" data-testid="parties-lead-only">
            Only the lead agency ({concern.leadAgency?.shortName ?? "not named"}) changes who leads the concern, who
            referred it and who else takes part.
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{LABELS.location}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.location === "new"}
            aria-describedby={clashOf("location") && theirsId("location")}
            onChange={(e) => setDraft({ ...draft, location: e.target.checked ? "new" : "" })}
          />
          The concern is about other premises: record them
        </label>
        {conflictBeside("location", () => "other premises")}
        {draft.location === "new" && (
          <PremisesFields
            idPrefix="e-premises"
            value={premises}
            onChange={setPremises}
            problems={premisesProblemsShown}
          />
        )}
      </fieldset>
      <button type="submit" disabled={loading || undecided}>
        {loading ? "Saving…" : "Save"}
      </button>
      <CancelButton />
    </form>
  );
}
