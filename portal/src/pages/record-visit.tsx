import { CombinedGraphQLErrors, gql } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { CancelButton } from "../components/opened-form";
import { ErrorList } from "../lib/errors";
import { label } from "../lib/format";
import { useAgencies, usePlatformToday } from "../lib/queries";

const RECORD_VISIT = gql`
  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {
    recordVisit(concernId: $concernId, input: $input) {
      id
    }
  }
`;

export const INTERVENTION_TYPES = [
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

const AGE_GROUPS = ["ADULT", "MINOR", "UNKNOWN"];
const GENDERS = ["MALE", "FEMALE", "OTHER", "NOT_KNOWN"];
const EXPLOITATION = ["LABOUR", "SEXUAL", "CRIMINAL", "DOMESTIC_SERVITUDE", "OTHER_OR_UNKNOWN"];
const OUTCOMES = [
  "SAFEGUARDED",
  "REFERRED_TO_NRM",
  "DECLINED_SUPPORT",
  "REFERRED_ON",
  "NO_INDICATORS",
  "NOT_YET_KNOWN",
];

interface PersonDraft {
  fullName: string;
  ageGroup: string;
  gender: string;
  nationality: string;
  exploitationType: string;
  outcome: string;
}

interface InterventionDraft {
  agencyId: string;
  type: string;
  outcome: string;
}

/** A disruption visit with the agencies present and each agency's interventions, in one write. */
export function RecordVisitForm({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const agencies = useAgencies();
  const today = usePlatformToday();
  // Today until the person picks a day.
  const [picked, setVisitedOn] = useState<string | null>(null);
  const visitedOn = picked ?? today ?? "";
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [notes, setNotes] = useState("");
  const [interventions, setInterventions] = useState<InterventionDraft[]>([]);
  const [people, setPeople] = useState<PersonDraft[]>([]);
  const [record, { loading, error }] = useMutation(RECORD_VISIT);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await record({
      variables: {
        concernId,
        input: {
          visitedOn,
          agencyIds,
          notes: notes || null,
          interventions: interventions.map((i) => ({ agencyId: i.agencyId, type: i.type, outcome: i.outcome || null })),
          peopleScreened: people.map((p) => ({
            screenedOn: visitedOn,
            fullName: p.fullName || null,
            ageGroup: p.ageGroup,
            gender: p.gender,
            nationality: p.nationality || null,
            exploitationType: p.exploitationType,
            outcome: p.outcome,
            aliases: [],
          })),
        },
      },
    });
    if (!result.error) onSaved();
  }
  const setPerson = (index: number, change: Partial<PersonDraft>) =>
    setPeople(people.map((p, k) => (k === index ? { ...p, ...change } : p)));
  const choice = (text: string, options: string[], value: string, onChange: (value: string) => void) => (
    <label>
      {text}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {label(option)}
          </option>
        ))}
      </select>
    </label>
  );
  const setIntervention = (index: number, change: Partial<InterventionDraft>) =>
    setInterventions(interventions.map((i, k) => (k === index ? { ...i, ...change } : i)));

  return (
    <form className="card form" onSubmit={save} aria-labelledby="visit-heading">
      <h2 id="visit-heading">Record a visit</h2>
      <ErrorList errors={CombinedGraphQLErrors.is(error) ? error.errors : []} />
      <label htmlFor="v-date">Visited on</label>
      <input id="v-date" type="date" required value={visitedOn} onChange={(e) => setVisitedOn(e.target.value)} />
      <label htmlFor="v-agencies">Agencies present</label>
      <p id="v-agencies-hint" className="muted hint">
        Hold Ctrl (⌘ on a Mac) or Shift to choose several.
      </p>
      <select
        id="v-agencies"
        aria-describedby="v-agencies-hint"
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
      <label htmlFor="v-notes">Notes</label>
      <textarea id="v-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <fieldset>
        <legend>Interventions</legend>
        {interventions.map((intervention, index) => (
          <div className="inline-form" key={index} role="group" aria-label={`Intervention ${index + 1}`}>
            <label>
              Agency
              <select
                value={intervention.agencyId}
                onChange={(e) => setIntervention(index, { agencyId: e.target.value })}
              >
                {agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.shortName}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Type
              <select value={intervention.type} onChange={(e) => setIntervention(index, { type: e.target.value })}>
                {INTERVENTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {label(type)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Outcome
              <input
                value={intervention.outcome}
                onChange={(e) => setIntervention(index, { outcome: e.target.value })}
              />
            </label>
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
      <fieldset>
        <legend>People screened at the visit</legend>
        {people.map((person, index) => (
          <fieldset className="inline-form" key={index} aria-label={`Person ${index + 1}`}>
            <label>
              Name (if given)
              <input value={person.fullName} onChange={(e) => setPerson(index, { fullName: e.target.value })} />
            </label>
            {choice("Age group", AGE_GROUPS, person.ageGroup, (ageGroup) => setPerson(index, { ageGroup }))}
            {choice("Gender", GENDERS, person.gender, (gender) => setPerson(index, { gender }))}
            <label>
              Nationality
              <input value={person.nationality} onChange={(e) => setPerson(index, { nationality: e.target.value })} />
            </label>
            {choice("Exploitation", EXPLOITATION, person.exploitationType, (exploitationType) =>
              setPerson(index, { exploitationType }),
            )}
            {choice("Outcome", OUTCOMES, person.outcome, (outcome) => setPerson(index, { outcome }))}
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
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save visit"}
      </button>
      <CancelButton />
    </form>
  );
}
