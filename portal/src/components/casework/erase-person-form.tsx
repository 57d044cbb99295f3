import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { PortalErasePotentialVictimMutation } from "../../gql/graphql";
import { required } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { ConfirmStep } from "./confirm-step";
import { personWords, type ScreenedPerson } from "./person";

const ERASE_POTENTIAL_VICTIM = graphql(`
  mutation PortalErasePotentialVictim($input: ErasePotentialVictimInput!) {
    erasePotentialVictim(input: $input) {
      id
      personId
      erased
      kept {
        what
        basis
      }
    }
  }
`);

type Erasure = PortalErasePotentialVictimMutation["erasePotentialVictim"];

const FIELDS: FieldTable = {
  reason: { id: "erase-reason", label: "The request" },
  personId: { id: "erase-reason", label: "The request" },
};

/**
 * A person's request that what is held about them be erased: the request as received, a
 * confirmation (it cannot be undone), then what was erased and what is kept, and on what basis.
 */
export function ErasePersonForm({
  person,
  onErased,
  onDone,
}: {
  person: ScreenedPerson;
  /** The erasure is made: the concern page reads the person again, behind the answer. */
  onErased(): void;
  onDone(): void;
}) {
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Erasure | null>(null);
  const problems = useFormProblems(FIELDS);
  const [erase, { loading }] = useMutation(ERASE_POTENTIAL_VICTIM);
  // Named as when the form opened: once erased, the name it was asked for is gone from the record.
  const [who] = useState(() => personWords(person));

  function review(event: FormEvent) {
    event.preventDefault();
    if (problems.check([required("erase-reason", "The request", reason)])) setConfirming(true);
  }

  async function send() {
    const result = await erase({ variables: { input: { personId: person.id, reason: reason.trim() } } });
    setConfirming(false);
    if (result.error || !result.data) problems.fromServer(result.error);
    else {
      setDone(result.data.erasePotentialVictim);
      onErased();
    }
  }

  if (done)
    return (
      <section className="card form" aria-labelledby="erase-heading">
        <h2 id="erase-heading">Erasure request answered</h2>
        <p role="status">
          {done.erased.length > 0
            ? `Erased ${done.erased.length} ${done.erased.length === 1 ? "value" : "values"} about ${who}.`
            : `Nothing about ${who} could be erased.`}
        </p>
        {done.kept.length > 0 && (
          <>
            <h3>Kept, and why</h3>
            <ul>
              {done.kept.map((kept) => (
                <li key={`${kept.what}-${kept.basis}`}>
                  {kept.what}: {kept.basis}
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" onClick={onDone}>
          Done
        </button>
      </section>
    );

  return (
    <form className="card form" onSubmit={review} aria-labelledby="erase-heading" noValidate>
      <h2 id="erase-heading">Erase what is held about {who}</h2>
      <ProblemSummary form={problems} />
      <p className="muted">
        Answer the person's erasure request: their identity and notes about their needs are anonymised where no lawful
        basis requires keeping them. An NRM referral's statutory record, the figures and anything under a legal hold are
        kept.
      </p>
      {confirming ? (
        <ConfirmStep
          heading="Confirm the erasure"
          confirm="Erase"
          busy={loading}
          onConfirm={send}
          onBack={() => setConfirming(false)}
        >
          <p className="warning">
            Erasure cannot be undone: what is anonymised cannot be recovered by anyone. Request: “{reason.trim()}”.
          </p>
        </ConfirmStep>
      ) : (
        <>
          <label htmlFor="erase-reason">The request</label>
          <p id="erase-reason-hint" className="muted hint">
            Who asked, when and how, e.g. “Email of 2 Dec 2026 from the person”.
          </p>
          <textarea
            id="erase-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...problems.describe("erase-reason", "erase-reason-hint")}
          />
          <FieldMessage form={problems} id="erase-reason" />
          <button type="submit">Continue</button>
          <CancelButton />
        </>
      )}
    </form>
  );
}
