import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useMemberAgencies } from "../components/governance/member-agencies";
import { graphql } from "../gql";
import type { MaturityArea, MaturityLevel } from "../gql/graphql";
import { ProblemSummary, useFormProblems } from "../components/form-problems";
import { ChoiceField, DateField, TextField } from "../components/governance/fields";
import { OperationError } from "../lib/errors";
import { required, requiredDay } from "../lib/form-checks";
import type { FieldTable } from "../lib/form-errors";
import { date, label } from "../lib/format";
import { usePartnership, usePlatformToday } from "../lib/queries";
import { hasRole, useSignedIn } from "../lib/session";
import { usePortalQuery } from "../lib/use-portal-query";

const AREAS: ReadonlyArray<{ area: MaturityArea; words: string }> = [
  { area: "LEADERSHIP", words: "Leadership" },
  { area: "RESOURCES_AND_CAPACITY", words: "Resources and capacity" },
  { area: "IDENTIFYING_REFERRING_SUPPORTING_VICTIMS", words: "Identifying, referring and supporting victims" },
  { area: "DISRUPTION_AND_PREVENTION", words: "Disruption and prevention" },
  { area: "SUPPLY_CHAINS", words: "Supply chains" },
];
const LEVELS: readonly MaturityLevel[] = [
  "BASIC_FIRST_STEPS",
  "EARLY_PROGRESS",
  "SUBSTANTIAL_PROGRESS",
  "MATURE_PRACTICE",
];

const ASSESSMENTS = graphql(`
  query PortalMaturityAssessments($agencyId: ID) {
    maturityAssessments(agencyId: $agencyId, first: 10) {
      nodes {
        id
        assessedOn
        assessor
        agency {
          name
        }
        ratings {
          area
          level
          evidence
        }
      }
    }
  }
`);

const RECORD_ASSESSMENT = graphql(`
  mutation PortalRecordMaturity($input: RecordMaturityAssessmentInput!) {
    recordMaturityAssessment(input: $input) {
      id
    }
  }
`);

const FIELDS: FieldTable = {
  agencyId: { id: "mat-subject", label: "Assessment of" },
  partnershipId: { id: "mat-subject", label: "Assessment of" },
  assessedOn: { id: "mat-on", label: "Agreed on" },
  assessor: { id: "mat-assessor", label: "Assessed by" },
  "ratings.#.area": { id: "mat-{i}-level", label: "Area {n}" },
  "ratings.#.level": { id: "mat-{i}-level", label: "Area {n}: Level" },
  "ratings.#.evidence": { id: "mat-{i}-evidence", label: "Area {n}: Evidence" },
};

interface RatingDraft {
  level: MaturityLevel;
  evidence: string;
}

/** A self-assessment against the maturity matrix: a level and its evidence in each of the five areas. */
function RecordAssessmentForm({ subject, onSaved }: { subject: string; onSaved(): void }) {
  const today = usePlatformToday();
  const partnership = usePartnership();
  const [picked, setAssessedOn] = useState<string | null>(null);
  const assessedOn = picked ?? today ?? "";
  const [assessor, setAssessor] = useState("");
  const [ratings, setRatings] = useState<RatingDraft[]>(
    AREAS.map(() => ({ level: "BASIC_FIRST_STEPS", evidence: "" })),
  );
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_ASSESSMENT);
  const setRating = (index: number, change: Partial<RatingDraft>) =>
    setRatings(ratings.map((r, k) => (k === index ? { ...r, ...change } : r)));
  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("mat-on", "Agreed on", assessedOn),
      required("mat-assessor", "Assessed by", assessor),
      ...ratings.map((r, i) => required(`mat-${i}-evidence`, `${AREAS[i]!.words}: Evidence`, r.evidence)),
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        input: {
          // Exactly one of the two: the agency chosen, or else the partnership the portal acts in.
          agencyId: subject || null,
          partnershipId: subject ? null : (partnership?.id ?? null),
          assessedOn,
          assessor: assessor.trim(),
          ratings: AREAS.map(({ area }, i) => ({
            area,
            level: ratings[i]!.level,
            evidence: ratings[i]!.evidence.trim(),
          })),
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else {
      setAssessor("");
      setRatings(AREAS.map(() => ({ level: "BASIC_FIRST_STEPS", evidence: "" })));
      onSaved();
    }
  }
  return (
    <form className="card form" onSubmit={save} aria-labelledby="record-maturity-heading" noValidate>
      <h2 id="record-maturity-heading">Record a self-assessment</h2>
      <ProblemSummary form={problems} />
      <DateField form={problems} id="mat-on" label="Agreed on" value={assessedOn} onChange={setAssessedOn} />
      <TextField
        form={problems}
        id="mat-assessor"
        label="Assessed by"
        hint="e.g. the partnership board, chaired by its programme manager"
        value={assessor}
        onChange={setAssessor}
      />
      {AREAS.map(({ area, words }, i) => (
        <fieldset key={area}>
          <legend>{words}</legend>
          <ChoiceField
            form={problems}
            id={`mat-${i}-level`}
            label={`${words}: Level`}
            options={LEVELS}
            value={ratings[i]!.level}
            onChange={(level) => setRating(i, { level })}
          />
          <TextField
            form={problems}
            id={`mat-${i}-evidence`}
            label={`${words}: Evidence`}
            lines={2}
            value={ratings[i]!.evidence}
            onChange={(evidence) => setRating(i, { evidence })}
          />
        </fieldset>
      ))}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Record the assessment"}
      </button>
    </form>
  );
}

/** The maturity self-assessments of the partnership, or of one member agency, and the form to record one. */
export function MaturityPage() {
  const session = useSignedIn();
  const agencies = useMemberAgencies();
  const [subject, setSubject] = useState("");
  const { data, error, refetch } = usePortalQuery(ASSESSMENTS, { variables: { agencyId: subject || null } });
  const assessments = data?.maturityAssessments.nodes ?? [];
  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>Maturity self-assessments</h1>
      <label htmlFor="mat-subject">Assessment of</label>{" "}
      <select id="mat-subject" value={subject} onChange={(e) => setSubject(e.target.value)}>
        <option value="">The partnership</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <OperationError error={error} />
      {hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN") && (
        <RecordAssessmentForm key={subject} subject={subject} onSaved={() => void refetch()} />
      )}
      <section aria-labelledby="assessments-heading">
        <h2 id="assessments-heading">Assessments, latest first</h2>
        {data && assessments.length === 0 && <p className="muted">None recorded.</p>}
        {assessments.map((a) => (
          <section key={a.id} className="card" aria-labelledby={`assessment-${a.id}`}>
            <h3 id={`assessment-${a.id}`}>
              {date(a.assessedOn)}: {a.agency?.name ?? "the partnership"}
            </h3>
            <p className="muted">Assessed by {a.assessor}</p>
            <dl className="fields">
              {a.ratings.map((r) => (
                <div className="row" key={r.area}>
                  <dt>{AREAS.find((x) => x.area === r.area)?.words ?? label(r.area)}</dt>
                  <dd>
                    <strong>{label(r.level)}</strong>: {r.evidence}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </section>
    </>
  );
}
