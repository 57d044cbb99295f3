import { graphql } from "../gql";
import { useLazyQuery } from "@apollo/client/react";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { OpenedForm } from "../components/opened-form";
import { SupplierAssurance } from "../components/procurement/assurance";
import { SupplierContracts } from "../components/procurement/contracts";
import { StatementForm } from "../components/procurement/statement-form";
import { SupplierForm } from "../components/procurement/supplier-form";
import { hasRole, useSignedIn } from "../lib/session";
import { useRouteId } from "../lib/route-id";
import { StatusBadge } from "../components/rag-badge";
import { NotFound } from "../components/not-found";
import { OperationError } from "../lib/errors";
import { date, label, turnoverBand, yearEnd } from "../lib/format";
import { Guarded, Restrictions } from "../lib/restrictions";

const SUPPLIER = graphql(`
  query PortalSupplier($id: ID!) {
    supplier(id: $id) {
      id
      name
      companyNumber
      sector
      turnoverBand
      financialYearEnd
      website
      location
      highRiskSector
      workforceTraits
      commodities
      risk {
        rating
        points
        includesIntelligence
        factors {
          factor
          points
          reason
        }
        commercialScope
        commercialFactors {
          factor
          points
          reason
        }
        ratingWithCommercial
        pointsWithCommercial
      }
      statements {
        id
        periodStart
        periodEnd
        url
        publishedOn
        approvedOn
        signedByDirector
        linkedFromHomePage
        submittedToRegistry
        areas
        source
      }
    }
  }
`);

/** The check is asked for afresh each time the user runs it: it is judged against today's date. */
const STATEMENT_CHECK = graphql(`
  query PortalStatementCheck($id: ID!) {
    supplier(id: $id) {
      id
      statementCheck {
        required
        status
        score
        checkedOn
        checkedPeriodEnd
        nextDueDate
        findings {
          code
          level
          reason
          penalty
        }
      }
      riskIncludingIntelligence {
        rating
        points
        includesIntelligence
      }
      intelligenceSignals {
        concerns
        visits
        interventions
        lastConcernOn
      }
    }
  }
`);

