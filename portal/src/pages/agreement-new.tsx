import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMemberAgencies } from "../components/governance/member-agencies";
import { graphql } from "../gql";
import type { DataCategory } from "../gql/graphql";
import { FieldMessage, ProblemSummary, useFormProblems } from "../components/form-problems";
import { CheckboxGroup, DateField, TextField } from "../components/governance/fields";
import { DATA_CATEGORIES } from "../components/governance/data-categories";
import { required, requiredDay } from "../lib/form-checks";
import type { FieldTable } from "../lib/form-errors";

const CREATE_AGREEMENT = graphql(`
  mutation PortalCreateAgreement($input: CreateSharingAgreementInput!) {
    createSharingAgreement(input: $input) {
      id
      reference
      status
    }
  }
`);

/** CreateSharingAgreementInput's fields where this form shows them. */
const FIELDS: FieldTable = {
  reference: { id: "ag-reference", label: "Reference" },
  title: { id: "ag-title", label: "Title" },
  purpose: { id: "ag-purpose", label: "Purpose of sharing" },
  lawfulBasis: { id: "ag-basis", label: "Lawful basis" },
  startDate: { id: "ag-start", label: "In force from" },
  endDate: { id: "ag-end", label: "In force until" },
  reviewDate: { id: "ag-review", label: "Review by" },
  partyAgencyIds: { id: "ag-parties", label: "Parties" },
  "partyAgencyIds.#": { id: "ag-parties", label: "Parties" },
  grants: { id: "ag-grants", label: "What is shared" },
  "grants.#": { id: "ag-grant-{i}-recipient", label: "Grant {n}" },
  "grants.#.recipientAgencyId": { id: "ag-grant-{i}-recipient", label: "Grant {n}: Shared with" },
  "grants.#.categories": { id: "ag-grant-{i}-categories", label: "Grant {n}: Information" },
  // The server names the category within the grant; the message says which.
  "grants.#.categories.#": { id: "ag-grants", label: "What is shared" },
};

interface GrantDraft {
  recipientAgencyId: string;
  categories: DataCategory[];
}

/** A new sharing agreement, drafted by the partnership's administrator; it grants nothing until every party signs. */
export function DraftAgreementPage() {
  const agencies = useMemberAgencies();
  const navigate = useNavigate();
  const [reference, setReference] = useState("");
  const [title, setTitle] = useState("");
  const [purpose, setPurpose] = useState("");
  const [lawfulBasis, setLawfulBasis] = useState("");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const [reviewDate, setReviewDate] = useState("");
  const [parties, setParties] = useState<string[]>([]);
  const [grants, setGrants] = useState<GrantDraft[]>([{ recipientAgencyId: "", categories: [] }]);
  const problems = useFormProblems(FIELDS);
  const [create, { loading }] = useMutation(CREATE_AGREEMENT);
  const partyAgencies = agencies.filter((a) => parties.includes(a.id));
  const setGrant = (index: number, change: Partial<GrantDraft>) =>
    setGrants(grants.map((g, k) => (k === index ? { ...g, ...change } : g)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      required("ag-reference", "Reference", reference),
      required("ag-title", "Title", title),
      required("ag-purpose", "Purpose of sharing", purpose),
      required("ag-basis", "Lawful basis", lawfulBasis),
      requiredDay("ag-start", "In force from", startDate),
      requiredDay("ag-end", "In force until", endDate),
      parties.length < 2 ? { id: "ag-parties", label: "Parties", message: "Choose at least two agencies" } : null,
      ...grants.flatMap((g, i) => [
        g.recipientAgencyId === ""
          ? { id: `ag-grant-${i}-recipient`, label: `Grant ${i + 1}: Shared with`, message: "Choose a party" }
          : null,
        g.categories.length === 0
          ? { id: `ag-grant-${i}-categories`, label: `Grant ${i + 1}: Information`, message: "Choose at least one" }
          : null,
      ]),
    ]);
    if (!ok) return;
    const result = await create({
      variables: {
        input: {
          reference: reference.trim(),
          title: title.trim(),
          purpose: purpose.trim(),
          lawfulBasis: lawfulBasis.trim(),
          startDate,
          endDate,
          reviewDate: reviewDate || null,
          partyAgencyIds: parties,
          grants: grants.map((g) => ({ recipientAgencyId: g.recipientAgencyId, categories: g.categories })),
        },
      },
    });
    if (result.error || !result.data) problems.fromServer(result.error);
    else void navigate(`/governance/agreements/${result.data.createSharingAgreement.id}`);
  }

  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>Draft a sharing agreement</h1>
      <p className="muted">
        The draft grants nothing until every party has signed it. Each kind of information must be shared by a party
        that holds it (police intelligence only by the police), and everyone it is shared with must be a party.
      </p>
      <form className="card form" onSubmit={save} aria-label="Draft a sharing agreement" noValidate>
        <ProblemSummary form={problems} />
        <TextField
          form={problems}
          id="ag-reference"
          label="Reference"
          hint="e.g. ISA-2026-004; not used before"
          value={reference}
          onChange={setReference}
        />
        <TextField form={problems} id="ag-title" label="Title" value={title} onChange={setTitle} />
        <TextField
          form={problems}
          id="ag-purpose"
          label="Purpose of sharing"
          lines={3}
          value={purpose}
          onChange={setPurpose}
        />
        <TextField
          form={problems}
          id="ag-basis"
          label="Lawful basis"
          lines={2}
          value={lawfulBasis}
          onChange={setLawfulBasis}
        />
        <DateField form={problems} id="ag-start" label="In force from" value={startDate} onChange={setStartDate} />
        <DateField form={problems} id="ag-end" label="In force until" value={endDate} onChange={setEndDate} />
        <DateField
          form={problems}
          id="ag-review"
          label="Review by (optional)"
          value={reviewDate}
          onChange={setReviewDate}
        />
        <CheckboxGroup
          form={problems}
          id="ag-parties"
          label="Parties"
          hint="Every party signs the agreement before it is in force."
          options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          chosen={parties}
          onChange={setParties}
        />
        <fieldset id="ag-grants" tabIndex={-1} {...problems.describe("ag-grants")}>
          <legend>What is shared</legend>
          <FieldMessage form={problems} id="ag-grants" />
          {grants.map((grant, index) => (
            <div key={index} className="grant-row form">
              <label htmlFor={`ag-grant-${index}-recipient`}>Grant {index + 1}: Shared with</label>
              <select
                id={`ag-grant-${index}-recipient`}
                value={grant.recipientAgencyId}
                onChange={(e) => setGrant(index, { recipientAgencyId: e.target.value })}
                {...problems.describe(`ag-grant-${index}-recipient`)}
              >
                <option value="">Choose a party</option>
                {partyAgencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
              <FieldMessage form={problems} id={`ag-grant-${index}-recipient`} />
              <CheckboxGroup
                form={problems}
                id={`ag-grant-${index}-categories`}
                label={`Grant ${index + 1}: Information`}
                options={DATA_CATEGORIES}
                chosen={grant.categories}
                onChange={(categories) => setGrant(index, { categories })}
              />
              {grants.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setGrants(grants.filter((_, k) => k !== index))}
                >
                  Remove grant {index + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => setGrants([...grants, { recipientAgencyId: "", categories: [] }])}
          >
            Add another grant
          </button>
        </fieldset>
        <p className="muted hint">Records are kept for the platform's standard periods for each kind of information.</p>
        <button type="submit" disabled={loading}>
          {loading ? "Saving…" : "Save the draft"}
        </button>
      </form>
    </>
  );
}
