import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { AuditKind, FindingSeverity } from "../../gql/graphql";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { AUDIT_KINDS, SEVERITIES } from "./choices";
import { ChoiceField, TextField } from "./fields";

const RECORD_AUDIT = graphql(`
  mutation PortalRecordAudit($input: RecordAuditInput!) {
    recordAudit(input: $input) {
      id
    }
  }
`);

const FIELDS: FieldTable = {
  supplierId: { id: "au-date", label: "Supplier" },
  kind: { id: "au-kind", label: "How it was audited" },
  auditedOn: { id: "au-date", label: "Audited on" },
  auditor: { id: "au-auditor", label: "Auditor" },
  "findings.#.severity": { id: "au-f-{i}-severity", label: "Finding {n}: How serious" },
  "findings.#.description": { id: "au-f-{i}-description", label: "Finding {n}: What was found" },
  "findings.#.actions.#.description": { id: "au-f-{i}-action", label: "Finding {n}: What the supplier must do" },
  "findings.#.actions.#.dueOn": { id: "au-f-{i}-due", label: "Finding {n}: Due by" },
};

interface FindingDraft {
  severity: FindingSeverity;
  description: string;
  action: string;
  dueOn: string;
}

const SEVERITY_WORDS: Record<FindingSeverity, string> = {
  LOW: "Low: a minor gap in paperwork or process",
  MEDIUM: "Medium: a gap that could let exploitation go unnoticed",
  HIGH: "High: an indicator of exploitation",
  CRITICAL: "Critical: evidence of forced labour",
};

/**
 * An audit by the user's agency with what it found and the corrective action agreed for each
 * finding, saved in one go. A critical finding is evidence of forced labour: the form asks the
 * person to confirm they will refer it to the partnership before it is recorded.
 */
export function AuditForm({ supplierId, today, onSaved }: { supplierId: string; today: string; onSaved(): void }) {
  const [draft, setDraft] = useState({ kind: "SITE_VISIT" as AuditKind, auditedOn: today, auditor: "" });
  const [findings, setFindings] = useState<FindingDraft[]>([]);
  const [referred, setReferred] = useState(false);
  const problems = useFormProblems(FIELDS);
  const [record, { loading }] = useMutation(RECORD_AUDIT);
  const critical = findings.some((f) => f.severity === "CRITICAL");
  const setFinding = (index: number, change: Partial<FindingDraft>) =>
    setFindings(findings.map((f, k) => (k === index ? { ...f, ...change } : f)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("au-date", "Audited on", draft.auditedOn),
      required("au-auditor", "Auditor", draft.auditor),
      ...findings.flatMap((f, i) => [
        required(`au-f-${i}-description`, `Finding ${i + 1}: What was found`, f.description),
        f.action.trim() !== "" ? requiredDay(`au-f-${i}-due`, `Finding ${i + 1}: Due by`, f.dueOn) : null,
      ]),
      critical && !referred
        ? {
            id: "au-referred",
            label: "Referral",
            message: "Confirm you will refer the critical finding to the partnership",
          }
        : null,
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        input: {
          supplierId,
          kind: draft.kind,
          auditedOn: draft.auditedOn,
          auditor: draft.auditor.trim(),
          findings: findings.map((f) => ({
            severity: f.severity,
            description: f.description.trim(),
            actions: f.action.trim() ? [{ description: f.action.trim(), dueOn: f.dueOn }] : [],
          })),
        },
      },
    });
    if (result.data) onSaved();
    else problems.fromServer(result.error);
  }

  return (
    <form className="form" onSubmit={save} aria-label="Record an audit" noValidate>
      <ProblemSummary form={problems} />
      <ChoiceField
        form={problems}
        id="au-kind"
        label="How it was audited"
        options={AUDIT_KINDS}
        value={draft.kind}
        onChange={(kind) => setDraft({ ...draft, kind })}
      />
      <TextField
        form={problems}
        id="au-date"
        label="Audited on"
        type="date"
        value={draft.auditedOn}
        onChange={(auditedOn) => setDraft({ ...draft, auditedOn })}
      />
      <TextField
        form={problems}
        id="au-auditor"
        label="Auditor"
        value={draft.auditor}
        onChange={(auditor) => setDraft({ ...draft, auditor })}
      />
      <fieldset>
        <legend>Findings (none is a clean audit)</legend>
        {findings.map((finding, index) => (
          <fieldset key={index} aria-label={`Finding ${index + 1}`}>
            <legend>Finding {index + 1}</legend>
            <ChoiceField
              form={problems}
              id={`au-f-${index}-severity`}
              label="How serious"
              options={SEVERITIES}
              words={(s) => SEVERITY_WORDS[s]}
              value={finding.severity}
              onChange={(severity) => setFinding(index, { severity })}
            />
            <TextField
              form={problems}
              id={`au-f-${index}-description`}
              label="What was found"
              multiline
              value={finding.description}
              onChange={(description) => setFinding(index, { description })}
            />
            <TextField
              form={problems}
              id={`au-f-${index}-action`}
              label="What the supplier must do (optional)"
              value={finding.action}
              onChange={(action) => setFinding(index, { action })}
            />
            <TextField
              form={problems}
              id={`au-f-${index}-due`}
              label="Due by"
              type="date"
              value={finding.dueOn}
              onChange={(dueOn) => setFinding(index, { dueOn })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => setFindings(findings.filter((_, k) => k !== index))}
            >
              Remove finding {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() => setFindings([...findings, { severity: "MEDIUM", description: "", action: "", dueOn: "" }])}
        >
          Add a finding
        </button>
      </fieldset>
      {critical && (
        <label className="checkbox" htmlFor="au-referred">
          <input
            id="au-referred"
            type="checkbox"
            checked={referred}
            onChange={(e) => setReferred(e.target.checked)}
            {...problems.describe("au-referred")}
          />
          A critical finding is evidence of forced labour: I will refer it to the partnership today
        </label>
      )}
      <div className="actions form-buttons">
        <button type="submit" disabled={loading}>
          Record the audit
        </button>
        <CancelButton />
      </div>
    </form>
  );
}
