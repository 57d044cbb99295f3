import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { OrderKind } from "../../gql/graphql";
import { required, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";

const RECORD_ORDER = graphql(`
  mutation PortalRecordOrder($concernId: ID!, $input: OrderInput!) {
    recordOrder(concernId: $concernId, input: $input) {
      id
      kind
    }
  }
`);

const FIELDS: FieldTable = {
  kind: { id: "ord-kind", label: "Kind of order" },
  offenderId: { id: "ord-offender", label: "Offender it is on" },
  subject: { id: "ord-subject", label: "Who or what it is on" },
  grantedOn: { id: "ord-granted", label: "Granted on" },
  expiresOn: { id: "ord-expires", label: "Expires on" },
};

/** The two orders of the Modern Slavery Act 2015, in words. */
export const ORDER_KINDS: Array<{ kind: OrderKind; name: string }> = [
  { kind: "STPO", name: "Slavery and trafficking prevention order (STPO)" },
  { kind: "STRO", name: "Slavery and trafficking risk order (STRO)" },
];

/** An STPO or STRO a court granted in the concern, on an offender recorded in it or on another subject. */
export function RecordOrderForm({
  concernId,
  offenders,
  onSaved,
}: {
  concernId: string;
  offenders: Array<{ id: string; fullName: string | null }>;
  onSaved(): void;
}) {
  const [kind, setKind] = useState<OrderKind>("STPO");
  const [offenderId, setOffenderId] = useState("");
  const [subject, setSubject] = useState("");
  const [grantedOn, setGrantedOn] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [record, { loading }] = useMutation(RECORD_ORDER);
  const problems = useFormProblems(FIELDS);

  function chooseOffender(id: string) {
    setOffenderId(id);
    // The order is on the offender: their name is its subject unless the person writes another.
    const name = offenders.find((offender) => offender.id === id)?.fullName;
    if (name && !subject.trim()) setSubject(name);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      required("ord-subject", "Who or what it is on", subject),
      requiredDay("ord-granted", "Granted on", grantedOn),
      requiredDay("ord-expires", "Expires on", expiresOn),
      grantedOn && expiresOn && expiresOn <= grantedOn
        ? { id: "ord-expires", label: "Expires on", message: "Must be after the day it was granted" }
        : null,
    ]);
    if (!ok) return;
    const result = await record({
      variables: {
        concernId,
        input: { kind, offenderId: offenderId || null, subject: subject.trim(), grantedOn, expiresOn },
      },
    });
    if (result.error) problems.fromServer(result.error);
    else onSaved();
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="order-heading" noValidate>
      <h2 id="order-heading">Record an order</h2>
      <ProblemSummary form={problems} />
      <label htmlFor="ord-kind">Kind of order</label>
      <select id="ord-kind" value={kind} onChange={(e) => setKind(e.target.value as OrderKind)}>
        {ORDER_KINDS.map((option) => (
          <option key={option.kind} value={option.kind}>
            {option.name}
          </option>
        ))}
      </select>
      <label htmlFor="ord-offender">Offender it is on</label>
      <select
        id="ord-offender"
        value={offenderId}
        onChange={(e) => chooseOffender(e.target.value)}
        {...problems.describe("ord-offender")}
      >
        <option value="">None recorded in this concern</option>
        {offenders.map((offender) => (
          <option key={offender.id} value={offender.id}>
            {offender.fullName ?? "Name withheld"}
          </option>
        ))}
      </select>
      <FieldMessage form={problems} id="ord-offender" />
      <label htmlFor="ord-subject">Who or what it is on</label>
      <input
        id="ord-subject"
        required
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        {...problems.describe("ord-subject")}
      />
      <FieldMessage form={problems} id="ord-subject" />
      <label htmlFor="ord-granted">Granted on</label>
      <input
        id="ord-granted"
        type="date"
        required
        value={grantedOn}
        onChange={(e) => setGrantedOn(e.target.value)}
        {...problems.describe("ord-granted")}
      />
      <FieldMessage form={problems} id="ord-granted" />
      <label htmlFor="ord-expires">Expires on</label>
      <input
        id="ord-expires"
        type="date"
        required
        value={expiresOn}
        onChange={(e) => setExpiresOn(e.target.value)}
        {...problems.describe("ord-expires")}
      />
      <FieldMessage form={problems} id="ord-expires" />
      <button type="submit" disabled={loading}>
        {loading ? "Saving…" : "Save order"}
      </button>
      <CancelButton />
    </form>
  );
}
