import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AgeGroup, CorrectPotentialVictimInput, Gender } from "../../gql/graphql";
import { required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { label } from "../../lib/format";
import { useGranted } from "../../lib/grants";
import { usePortalQuery } from "../../lib/use-portal-query";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { RestrictedField } from "../restricted-field";
import { personWords, type ScreenedPerson } from "./person";

/** What is recorded about each person of the concern, as the correction starts from it. */
const PERSON_RECORD = graphql(`
  query PortalPersonRecord($concernId: ID!) {
    concern(id: $concernId) {
      id
      version
      potentialVictims {
        id
        fullName
        aliases
        dateOfBirth
        phone
        currentAddress
        nationality
        gender
        ageGroup
      }
    }
  }
`);

const CORRECT_POTENTIAL_VICTIM = graphql(`
  mutation PortalCorrectPotentialVictim($input: CorrectPotentialVictimInput!) {
    correctPotentialVictim(input: $input) {
      id
      fullName
      aliases
      dateOfBirth
      phone
      currentAddress
      nationality
      gender
      ageGroup
    }
  }
`);

const FIELDS: FieldTable = {
  fullName: { id: "fix-name", label: "Name" },
  aliases: { id: "fix-aliases", label: "Other names" },
  "aliases.#": { id: "fix-aliases", label: "Other names" },
  dateOfBirth: { id: "fix-dob", label: "Date of birth" },
  phone: { id: "fix-phone", label: "Safe phone number" },
  currentAddress: { id: "fix-address", label: "Where they live now" },
  nationality: { id: "fix-nationality", label: "Nationality" },
  gender: { id: "fix-gender", label: "Gender" },
  ageGroup: { id: "fix-age", label: "Age group" },
  reason: { id: "fix-reason", label: "Why it is corrected" },
  expectedVersion: { id: "fix-reason", label: "Why it is corrected" },
};

const AGE_GROUPS: AgeGroup[] = ["ADULT", "MINOR", "UNKNOWN"];
const GENDERS: Gender[] = ["MALE", "FEMALE", "OTHER", "NOT_KNOWN"];

interface Draft {
  fullName: string;
  aliases: string;
  dateOfBirth: string;
  phone: string;
  currentAddress: string;
  nationality: string;
  gender: Gender | "";
  ageGroup: AgeGroup | "";
}

/**
 * A correction of what is recorded about a person (rectification): the form starts from the
 * recorded values, and only the values changed are sent, with the reason the concern's history keeps.
 */
export function CorrectPersonForm({
  concernId,
  person,
  onSaved,
}: {
  concernId: string;
  person: ScreenedPerson;
  onSaved(): void;
}) {
  const { data } = usePortalQuery(PERSON_RECORD, { variables: { concernId }, fetchPolicy: "network-only" });
  const recorded = data?.concern?.potentialVictims?.find((p) => p.id === person.id);
  if (!data) return <p aria-live="polite">Loading…</p>;
  const start: Draft = {
    fullName: recorded?.fullName ?? "",
    aliases: (recorded?.aliases ?? []).join("\n"),
    dateOfBirth: recorded?.dateOfBirth ?? "",
    phone: recorded?.phone ?? "",
    currentAddress: recorded?.currentAddress ?? "",
    nationality: recorded?.nationality ?? "",
    gender: recorded?.gender ?? "",
    ageGroup: recorded?.ageGroup ?? "",
  };
  return <CorrectionForm person={person} start={start} version={data.concern?.version ?? null} onSaved={onSaved} />;
}

function CorrectionForm({
  person,
  start,
  version,
  onSaved,
}: {
  person: ScreenedPerson;
  start: Draft;
  version: number | null;
  onSaved(): void;
}) {
  const granted = useGranted();
  const [draft, setDraft] = useState<Draft>(start);
  const [reason, setReason] = useState("");
  const problems = useFormProblems(FIELDS);
  const [correct, { loading }] = useMutation(CORRECT_POTENTIAL_VICTIM);
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([required("fix-reason", "Why it is corrected", reason)])) return;
    const input: CorrectPotentialVictimInput = { personId: person.id, reason: reason.trim(), expectedVersion: version };
    const text = (key: "fullName" | "dateOfBirth" | "phone" | "currentAddress" | "nationality") => {
      const value = draft[key].trim();
      // An emptied value clears it; an untouched one is not sent.
      if (value !== start[key].trim()) input[key] = value === "" ? null : value;
    };
    (["fullName", "dateOfBirth", "phone", "currentAddress", "nationality"] as const).forEach(text);
    if (draft.aliases !== start.aliases)
      input.aliases = draft.aliases
        .split("\n")
        .map((alias) => alias.trim())
        .filter(Boolean);
    if (draft.gender !== start.gender && draft.gender) input.gender = draft.gender;
    if (draft.ageGroup !== start.ageGroup && draft.ageGroup) input.ageGroup = draft.ageGroup;
    const result = await correct({ variables: { input } });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  const box = (id: string, caption: string, key: keyof Draft, type = "text") => (
    <>
      <label htmlFor={id}>{caption}</label>
      <input
        id={id}
        type={type}
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        {...problems.describe(id)}
      />
      <FieldMessage form={problems} id={id} />
    </>
  );
  const choice = <T extends string>(id: string, caption: string, options: T[], key: "gender" | "ageGroup") => (
    <>
      <label htmlFor={id}>{caption}</label>
      <select
        id={id}
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value as T })}
        {...problems.describe(id)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id={id} />
    </>
  );

  return (
    <form className="card form" onSubmit={save} aria-labelledby="fix-heading" noValidate>
      <h2 id="fix-heading">Correct the record of {personWords(person)}</h2>
      <p className="muted">
        Change what was recorded wrongly. The old and new values are kept in the concern's history with your reason.
      </p>
      <ProblemSummary form={problems} />
      {granted("VICTIM_IDENTITY") ? (
        <>
          {box("fix-name", "Name", "fullName")}
          <label htmlFor="fix-aliases">Other names (one a line)</label>
          <textarea
            id="fix-aliases"
            rows={2}
            value={draft.aliases}
            onChange={(e) => set({ aliases: e.target.value })}
            {...problems.describe("fix-aliases")}
          />
          <FieldMessage form={problems} id="fix-aliases" />
          {box("fix-dob", "Date of birth", "dateOfBirth", "date")}
          {box("fix-phone", "Safe phone number", "phone", "tel")}
          {box("fix-address", "Where they live now", "currentAddress")}
        </>
      ) : (
        <RestrictedField id="fix-name" label="Name, date of birth and contact details" category="VICTIM_IDENTITY" />
      )}
      {granted("VICTIM_DEMOGRAPHICS") ? (
        <>
          {box("fix-nationality", "Nationality", "nationality")}
          {choice("fix-gender", "Gender", GENDERS, "gender")}
          {choice("fix-age", "Age group", AGE_GROUPS, "ageGroup")}
        </>
      ) : (
        <RestrictedField
          id="fix-nationality"
          label="Nationality, gender and age group"
          category="VICTIM_DEMOGRAPHICS"
        />
      )}
      <label htmlFor="fix-reason">Why it is corrected</label>
      <p id="fix-reason-hint" className="muted hint">
        For example: name misspelt at screening.
      </p>
      <textarea
        id="fix-reason"
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        {...problems.describe("fix-reason", "fix-reason-hint")}
      />
      <FieldMessage form={problems} id="fix-reason" />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save the correction"}
      </button>
      <CancelButton />
    </form>
  );
}
