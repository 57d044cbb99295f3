import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import { chosen, requiredDay } from "../../lib/form-checks";
import type { FieldTable } from "../../lib/form-errors";
import { date } from "../../lib/format";
import { usePlatformToday } from "../../lib/queries";
import { useSignedIn } from "../../lib/session";
import { usePortalQuery } from "../../lib/use-portal-query";
import { FieldMessage, ProblemSummary, useFormProblems } from "../form-problems";
import { CancelButton } from "../opened-form";
import { ConfirmStep } from "./confirm-step";
import { consentRule } from "./consent-rule";
import { personWords, type ScreenedPerson } from "./person";

const REFER_TO_NRM = graphql(`
  mutation PortalReferToNrm($victimId: ID!, $input: NrmReferralInput!) {
    referToNrm(victimId: $victimId, input: $input) {
      id
      referredOn
      consentGiven
      minor
      reasonableGrounds
      conclusiveGrounds
      potentialVictim {
        id
        outcome
      }
    }
  }
`);

/** The first responders of the caller's own agency: who may be named as making a referral. */
export const AGENCY_STAFF = graphql(`
  query PortalAgencyStaff($agencyId: ID!) {
    people(first: 100, filter: { agencyId: $agencyId }) {
      nodes {
        id
        name
        email
        jobTitle
      }
    }
  }
`);

const FIELDS: FieldTable = {
  referredOn: { id: "nrm-date", label: "Referred on" },
  referrerEmail: { id: "nrm-referrer", label: "First responder making the referral" },
  referringAgencyId: { id: "nrm-referrer", label: "First responder making the referral" },
  consentGiven: { id: "nrm-consent-yes", label: "Consent" },
};

/**
 * An NRM referral of one person, by the caller's agency as first responder organisation: the form,
 * then a confirmation that states the consent rule for the person's age group before anything is
 * sent. An adult who does not consent is sent to the duty-to-notify report instead.
 */
export function NrmReferralForm({
  person,
  onSaved,
  onDeclined,
}: {
  person: ScreenedPerson;
  onSaved(): void;
  /** The adult does not consent: record the duty-to-notify (MS1) report instead. */
  onDeclined(): void;
}) {
  const session = useSignedIn();
  const today = usePlatformToday();
  const staff = usePortalQuery(AGENCY_STAFF, { variables: { agencyId: session.agencyId } });
  const people = (staff.data?.people.nodes ?? []).filter((p) => p.email);
  const rule = consentRule(person.ageGroup);
  const [picked, setReferredOn] = useState<string | null>(null);
  const referredOn = picked ?? today ?? "";
  const [referrerEmail, setReferrerEmail] = useState("");
  const [consent, setConsent] = useState<"yes" | "no" | "">("");
  const [confirming, setConfirming] = useState(false);
  const problems = useFormProblems(FIELDS);
  const [refer, { loading }] = useMutation(REFER_TO_NRM);
  const referrer = people.find((p) => p.email === referrerEmail);

  function review(event: FormEvent) {
    event.preventDefault();
    const ok = problems.check([
      requiredDay("nrm-date", "Referred on", referredOn),
      chosen("nrm-referrer", "First responder making the referral", referrerEmail),
      rule.consentNeeded && consent === ""
        ? { id: "nrm-consent-yes", label: "Consent", message: "Say whether they consent to being referred" }
        : null,
    ]);
    if (ok) setConfirming(true);
  }

  async function send() {
    const result = await refer({
      variables: {
        victimId: person.id,
        input: {
          referredOn,
          referringAgencyId: session.agencyId,
          referrerEmail,
          consentGiven: rule.consentNeeded ? true : null,
        },
      },
    });
    if (result.error) {
      setConfirming(false);
      problems.fromServer(result.error);
    } else onSaved();
  }

  return (
    <form className="card form" onSubmit={review} aria-labelledby="nrm-heading" noValidate>
      <h2 id="nrm-heading">Refer {personWords(person)} to the NRM</h2>
      <ProblemSummary form={problems} />
      <p className="consent-rule" data-testid="consent-rule">
        {rule.text}
      </p>
      {confirming ? (
        <ConfirmStep
          heading="Confirm the NRM referral"
          confirm="Make the referral"
          busy={loading}
          onConfirm={send}
          onBack={() => setConfirming(false)}
        >
          <dl className="fields">
            <div className="row">
              <dt>Person</dt>
              <dd>{personWords(person)}</dd>
            </div>
            <div className="row">
              <dt>Referred on</dt>
              <dd>{date(referredOn)}</dd>
            </div>
            <div className="row">
              <dt>First responder</dt>
              <dd>{referrer ? `${referrer.name} (${referrer.email})` : referrerEmail}</dd>
            </div>
            <div className="row">
              <dt>Consent</dt>
              <dd>
                {rule.consentNeeded
                  ? "The adult gave their informed consent to being referred."
                  : "Not needed: referred as a child."}
              </dd>
            </div>
          </dl>
          <p className="warning">
            The referral is sent to the Single Competent Authority as a statutory record: it is kept even if the person
            later asks for their details to be erased.
          </p>
        </ConfirmStep>
      ) : (
        <>
          <label htmlFor="nrm-date">Referred on</label>
          <input
            id="nrm-date"
            type="date"
            required
            value={referredOn}
            onChange={(e) => setReferredOn(e.target.value)}
            {...problems.describe("nrm-date")}
          />
          <FieldMessage form={problems} id="nrm-date" />
          <label htmlFor="nrm-referrer">First responder making the referral</label>
          <select
            id="nrm-referrer"
            value={referrerEmail}
            onChange={(e) => setReferrerEmail(e.target.value)}
            {...problems.describe("nrm-referrer")}
          >
            <option value="">Choose a person of your agency</option>
            {people.map((p) => (
              <option key={p.id} value={p.email ?? ""}>
                {p.name}
                {p.jobTitle ? `, ${p.jobTitle}` : ""}
              </option>
            ))}
          </select>
          <FieldMessage form={problems} id="nrm-referrer" />
          {rule.consentNeeded && (
            <fieldset>
              <legend>Does the person consent to being referred?</legend>
              <label className="checkbox">
                <input
                  id="nrm-consent-yes"
                  type="radio"
                  name="nrm-consent"
                  checked={consent === "yes"}
                  onChange={() => setConsent("yes")}
                  {...problems.describe("nrm-consent-yes")}
                />
                Yes, they gave informed consent
              </label>
              <label className="checkbox">
                <input
                  id="nrm-consent-no"
                  type="radio"
                  name="nrm-consent"
                  checked={consent === "no"}
                  onChange={() => setConsent("no")}
                />
                No, they do not consent
              </label>
              <FieldMessage form={problems} id="nrm-consent-yes" />
            </fieldset>
          )}
          {consent === "no" ? (
            <>
              <p role="status">
                An adult who does not consent is not referred. Record the duty-to-notify (MS1) report instead.
              </p>
              <button type="button" onClick={onDeclined}>
                Record the MS1 report instead
              </button>
            </>
          ) : (
            <button type="submit">Continue</button>
          )}
          <CancelButton />
        </>
      )}
    </form>
  );
}