/** A supplier, its statements and risk factors, and its modern slavery statement check on demand. */
export function SupplierPage() {
  const id = useRouteId();
  const session = useSignedIn();
  const canRecord = hasRole(session, "PROCUREMENT_OFFICER", "PARTNERSHIP_ADMIN");
  const added = (useLocation().state as { added?: string } | null)?.added;
  const [opened, setOpened] = useState<"details" | "statement" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { data, error, loading, refetch } = usePortalQuery(SUPPLIER, { variables: { id } });
  const [runCheck, check] = useLazyQuery(STATEMENT_CHECK, { fetchPolicy: "network-only" });
  const checkRestrictions = Restrictions.from(check.error);
  const restrictions = Restrictions.from(error);
  const supplier = data?.supplier;
  const result = check.data?.supplier;
  if (loading && !supplier) return <p aria-live="polite">Loading…</p>;
  if (!supplier)
    return error ? (
      <OperationError error={error} />
    ) : (
      <NotFound title="Supplier not found" back={{ to: "/procurement", label: "← Procurement" }}>
        There is no supplier with this id. The link may be mistyped or out of date.
      </NotFound>
    );
  return (
    <>
      <p>
        <Link to="/procurement">← Procurement</Link>
      </p>
      <h1>{supplier.name}</h1>
      {added && !saved && (
        <p role="status" className="saved">
          {added} added to the suppliers.
        </p>
      )}
      {saved && (
        <p role="status" className="saved">
          {saved}
        </p>
      )}
      <div className="page-head">
        <p>
          Company {supplier.companyNumber} · {label(supplier.sector)}
          {supplier.highRiskSector && " (high-risk sector)"} · turnover {turnoverBand(supplier.turnoverBand)} ·
          financial year ends {yearEnd(supplier.financialYearEnd)} · {label(supplier.location)}
          {supplier.website && ` · ${supplier.website}`}
        </p>
        {canRecord && opened !== "details" && (
          <button type="button" onClick={() => setOpened("details")}>
            Change the details
          </button>
        )}
      </div>
      {opened === "details" && (
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Change the supplier's details</h2>
          <OpenedForm onClose={() => setOpened(null)}>
            <SupplierForm
              supplierId={supplier.id}
              initial={{
                name: supplier.name,
                companyNumber: supplier.companyNumber,
                sector: supplier.sector,
                turnoverBand: supplier.turnoverBand,
                financialYearEnd: supplier.financialYearEnd,
                website: supplier.website ?? "",
                location: supplier.location,
                workforceTraits: supplier.workforceTraits,
                commodities: supplier.commodities,
              }}
              onSaved={() => {
                setSaved("The supplier's details are saved; its statement status and risk are rated again.");
                setOpened(null);
                void refetch();
              }}
            />
          </OpenedForm>
        </section>
      )}
      <OperationError error={error} />
      <section className="card" aria-labelledby="check-heading">
        <div className="page-head">
          <h2 id="check-heading">Statement check</h2>
          <button type="button" onClick={() => void runCheck({ variables: { id } })} disabled={check.loading}>
            {check.loading ? "Checking…" : result ? "Check again" : "Run the statement check"}
          </button>
        </div>
        <OperationError error={check.error} />
        {result && (
          <div aria-live="polite" data-testid="statement-check">
            <p>
              <StatusBadge status={result.statementCheck.status} />{" "}
              {result.statementCheck.required ? "A statement is required." : "No statement is required."} Statement
              quality score {result.statementCheck.score === null ? "—" : `${result.statementCheck.score} out of 100`} ·
              checked {date(result.statementCheck.checkedOn)}
              {result.statementCheck.checkedPeriodEnd &&
                ` · statement for the year to ${date(result.statementCheck.checkedPeriodEnd)}`}
              {result.statementCheck.nextDueDate && ` · next due ${date(result.statementCheck.nextDueDate)}`}
            </p>
            {result.statementCheck.findings.length === 0 ? (
              <p>No findings: the statement meets the law and the guidance.</p>
            ) : (
              <table className="list">
                <caption>Why</caption>
                <thead>
                  <tr>
                    <th scope="col">Finding</th>
                    <th scope="col">Level</th>
                    <th scope="col">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {result.statementCheck.findings.map((f) => (
                    <tr key={f.code}>
                      <td className="finding-reason">{f.reason}</td>
                      <td>{label(f.level)}</td>
                      <td>−{f.penalty}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="muted">
              The quality score marks the statement against the law and the guidance (100 meets all of it); it is not
              the supplier's risk, which is rated separately below from its sector, workforce, location, goods and
              statement.
            </p>
            <p>
              Risk with the casework's intelligence:{" "}
              <Guarded r={checkRestrictions} at={["supplier", "riskIncludingIntelligence"]}>
                {result.riskIncludingIntelligence &&
                  `${label(result.riskIncludingIntelligence.rating)} (${result.riskIncludingIntelligence.points} points)`}
              </Guarded>
              {" · signals: "}
              <Guarded r={checkRestrictions} at={["supplier", "intelligenceSignals"]}>
                {result.intelligenceSignals &&
                  `${result.intelligenceSignals.concerns} concerns, ${result.intelligenceSignals.visits} visits, ${result.intelligenceSignals.interventions} interventions`}
              </Guarded>
            </p>
          </div>
        )}
      </section>
      <div className="columns">
        <section className="card" aria-labelledby="risk-heading">
          <h2 id="risk-heading">
            Risk: {label(supplier.risk.rating)} ({supplier.risk.points} points)
          </h2>
          <p className="muted">
            The supplier's modern slavery risk: points for each public factor below (more points, more risk). It is the
            same for every agency; the statement check's quality score is a separate measure of the statement alone.
          </p>
          <ul>
            {supplier.risk.factors.map((f) => (
              <li key={f.factor}>
                {f.reason} (+{f.points})
              </li>
            ))}
          </ul>
          <h3>
            {supplier.risk.commercialScope === "OWN_AGENCY"
              ? "With your agency's contracts and audit findings"
              : "With the partnership's contracts and audit findings"}
          </h3>
          <Guarded r={restrictions} at={["supplier", "risk", "commercialFactors"]}>
            {supplier.risk.commercialFactors && (
              <>
                <p>
                  {label(supplier.risk.ratingWithCommercial ?? "")} ({supplier.risk.pointsWithCommercial} points)
                </p>
                <ul>
                  {supplier.risk.commercialFactors.map((f) => (
                    <li key={f.factor}>
                      {f.reason} (+{f.points})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Guarded>
        </section>
        <section className="card" aria-labelledby="statements-heading">
          <div className="page-head">
            <h2 id="statements-heading">Statements</h2>
            {canRecord && opened !== "statement" && (
              <button type="button" onClick={() => setOpened("statement")}>
                Record a statement
              </button>
            )}
          </div>
          {opened === "statement" && (
            <OpenedForm onClose={() => setOpened(null)}>
              <StatementForm
                supplierId={supplier.id}
                onSaved={(periodEnd) => {
                  setSaved(
                    `Statement for the year to ${date(periodEnd)} recorded; the statement check and risk are updated.`,
                  );
                  setOpened(null);
                  void refetch();
                }}
              />
            </OpenedForm>
          )}
          {supplier.statements.length === 0 ? (
            <p className="muted">No statement on record.</p>
          ) : (
            <ul>
              {supplier.statements.map((s) => (
                <li key={s.id}>
                  {date(s.periodStart)} – {date(s.periodEnd)}: published {date(s.publishedOn)}, approved{" "}
                  {date(s.approvedOn)}; {s.areas.length} of 6 areas;{" "}
                  {s.signedByDirector ? "signed by a director" : "not signed by a director"};{" "}
                  {s.source === "REGISTRY" ? "from the registry" : "entered by hand"}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <SupplierContracts supplierId={supplier.id} canRecord={canRecord} onChanged={() => void refetch()} />
      <SupplierAssurance supplierId={supplier.id} canRecord={canRecord} onChanged={() => void refetch()} />
    </>
  );
}
