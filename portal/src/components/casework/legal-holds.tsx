import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { LegalHoldKind, PortalLegalHoldsQuery } from "../../gql/graphql";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { date, dateTime, label } from "../../lib/format";
import { OperationError } from "../../lib/errors";
import { usePortalQuery } from "../../lib/use-portal-query";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton, OpenedForm } from "../opened-form";
import { TableScroll } from "../table-scroll";
import { ConfirmStep } from "./confirm-step";
import "./casework.css";

const LEGAL_HOLDS = graphql(`
  query PortalLegalHolds($id: ID!) {
    concern(id: $id) {
      id
      legalHolds {
        id
        kind
        reason
        until
        active
        placedAt
        releasedAt
        releaseReason
        placedByAgency {
          id
          shortName
        }
        releasedByAgency {
          id
          shortName
        }
      }
    }
  }
`);

const PLACE_LEGAL_HOLD = graphql(`
  mutation PortalPlaceLegalHold($input: PlaceLegalHoldInput!) {
    placeLegalHold(input: $input) {
      id
      active
    }
  }
`);

const RELEASE_LEGAL_HOLD = graphql(`
  mutation PortalReleaseLegalHold($input: ReleaseLegalHoldInput!) {
    releaseLegalHold(input: $input) {
      id
      active
      releasedAt
      releaseReason
    }
  }
`);

type Hold = NonNullable<NonNullable<PortalLegalHoldsQuery["concern"]>["legalHolds"]>[number];

const KINDS: LegalHoldKind[] = ["INVESTIGATION", "PROSECUTION", "SAFEGUARDING_REVIEW"];

const PLACE_FIELDS: FieldTable = {
  kind: { id: "hold-kind", label: "Held for" },
  reason: { id: "hold-reason", label: "The investigation, prosecution or review" },
  until: { id: "hold-until", label: "Held until" },
  concernId: { id: "hold-kind", label: "Held for" },
};

const RELEASE_FIELDS: FieldTable = {
  reason: { id: "release-reason", label: "Why it is released" },
  holdId: { id: "release-reason", label: "Why it is released" },
};

/**
 * The concern's legal holds: while one is in force the retention run anonymises nothing of the
 * concern and erasure requests erase nothing. A caseworker places one with its reason and last day,
 * and releases it early with a reason; a released hold stays on the record.
 */
