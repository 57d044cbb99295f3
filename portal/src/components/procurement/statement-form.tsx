import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { StatementArea } from "../../gql/graphql";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { AREA_WORDS, AREAS } from "./choices";
import { TextField, TickList, YesNo } from "./fields";

const RECORD_STATEMENT = graphql(`
  mutation PortalRecordStatement($input: RecordStatementInput!) {
    recordStatement(input: $input) {
      id
      periodEnd
      source
    }
  }
`);

const FIELDS: FieldTable = {
  supplierId: { id: "st-start", label: "Supplier" },
  periodStart: { id: "st-start", label: "Financial year starts" },
  periodEnd: { id: "st-end", label: "Financial year ends" },
  url: { id: "st-url", label: "Where it is published" },
  publishedOn: { id: "st-published", label: "Published on" },
  approvedOn: { id: "st-approved", label: "Approved by the board on" },
  signedBy: { id: "st-signed-by", label: "Signed by" },
  signerRole: { id: "st-signer-role", label: "Signer's role" },
  areas: { id: "st-areas", label: "Areas it covers" },
};

/**
 * A supplier's statement for one financial year, entered by hand from the statement itself.
 * Recording a year already on record replaces it (the server says so in its description).
 */
export function StatementForm({ supplierId, onSaved }: { supplierId: string; onSaved(periodEnd: string): void }) {
  const [draft, setDraft] = useState({
    periodStart: "",
    periodEnd: "",
    url: "",
    publishedOn: "",
    approvedOn: "",
    signedBy: "",
    signerRole: "",
    signedByDirector: false,
    linkedFromHomePage: false,
    submittedToRegistry: false,
    areas: [] as StatementArea[],
  });
  const set = (change: Partial<typeof draft>) => setDraft({ ...draft, ...change });
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_STATEMENT);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("st-start", "Financial year starts", draft.periodStart),
      requiredDay("st-end", "Financial year ends", draft.periodEnd),
      required("st-url", "Where it is published", draft.url),
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        input: {
          supplierId,
          periodStart: draft.periodStart,
          periodEnd: draft.periodEnd,
          url: draft.url.trim(),
          publishedOn: draft.publishedOn || null,
          approvedOn: draft.approvedOn || null,
          signedBy: draft.signedBy.trim() || null,
          signerRole: draft.signerRole.trim() || null,
          signedByDirector: draft.signedByDirector,
          linkedFromHomePage: draft.linkedFromHomePage,
          submittedToRegistry: draft.submittedToRegistry,
          areas: draft.areas,
        },
      },
    });
    if (result.data) onSaved(result.data.recordStatement.periodEnd);
    else problems.fromServer(result.error);
  }

  return (
    <form className="form" onSubmit={save} aria-label="Record a statement" noValidate>
      <p className="muted">A year already on record is replaced by what is entered here.</p>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id="st-start"
        label="Financial year starts"
        type="date"
        value={draft.periodStart}
        onChange={(periodStart) => set({ periodStart })}
      />
      <TextField
        form={problems}
        id="st-end"
        label="Financial year ends"
        type="date"
        value={draft.periodEnd}
        onChange={(periodEnd) => set({ periodEnd })}
      />
      <TextField
        form={problems}
        id="st-url"
        label="Where it is published"
        type="url"
        hint="The statement's web address, e.g. https://example.co.uk/modern-slavery"
        value={draft.url}
        onChange={(url) => set({ url })}
      />
      <TextField
        form={problems}
        id="st-published"
        label="Published on (optional)"
        type="date"
        value={draft.publishedOn}
        onChange={(publishedOn) => set({ publishedOn })}
      />
      <TextField
        form={problems}
        id="st-approved"
        label="Approved by the board on (optional)"
        type="date"
        value={draft.approvedOn}
        onChange={(approvedOn) => set({ approvedOn })}
      />
      <TextField
        form={problems}
        id="st-signed-by"
        label="Signed by (optional)"
        value={draft.signedBy}
        onChange={(signedBy) => set({ signedBy })}
      />
      <TextField
        form={problems}
        id="st-signer-role"
        label="Signer's role (optional)"
        value={draft.signerRole}
        onChange={(signerRole) => set({ signerRole })}
      />
      <YesNo
        id="st-director"
        label="Signed by a director"
        value={draft.signedByDirector}
        onChange={(signedByDirector) => set({ signedByDirector })}
      />
      <YesNo
        id="st-home-page"
        label="Linked from the home page"
        value={draft.linkedFromHomePage}
        onChange={(linkedFromHomePage) => set({ linkedFromHomePage })}
      />
      <YesNo
        id="st-registry"
        label="Submitted to the government registry"
        value={draft.submittedToRegistry}
        onChange={(submittedToRegistry) => set({ submittedToRegistry })}
      />
      <TickList
        form={problems}
        id="st-areas"
        legend="Which of the six recommended areas it covers"
        options={AREAS}
        words={(a) => AREA_WORDS[a]}
        value={draft.areas}
        onChange={(areas) => set({ areas })}
      />
      <div className="actions form-buttons">
        <button type="submit" disabled={loading}>
          Record the statement
        </button>
        <CancelButton />
      </div>
    </form>
  );
}
