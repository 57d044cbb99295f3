import { graphql } from "../gql";
import type { AgeGroup, ExploitationType, Gender, InterventionType, VictimOutcome } from "../gql/graphql";
import { SCREENING_OUTCOMES } from "../components/casework/screening-outcomes";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { RestrictedField } from "../components/restricted-field";
import { requiredDay } from "../lib/form-checks";
import { useGranted } from "../lib/grants";
import type { FieldTable } from "../lib/form-errors";
import { label } from "../lib/format";
import { useAgencies, usePlatformToday } from "../lib/queries";

const RECORD_VISIT = graphql(`
  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {
    recordVisit(concernId: $concernId, input: $input) {
      id
    }
  }
`);

export const INTERVENTION_TYPES: InterventionType[] = [
  "ARREST",
  "CLOSURE",
  "ELECTRICITY_CUT_OFF",
  "IMMIGRATION_PENALTY",
  "MINIMUM_WAGE_INVESTIGATION",
  "FIRE_SAFETY_NOTICE",
  "LICENSING_ADVICE",
  "SAFEGUARDING_REFERRAL",
  "CEASE_AND_DESIST",
  "HOUSING_ENFORCEMENT",
  "ORDER_APPLICATION",
  "OTHER",
];

const AGE_GROUPS: AgeGroup[] = ["ADULT", "MINOR", "UNKNOWN"];
const GENDERS: Gender[] = ["MALE", "FEMALE", "OTHER", "NOT_KNOWN"];
const EXPLOITATION: ExploitationType[] = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];

interface PersonDraft {
  fullName: string;
  ageGroup: AgeGroup;
  gender: Gender;
  nationality: string;
  exploitationType: ExploitationType;
  outcome: VictimOutcome;
}

interface InterventionDraft {
  agencyId: string;
  type: InterventionType;
  outcome: string;
}

/** RecordVisitInput's fields, where this form shows them; list items numbered as the person counts. */
const FIELDS: FieldTable = {
  visitedOn: { id: "v-date", label: "Visited on" },
  agencyIds: { id: "v-agencies", label: "Agencies present" },
  notes: { id: "v-notes", label: "Notes" },
  "interventions.#.agencyId": { id: "v-int-{i}-agency", label: "Intervention {n}: Agency" },
  "interventions.#.type": { id: "v-int-{i}-type", label: "Intervention {n}: Type" },
  "interventions.#.outcome": { id: "v-int-{i}-outcome", label: "Intervention {n}: Outcome" },
  "peopleScreened.#.fullName": { id: "v-person-{i}-name", label: "Person {n}: Name" },
  "peopleScreened.#.ageGroup": { id: "v-person-{i}-ageGroup", label: "Person {n}: Age group" },
  "peopleScreened.#.gender": { id: "v-person-{i}-gender", label: "Person {n}: Gender" },
  "peopleScreened.#.nationality": { id: "v-person-{i}-nationality", label: "Person {n}: Nationality" },
  "peopleScreened.#.exploitationType": { id: "v-person-{i}-exploitationType", label: "Person {n}: Exploitation" },
  "peopleScreened.#.outcome": { id: "v-person-{i}-outcome", label: "Person {n}: Outcome" },
  "peopleScreened.#.screenedOn": { id: "v-date", label: "Visited on" },
};

