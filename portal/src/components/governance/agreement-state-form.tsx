import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { ProblemSummary, useFormProblems } from "../form-problems";
import { required } from "../../lib/form-checks";
import { TextField } from "./fields";

const SUSPEND = graphql(`
  mutation PortalSuspendAgreement($input: SuspendSharingAgreementInput!) {
    suspendSharingAgreement(input: $input) {
      id
      status
      suspendedReason
    }
  }
`);

const REACTIVATE = graphql(`
  mutation PortalReactivateAgreement($input: ReactivateSharingAgreementInput!) {
    reactivateSharingAgreement(input: $input) {
      id
      status
      suspendedReason
    }
  }
`);

/**
 * Suspends an active agreement or re-activates a suspended one, always with a reason: the parties
 * read it in the agreement's history, and sharing stops or starts again for all of them at once.
 */
export function AgreementStateForm({
  agreementId,
  change,
  onSaved,
}: {
  agreementId: string;
  change: "suspend" | "reactivate";
  onSaved(): void;
}) {
  const [reason, setReason] = useState("");
  const id = `${change}-reason`;
  const problems = useFormProblems({ reason: { id, label: "Reason" }, agreementId: { id, label: "Agreement" } });
  const [suspend, suspending] = useMutation(SUSPEND);
  const [reactivate, reactivating] = useMutation(REACTIVATE);
  const loading = suspending.loading || reactivating.loading;
  const words =
    change === "suspend"
      ? {
          heading: "Suspend the agreement",
          button: "Suspend sharing",
          hint: "Sharing under it stops at once for every party. Every party reads the reason.",
        }
      : {
          heading: "Re-activate the agreement",
          button: "Re-activate sharing",
          hint: "Sharing under it starts again for every party. The reason is kept in its history.",
        };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!problems.check([required(id, "Reason", reason, "Say why, for the parties and the record")])) return;
    const input = { agreementId, reason };
    const result =
      change === "suspend" ? await suspend({ variables: { input } }) : await reactivate({ variables: { input } });
    if (result.error) problems.fromServer(result.error);
    else {
      setReason("");
      onSaved();
    }
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby={`${change}-heading`} noValidate>
      <h2 id={`${change}-heading`}>{words.heading}</h2>
      <ProblemSummary form={problems} />
      <TextField
        form={problems}
        id={id}
        label="Reason"
        hint={words.hint}
        lines={3}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : words.button}
      </button>
    </form>
  );
}
