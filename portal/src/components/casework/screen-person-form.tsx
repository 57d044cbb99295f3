import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AgeGroup, ExploitationType, Gender, VictimOutcome } from "../../gql/graphql";
import { SCREENING_OUTCOMES } from "./screening-outcomes";
import { requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { label } from "../../lib/format";
import { useGranted } from "../../lib/grants";
import { usePlatformToday } from "../../lib/queries";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton, OpenedForm } from "../opened-form";
import { RestrictedField } from "../restricted-field";

const SCREEN_PERSON = graphql(`
  mutation PortalScreenPerson($concernId: ID!, $input: ScreenPersonInput!) {
    screenPerson(concernId: $concernId, input: $input) {
      id
      screenedOn
      outcome
    }
  }
`);

const AGE_GROUPS: AgeGroup[] = ["ADULT", "MINOR", "UNKNOWN"];
const GENDERS: Gender[] = ["MALE", "FEMALE", "OTHER", "NOT_KNOWN"];
const EXPLOITATION: ExploitationType[] = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];

const FIELDS: FieldTable = {
  screenedOn: { id: "sp-date", label: "Screened on" },
  fullName: { id: "sp-name", label: "Name" },
  ageGroup: { id: "sp-age", label: "Age group" },
  gender: { id: "sp-gender", label: "Gender" },
  nationality: { id: "sp-nationality", label: "Nationality" },
  exploitationType: { id: "sp-exploitation", label: "Exploitation" },
  outcome: { id: "sp-outcome", label: "Outcome so far" },
  concernId: { id: "sp-date", label: "Screened on" },
};

interface Draft {
  fullName: string;
  ageGroup: AgeGroup;
  gender: Gender;
  nationality: string;
  exploitationType: ExploitationType;
  outcome: VictimOutcome;
}

const EMPTY: Draft = {
  fullName: "",
  ageGroup: "ADULT",
  gender: "NOT_KNOWN",
  nationality: "",
  exploitationType: "LABOUR",
  outcome: "NOT_YET_KNOWN",
};

/**
 * A person screened for modern slavery at any time (a first call, a welfare check), not only at a
 * visit: a button on the concern page that opens the form in place.
 */
export function ScreenPerson({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
        Screen a person
      </button>
      {open && (
        <OpenedForm onClose={() => setOpen(false)}>
          <ScreenPersonForm
            concernId={concernId}
            onSaved={() => {
              setOpen(false);
              onSaved();
            }}
          />
        </OpenedForm>
      )}
    </>
  );
}

function ScreenPersonForm({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const today = usePlatformToday();
  const granted = useGranted();
  const [picked, setScreenedOn] = useState<string | null>(null);
  const screenedOn = picked ?? today ?? "";
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const problems = useFormProblems(FIELDS);
  const [screen, { loading }] = useMutation(SCREEN_PERSON);
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([requiredDay("sp-date", "Screened on", screenedOn)])) return;
    const result = await screen({
      variables: {
        concernId,
        input: {
          screenedOn,
          fullName: (granted("VICTIM_IDENTITY") && draft.fullName.trim()) || null,
          ageGroup: draft.ageGroup,
          gender: draft.gender,
          nationality: draft.nationality.trim() || null,
          exploitationType: draft.exploitationType,
          outcome: draft.outcome,
          aliases: [],
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  const choice = <T extends string>(id: string, caption: string, options: T[], value: T, key: keyof Draft) => (
    <>
      <label htmlFor={id}>{caption}</label>
      <select id={id} value={value} onChange={(e) => set({ [key]: e.target.value as T })} {...problems.describe(id)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id={id} />
    </>
  );
  const box = (id: string, caption: string, key: "fullName" | "nationality") => (
    <>
      <label htmlFor={id}>{caption}</label>
      <input id={id} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} {...problems.describe(id)} />
      <FieldMessage form={problems} id={id} />
    </>
  );

  if (!granted("VICTIM_DEMOGRAPHICS"))
    return (
      <div className="card">
        <RestrictedField id="sp-person" label="A person screened" category="VICTIM_DEMOGRAPHICS" />
        <CancelButton />
      </div>
    );
  return (
    <form className="card form" onSubmit={save} aria-labelledby="sp-heading" noValidate>
      <h3 id="sp-heading">Screen a person</h3>
      <ProblemSummary form={problems} />
      <label htmlFor="sp-date">Screened on</label>
      <input
        id="sp-date"
        type="date"
        required
        value={screenedOn}
        onChange={(e) => setScreenedOn(e.target.value)}
        {...problems.describe("sp-date")}
      />
      <FieldMessage form={problems} id="sp-date" />
      {granted("VICTIM_IDENTITY") ? (
        box("sp-name", "Name (if given)", "fullName")
      ) : (
        <RestrictedField id="sp-name" label="Name" category="VICTIM_IDENTITY" />
      )}
      {choice("sp-age", "Age group", AGE_GROUPS, draft.ageGroup, "ageGroup")}
      {choice("sp-gender", "Gender", GENDERS, draft.gender, "gender")}
      {box("sp-nationality", "Nationality", "nationality")}
      {choice("sp-exploitation", "Exploitation", EXPLOITATION, draft.exploitationType, "exploitationType")}
      {choice("sp-outcome", "Outcome so far", SCREENING_OUTCOMES, draft.outcome, "outcome")}
      <p className="muted hint">
        To refer the person into the NRM, or to record a duty-to-notify (MS1) report, use the actions on their row once
        they are screened.
      </p>
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save the person"}
      </button>
      <CancelButton />
    </form>
  );
}