export function LegalHolds({ concernId, mayWrite }: { concernId: string; mayWrite: boolean }) {
  const { data, error, refetch } = usePortalQuery(LEGAL_HOLDS, { variables: { id: concernId } });
  const [form, setForm] = useState<{ place: true } | { release: Hold } | null>(null);
  const holds = data?.concern?.legalHolds ?? [];
  const saved = () => {
    setForm(null);
    void refetch();
  };
  return (
    <section aria-labelledby="holds-heading">
      <h2 id="holds-heading">Legal holds</h2>
      <OperationError error={error} />
      {mayWrite && (
        <p>
          <button
            type="button"
            onClick={() => setForm(form && "place" in form ? null : { place: true })}
            aria-expanded={Boolean(form && "place" in form)}
          >
            Place a legal hold
          </button>
        </p>
      )}
      {form && (
        <OpenedForm key={"place" in form ? "place" : form.release.id} onClose={() => setForm(null)}>
          {"place" in form ? (
            <PlaceHoldForm concernId={concernId} onSaved={saved} />
          ) : (
            <ReleaseHoldForm hold={form.release} onSaved={saved} />
          )}
        </OpenedForm>
      )}
      {holds.length === 0 ? (
        <p className="muted">No legal hold has been placed on this concern.</p>
      ) : (
        <TableScroll name="Legal holds on the concern">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Held for</th>
                <th scope="col">Reason</th>
                <th scope="col">Until</th>
                <th scope="col">Placed</th>
                <th scope="col">In force</th>
                {mayWrite && <th scope="col">Release</th>}
              </tr>
            </thead>
            <tbody>
              {holds.map((hold) => (
                <tr key={hold.id}>
                  <td>{label(hold.kind)}</td>
                  <td>{hold.reason}</td>
                  <td>{date(hold.until)}</td>
                  <td>
                    {dateTime(hold.placedAt)} by {hold.placedByAgency?.shortName ?? "—"}
                  </td>
                  <td>
                    {hold.active
                      ? "Yes"
                      : hold.releasedAt
                        ? `Released ${dateTime(hold.releasedAt)} by ${hold.releasedByAgency?.shortName ?? "—"}: ${hold.releaseReason ?? ""}`
                        : "Ended"}
                  </td>
                  {mayWrite && (
                    <td>
                      {hold.active && (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`Release the hold: ${hold.reason}`}
                          onClick={() => setForm({ release: hold })}
                        >
                          Release
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function PlaceHoldForm({ concernId, onSaved }: { concernId: string; onSaved(): void }) {
  const [kind, setKind] = useState<LegalHoldKind>("INVESTIGATION");
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const problems = useFormProblems(PLACE_FIELDS);
  const [place, { loading }] = useMutation(PLACE_LEGAL_HOLD);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      required("hold-reason", "The investigation, prosecution or review", reason),
      requiredDay("hold-until", "Held until", until),
    ]);
    if (!ok) return;
    const result = await place({ variables: { input: { concernId, kind, reason: reason.trim(), until } } });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="hold-heading" noValidate>
      <h3 id="hold-heading">Place a legal hold</h3>
      <p className="muted">
        Until its last day, or until it is released, nothing of this concern is anonymised by the retention schedule or
        erased on request.
      </p>
      <ProblemSummary form={problems} />
      <label htmlFor="hold-kind">Held for</label>
      <select
        id="hold-kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as LegalHoldKind)}
        {...problems.describe("hold-kind")}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {label(k)}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="hold-kind" />
      <label htmlFor="hold-reason">The investigation, prosecution or review</label>
      <textarea
        id="hold-reason"
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        {...problems.describe("hold-reason")}
      />
      <FieldMessage form={problems} id="hold-reason" />
      <label htmlFor="hold-until">Held until</label>
      <input
        id="hold-until"
        type="date"
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        {...problems.describe("hold-until")}
      />
      <FieldMessage form={problems} id="hold-until" />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Place the hold"}
      </button>
      <CancelButton />
    </form>
  );
}

function ReleaseHoldForm({ hold, onSaved }: { hold: Hold; onSaved(): void }) {
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const problems = useFormProblems(RELEASE_FIELDS);
  const [release, { loading }] = useMutation(RELEASE_LEGAL_HOLD);

  function review(event: FormEvent) {
    event.preventDefault();
    if (problems.check([required("release-reason", "Why it is released", reason)])) setConfirming(true);
  }

  async function send() {
    const result = await release({ variables: { input: { holdId: hold.id, reason: reason.trim() } } });
    if (result.error) {
      setConfirming(false);
      problems.fromServer(result.error);
    } else onSaved();
  }

  return (
    <form className="card form" onSubmit={review} aria-labelledby="release-heading" noValidate>
      <h3 id="release-heading">Release the legal hold</h3>
      <p className="muted">
        {label(hold.kind)}: {hold.reason} (until {date(hold.until)}).
      </p>
      <ProblemSummary form={problems} />
      {confirming ? (
        <ConfirmStep
          heading="Confirm the release"
          confirm="Release the hold"
          busy={loading}
          onConfirm={send}
          onBack={() => setConfirming(false)}
        >
          <p className="warning">
            Once released, the concern's records follow the retention schedule again and erasure requests apply to them.
            The hold stays on the concern's record with your reason.
          </p>
        </ConfirmStep>
      ) : (
        <>
          <label htmlFor="release-reason">Why it is released</label>
          <textarea
            id="release-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...problems.describe("release-reason")}
          />
          <FieldMessage form={problems} id="release-reason" />
          <button type="submit">Continue</button>
          <CancelButton />
        </>
      )}
    </form>
  );
}
