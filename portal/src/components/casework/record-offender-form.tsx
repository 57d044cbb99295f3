import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";

const RECORD_OFFENDER = graphql(`
  mutation PortalRecordOffender($concernId: ID!, $input: OffenderInput!) {
    recordOffender(concernId: $concernId, input: $input) {
      id
      fullName
    }
  }
`);

const FIELDS: FieldTable = {
  fullName: { id: "off-name", label: "Name" },
  dateOfBirth: { id: "off-dob", label: "Date of birth" },
  role: { id: "off-role", label: "Their part" },
  arrestedOn: { id: "off-arrested", label: "Arrested on" },
  charge: { id: "off-charge", label: "Charged with" },
};

type Draft = Record<"fullName" | "dateOfBirth" | "role" | "arrestedOn" | "charge", string>;
const EMPTY: Draft = { fullName: "", dateOfBirth: "", role: "", arrestedOn: "", charge: "" };

/** A suspected offender in the concern: a name, and what is known of their part, arrest and charge. */
export function RecordOffenderForm({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [record, { loading }] = useMutation(RECORD_OFFENDER);
  const problems = useFormProblems(FIELDS);
  // An optional field left empty is sent as nothing, never as blank text the server refuses.
  const optional = (value: string) => value.trim() || null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([required("off-name", "Name", draft.fullName)])) return;
    const result = await record({
      variables: {
        concernId,
        input: {
          fullName: draft.fullName.trim(),
          dateOfBirth: draft.dateOfBirth || null,
          role: optional(draft.role),
          arrestedOn: draft.arrestedOn || null,
          charge: optional(draft.charge),
        },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  const field = (key: keyof Draft, type = "text") => (
    <>
      <label htmlFor={FIELDS[key].id}>{FIELDS[key].label}</label>
      <input
        id={FIELDS[key].id}
        type={type}
        value={draft[key]}
        required={key === "fullName"}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        {...problems.describe(FIELDS[key].id)}
      />
      <FieldMessage form={problems} id={FIELDS[key].id} />
    </>
  );

  return (
    <form className="card form" onSubmit={save} aria-labelledby="offender-heading" noValidate>
      <h2 id="offender-heading">Record an offender</h2>
      <ProblemSummary form={problems} />
      {field("fullName")}
      {field("dateOfBirth", "date")}
      {field("role")}
      {field("arrestedOn", "date")}
      {field("charge")}
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save offender"}
      </button>
      <CancelButton />
    </form>
  );
}