/** A disruption visit with the agencies present and each agency's interventions, in one write. */
export function RecordVisitForm({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const agencies = useAgencies();
  const today = usePlatformToday();
  // Today until the person picks a day.
  const [picked, setVisitedOn] = useState<string | null>(null);
  const visitedOn = picked ?? today ?? "";
  const problems = useFormProblems(FIELDS);
  const granted = useGranted();
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [notes, setNotes] = useState("");
  const [interventions, setInterventions] = useState<InterventionDraft[]>([]);
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const [record, { loading }] = useMutation(RECORD_VISIT);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("v-date", "Visited on", visitedOn),
      agencyIds.length === 0 ? { id: "v-agencies", label: "Agencies present", message: "Choose at least one" } : null,
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        concernId,
        input: {
          visitedOn,
          agencyIds,
          notes: (granted("POLICE_INTELLIGENCE") && notes.trim()) || null,
          interventions: interventions.map((i) => ({
            agencyId: i.agencyId,
            type: i.type,
            outcome: i.outcome.trim() || null,
          })),
          peopleScreened: people.map((p) => ({
            screenedOn: visitedOn,
            fullName: p.fullName.trim() || null,
            ageGroup: p.ageGroup,
            gender: p.gender,
            nationality: p.nationality.trim() || null,
            exploitationType: p.exploitationType,
            outcome: p.outcome,
            aliases: [],
          })),
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }
  const setPerson = (index: number, change: Partial<PersonDraft>) =>
    setPeople(people.map((p, k) => (k === index ? { ...p, ...change } : p)));
  const choice = <T extends string>(id: string, text: string, options: T[], value: T, onChange: (value: T) => void) => (
    <label>
      {text}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} {...problems.describe(id)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id={id} />
    </label>
  );
  const text = (id: string, caption: string, value: string, onChange: (value: string) => void) => (
    <label>
      {caption}
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...problems.describe(id)} />
      <FieldMessage form={problems} id={id} />
    </label>
  );
  const setIntervention = (index: number, change: Partial<InterventionDraft>) =>
    setInterventions(interventions.map((i, k) => (k === index ? { ...i, ...change } : i)));

  return (
    <form className="card form" onSubmit={save} aria-labelledby="visit-heading" noValidate>
      <h2 id="visit-heading">Record a visit</h2>
      <ProblemSummary form={problems} />
      <label htmlFor="v-date">Visited on</label>
      <input
        id="v-date"
        type="date"
        required
        value={visitedOn}
        onChange={(e) => setVisitedOn(e.target.value)}
        {...problems.describe("v-date")}
      />
      <FieldMessage form={problems} id="v-date" />
      <label htmlFor="v-agencies">Agencies present</label>
      <p id="v-agencies-hint" className="muted hint">
        Hold Ctrl (⌘ on a Mac) or Shift to choose several.
      </p>
      <select
        id="v-agencies"
        {...problems.describe("v-agencies", "v-agencies-hint")}
        multiple
        size={6}
        value={agencyIds}
        onChange={(e) => setAgencyIds(Array.from(e.target.selectedOptions, (o) => o.value))}
      >
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="v-agencies" />
      {granted("POLICE_INTELLIGENCE") ? (
        <>
          <label htmlFor="v-notes">Notes</label>
          <textarea
            id="v-notes"
            rows={3}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            {...problems.describe("v-notes")}
          />
          <FieldMessage form={problems} id="v-notes" />
        </>
      ) : (
        <RestrictedField id="v-notes" label="Notes" category="POLICE_INTELLIGENCE" />
      )}
      {!granted("ENFORCEMENT") ? (
        <RestrictedField id="v-interventions" label="Interventions" category="ENFORCEMENT" />
      ) : (
        <fieldset>
          <legend>Interventions</legend>
          {interventions.map((intervention, index) => (
            <div className="inline-form" key={index} role="group" aria-label={`Intervention ${index + 1}`}>
              <label>
                Agency
                <select
                  id={`v-int-${index}-agency`}
                  value={intervention.agencyId}
                  onChange={(e) => setIntervention(index, { agencyId: e.target.value })}
                  {...problems.describe(`v-int-${index}-agency`)}
                >
                  {agencies.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.shortName}
                    </option>
                  ))}
                </select>
                <FieldMessage form={problems} id={`v-int-${index}-agency`} />
              </label>
              {choice(`v-int-${index}-type`, "Type", INTERVENTION_TYPES, intervention.type, (type) =>
                setIntervention(index, { type }),
              )}
              {text(`v-int-${index}-outcome`, "Outcome", intervention.outcome, (outcome) =>
                setIntervention(index, { outcome }),
              )}
              <button type="button" onClick={() => setInterventions(interventions.filter((_, k) => k !== index))}>
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              setInterventions([
                ...interventions,
                { agencyId: agencyIds[0] ?? agencies[0]?.id ?? "", type: "OTHER", outcome: "" },
              ])
            }
          >
            Add an intervention
          </button>
        </fieldset>
      )}
      {!granted("VICTIM_DEMOGRAPHICS") ? (
        <RestrictedField id="v-people" label="People screened at the visit" category="VICTIM_DEMOGRAPHICS" />
      ) : (
        <fieldset>
          <legend>People screened at the visit</legend>
          {people.map((person, index) => (
            <fieldset className="inline-form" key={index} aria-label={`Person ${index + 1}`}>
              {granted("VICTIM_IDENTITY") ? (
                text(`v-person-${index}-name`, "Name (if given)", person.fullName, (fullName) =>
                  setPerson(index, { fullName }),
                )
              ) : (
                <RestrictedField id={`v-person-${index}-name`} label="Name" category="VICTIM_IDENTITY" />
              )}
              {choice(`v-person-${index}-ageGroup`, "Age group", AGE_GROUPS, person.ageGroup, (ageGroup) =>
                setPerson(index, { ageGroup }),
              )}
              {choice(`v-person-${index}-gender`, "Gender", GENDERS, person.gender, (gender) =>
                setPerson(index, { gender }),
              )}
              {text(`v-person-${index}-nationality`, "Nationality", person.nationality, (nationality) =>
                setPerson(index, { nationality }),
              )}
              {choice(
                `v-person-${index}-exploitationType`,
                "Exploitation",
                EXPLOITATION,
                person.exploitationType,
                (exploitationType) => setPerson(index, { exploitationType }),
              )}
              {choice(`v-person-${index}-outcome`, "Outcome", SCREENING_OUTCOMES, person.outcome, (outcome) =>
                setPerson(index, { outcome }),
              )}
              <button type="button" onClick={() => setPeople(people.filter((_, k) => k !== index))}>
                Remove
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() =>
              setPeople([
                ...people,
                {
                  fullName: "",
                  ageGroup: "ADULT",
                  gender: "NOT_KNOWN",
                  nationality: "",
                  exploitationType: "LABOUR",
                  outcome: "NOT_YET_KNOWN",
                },
              ])
            }
          >
            Add a person screened
          </button>
        </fieldset>
      )}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save visit"}
      </button>
      <CancelButton />
    </form>
  );
}
