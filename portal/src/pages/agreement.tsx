import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import { graphql } from "../gql";
import type { PortalAgreementQuery } from "../gql/graphql";
import { StatusBadge } from "../components/rag-badge";
import { NotFound } from "../components/not-found";
import { TableScroll } from "../components/table-scroll";
import { ConfirmDialog } from "../components/governance/confirm-dialog";
import { AgreementStateForm } from "../components/governance/agreement-state-form";
import { categoryWords } from "../components/governance/data-categories";
import { OperationError } from "../lib/errors";
import { date, dateTime, label } from "../lib/format";
import { useRouteId } from "../lib/route-id";
import { hasRole, useSignedIn } from "../lib/session";
import { usePortalQuery } from "../lib/use-portal-query";

const AGREEMENT = graphql(`
  query PortalAgreement($id: ID!) {
    sharingAgreement(id: $id) {
      id
      reference
      title
      purpose
      lawfulBasis
      startDate
      endDate
      reviewDate
      status
      inForce
      suspendedReason
      parties {
        id
        signedAt
        signedBy
        agency {
          id
          name
          shortName
        }
      }
      grants {
        id
        recipientSector
        recipientAgency {
          name
        }
        categories
      }
      retention {
        category
        summary
      }
      history {
        id
        action
        actingAs
        reason
        at
        agency {
          shortName
        }
      }
    }
  }
`);

const SIGN = graphql(`
  mutation PortalSignAgreement($input: SignSharingAgreementInput!) {
    signSharingAgreement(input: $input) {
      id
      status
    }
  }
`);

type Agreement = NonNullable<PortalAgreementQuery["sharingAgreement"]>;

const recipient = (grant: Agreement["grants"][number]) =>
  grant.recipientAgency?.name ?? `every ${label(grant.recipientSector)} party`;

/** What the agreement says: the text a party signs, its parties and what it shares with whom. */
function AgreementTerms({ agreement }: { agreement: Agreement }) {
  return (
    <>
      <dl className="fields">
        <div className="row">
          <dt>Purpose</dt>
          <dd className="agreement-text">{agreement.purpose}</dd>
        </div>
        <div className="row">
          <dt>Lawful basis</dt>
          <dd className="agreement-text">{agreement.lawfulBasis}</dd>
        </div>
        <div className="row">
          <dt>In force</dt>
          <dd>
            {date(agreement.startDate)} to {date(agreement.endDate)}
            {agreement.reviewDate && `, reviewed by ${date(agreement.reviewDate)}`}
          </dd>
        </div>
        <div className="row">
          <dt>Parties</dt>
          <dd>{agreement.parties.map((p) => p.agency.name).join("; ")}</dd>
        </div>
      </dl>
      <h3>What is shared</h3>
      <ul>
        {agreement.grants.map((g) => (
          <li key={g.id}>
            With {recipient(g)}: {g.categories.map(categoryWords).join("; ")}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One sharing agreement: its terms, signatures and history; signed with a confirmation, suspended and re-activated with a reason. */
export function AgreementPage() {
  const id = useRouteId();
  const session = useSignedIn();
  const { data, error, loading, refetch } = usePortalQuery(AGREEMENT, { variables: { id } });
  const [sign, signing] = useMutation(SIGN);
  const [confirming, setConfirming] = useState(false);
  const mayAct = hasRole(session, "COORDINATOR", "PARTNERSHIP_ADMIN");
  const agreement = data?.sharingAgreement;
  if (!loading && data && !agreement)
    return (
      <NotFound title="Agreement not found" back={{ to: "/governance", label: "Go to governance" }}>
        The partnership has no sharing agreement at this address.
      </NotFound>
    );
  const own = agreement?.parties.find((p) => p.agency.id === session.agencyId);
  const maySign = mayAct && agreement?.status === "DRAFT" && own && !own.signedAt;

  async function signIt() {
    const result = await sign({
      variables: { input: { agreementId: id, agencyId: session.agencyId, signedBy: session.name } },
    });
    setConfirming(false);
    if (!result.error) await refetch();
  }

  return (
    <>
      <p>
        <Link to="/governance">Back to governance</Link>
      </p>
      <h1>{agreement ? `${agreement.reference}: ${agreement.title}` : "Sharing agreement"}</h1>
      <OperationError error={error} />
      {agreement && (
        <>
          <p>
            <StatusBadge status={agreement.status} />
            {agreement.inForce && <span className="tag">in force</span>}
          </p>
          {agreement.suspendedReason && (
            <p className="warning">
              <strong>Suspended:</strong> {agreement.suspendedReason}
            </p>
          )}
          <section className="card" aria-labelledby="terms-heading">
            <h2 id="terms-heading">Terms</h2>
            <AgreementTerms agreement={agreement} />
          </section>
          <section className="card" aria-labelledby="signatures-heading">
            <h2 id="signatures-heading">Signatures</h2>
            <OperationError error={signing.error} />
            <ul className="plain signatures">
              {agreement.parties.map((p) => (
                <li key={p.id}>
                  {p.agency.name}:{" "}
                  {p.signedAt ? `signed ${date(p.signedAt)} by ${p.signedBy ?? "—"}` : <strong>not signed yet</strong>}
                </li>
              ))}
            </ul>
            {maySign && own && (
              <button type="button" onClick={() => setConfirming(true)}>
                Sign for {own.agency.shortName}
              </button>
            )}
          </section>
          {confirming && own && (
            <ConfirmDialog
              title={`Sign ${agreement.reference} for ${own.agency.name}?`}
              confirm="Sign the agreement"
              busy={signing.loading}
              onConfirm={() => void signIt()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                You, <strong>{session.name}</strong>, are signing “{agreement.title}” on behalf of{" "}
                <strong>{own.agency.name}</strong>. Once every party has signed, the information below is shared on
                these terms.
              </p>
              <AgreementTerms agreement={agreement} />
            </ConfirmDialog>
          )}
          {mayAct && agreement.status === "ACTIVE" && (
            <AgreementStateForm agreementId={agreement.id} change="suspend" onSaved={() => void refetch()} />
          )}
          {mayAct && agreement.status === "SUSPENDED" && (
            <AgreementStateForm agreementId={agreement.id} change="reactivate" onSaved={() => void refetch()} />
          )}
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <TableScroll name="The agreement's history">
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">What</th>
                    <th scope="col">By</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {agreement.history.map((event) => (
                    <tr key={event.id}>
                      <td>{dateTime(event.at)}</td>
                      <td>{label(event.action)}</td>
                      <td>
                        {event.agency.shortName}
                        {event.actingAs === "PARTNERSHIP_ADMINISTRATOR" && " (for the partnership)"}
                      </td>
                      <td>{event.reason ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        </>
      )}
    </>
  );
}
