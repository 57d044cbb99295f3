import { CombinedGraphQLErrors } from "@apollo/client";
import { type ReactNode, useEffect } from "react";
import { TableScroll } from "../components/table-scroll";
import { OperationError } from "../lib/errors";
import { date, label } from "../lib/format";
import {
  type AgreementDeadline,
  type CategoryProcessing,
  RECORD_OF_PROCESSING,
  RECORD_OF_PROCESSING_ROLES,
} from "../lib/queries";
import { hasRole, useSignedIn } from "../lib/session";
import { usePortalQuery } from "../lib/use-portal-query";

/** One sentence instead of an error: the record is for the partnership's data protection roles. */
function NotYours() {
  return (
    <>
      <h1>Record of processing</h1>
      <p data-testid="record-of-processing-refused">
        The record of processing is for the partnership's coordinators, partnership administrators, auditors and data
        protection officers; ask your agency's coordinator or data protection officer for a copy.
      </p>
    </>
  );
}

/** A list, or "None" when it is empty (an empty cell would read as missing on paper). */
function Items({ items, inline = true }: { items: ReadonlyArray<ReactNode>; inline?: boolean }) {
  if (items.length === 0) return <span className="muted">None</span>;
  return (
    <ul className={inline ? "rop-items inline" : "rop-items"}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function daysLeftText(days: number): string {
  if (days < 0) return `overdue by ${-days} day${days === -1 ? "" : "s"}`;
  if (days === 0) return "today";
  return `${days} day${days === 1 ? "" : "s"}`;
}

/** A category of the record: its facts as a definition list, its agreements and their retention as a table. */
function CategoryBlock({ entry }: { entry: CategoryProcessing }) {
  const id = `rop-${entry.category}`;
  const name = label(entry.category);
  return (
    <section className="rop-category" aria-labelledby={id} data-category={entry.category}>
      <h2 id={id}>
        {name} <span className="muted rop-code">({entry.category})</span>
      </h2>
      <p>{entry.description}</p>
      <dl className="fields rop-fields">
        <div className="row">
          <dt>Shared</dt>
          <dd>
            {entry.shared
              ? `Yes, under ${entry.agreements.length} agreement${entry.agreements.length === 1 ? "" : "s"} in force`
              : "No: no agreement in force shares it"}
          </dd>
        </div>
        <div className="row">
          <dt>Held by (controller sectors)</dt>
          <dd>
            <Items items={entry.controllerSectors.map(label)} />
          </dd>
        </div>
        <div className="row">
          <dt>Classified fields</dt>
          <dd>
            {entry.classifiedFields === null ? (
              <span className="muted">Not known to this deployment (it does not carry the composed schema)</span>
            ) : (
              <Items
                items={entry.classifiedFields.map((field) => (
                  <code key={field}>{field}</code>
                ))}
              />
            )}
          </dd>
        </div>
        <div className="row">
          <dt>Purposes</dt>
          <dd>
            <Items items={entry.purposes} inline={false} />
          </dd>
        </div>
        <div className="row">
          <dt>Lawful bases</dt>
          <dd>
            <Items items={entry.lawfulBases} inline={false} />
          </dd>
        </div>
        <div className="row">
          <dt>Parties</dt>
          <dd>
            <Items items={entry.parties.map((party) => party.shortName)} />
          </dd>
        </div>
        <div className="row">
          <dt>Recipient agencies</dt>
          <dd>
            <Items items={entry.recipientAgencies.map((agency) => agency.shortName)} />
          </dd>
        </div>
        <div className="row">
          <dt>Recipient sectors</dt>
          <dd>
            <Items items={entry.recipientSectors.map(label)} />
          </dd>
        </div>
      </dl>
      {entry.shared && (
        <TableScroll name={`Agreements in force sharing ${name.toLowerCase()}`}>
          <table className="list rop-agreements">
            <caption>Agreements in force sharing {name.toLowerCase()}, and how long each keeps it</caption>
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Title</th>
                <th scope="col">Kept for (retention)</th>
                <th scope="col">Agreement ends</th>
              </tr>
            </thead>
            <tbody>
              {entry.agreements.map((agreement) => (
                <tr key={agreement.id}>
                  <th scope="row">{agreement.reference}</th>
                  <td>{agreement.title}</td>
                  <td className="rop-retention">
                    {entry.retention.find((term) => term.agreement.id === agreement.id)?.summary ?? "—"}
                  </td>
                  <td>{date(agreement.endDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** One line a category: what a reader checks first, before the category's own page. */
function AtAGlance({ categories }: { categories: CategoryProcessing[] }) {
  return (
    <TableScroll name="The record at a glance">
      <table className="list rop-glance">
        <caption>The record at a glance</caption>
        <thead>
          <tr>
            <th scope="col">Data category</th>
            <th scope="col">Shared</th>
            <th scope="col">Kept for</th>
            <th scope="col">Agreements</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((entry) => (
            <tr key={entry.category}>
              <th scope="row">{label(entry.category)}</th>
              <td>{entry.shared ? "Yes" : "No"}</td>
              <td>{[...new Set(entry.retention.map((term) => term.summary))].join("; ") || "—"}</td>
              <td>
                {entry.agreements.length === 0 ? "—" : <Items items={entry.agreements.map((a) => a.reference)} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Deadlines({
  id,
  title,
  dateHeading,
  deadlines,
  none,
}: {
  id: string;
  title: string;
  dateHeading: string;
  deadlines: AgreementDeadline[];
  none: string;
}) {
  return (
    <section className="rop-deadlines" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {deadlines.length === 0 ? (
        <p>{none}</p>
      ) : (
        <TableScroll name={`${dateHeading}, agreement by agreement`}>
          <table className="list">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Title</th>
                <th scope="col">{dateHeading}</th>
                <th scope="col">Days left</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((deadline) => (
                <tr key={deadline.agreement.id}>
                  <th scope="row">{deadline.agreement.reference}</th>
                  <td>{deadline.agreement.title}</td>
                  <td>{date(deadline.date)}</td>
                  <td>{daysLeftText(deadline.daysLeft)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** The printed copy is titled after the record, not the portal (browsers print the title in the page header). */
function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      // Left for another page, which has titled the tab already: its title stays.
      if (document.title === title) document.title = before;
    };
  }, [title]);
}

function Record() {
  const { data, error, loading } = usePortalQuery(RECORD_OF_PROCESSING, { fetchPolicy: "network-only" });
  const record = data?.recordOfProcessing;
  useDocumentTitle(record ? `Record of processing, ${record.partnership.name}, ${record.asOf}` : undefined);
  // Roles may change between sign-in and the gateway's answer (a revoked role): the same sentence.
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "FORBIDDEN")) {
    return <NotYours />;
  }
  return (
    <article className="report record-of-processing">
      <div className="page-head">
        <h1>Record of processing{record && `: ${record.partnership.name}`}</h1>
        <button type="button" className="no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {record && (
        <>
          <p>
            As of <strong>{date(record.asOf)}</strong>. Built when asked from the agreements in force that day and the
            fields the platform classifies under each data category (UK GDPR Article 30): current by construction, not a
            stored copy. {record.categories.length} data categories, in the platform's order.
          </p>
          <AtAGlance categories={record.categories} />
          {record.categories.map((entry) => (
            <CategoryBlock key={entry.category} entry={entry} />
          ))}
          <Deadlines
            id="rop-review"
            title="Agreements due for review"
            dateHeading="Review date"
            deadlines={record.dueForReview}
            none={`No agreement's review is overdue or due within ${record.attentionDays} days.`}
          />
          <Deadlines
            id="rop-expiring"
            title={`Expiring within ${record.attentionDays} days`}
            dateHeading="Ends"
            deadlines={record.expiringSoon}
            none={`No agreement ends within ${record.attentionDays} days.`}
          />
        </>
      )}
    </article>
  );
}

/** The partnership's record of processing for a DPO or the ICO, laid out to print (see styles.css). */
export function RecordOfProcessingPage() {
  const session = useSignedIn();
  if (!hasRole(session, ...RECORD_OF_PROCESSING_ROLES)) return <NotYours />;
  return <Record />;
}
