import { graphql } from "../gql";
import type { PortalAnnualReportQuery } from "../gql/graphql";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { type Bar, BarChart } from "../components/bar-chart";
import { PeriodPicker } from "../components/period-picker";
import { RagBadge } from "../components/rag-badge";
import { OperationError } from "../lib/errors";
import { areaBars, areaName } from "../lib/areas";
import { date, label } from "../lib/format";
import { usePartnership, usePlatformToday } from "../lib/queries";
import { Guarded, Restrictions } from "../lib/restrictions";
import { type Figure, figureText } from "./dashboard";
import "./annual-report.css";

const ANNUAL_REPORT = graphql(`
  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {
    partnership(id: $id) {
      id
      name
      area
      caseStatistics(from: $from, to: $to) {
        concerns {
          count
          suppressed
        }
        peopleScreened {
          count
          suppressed
        }
        visits {
          count
          suppressed
        }
        interventions {
          count
          suppressed
        }
        nrmReferrals {
          count
          suppressed
        }
        dutyToNotifyReports {
          count
          suppressed
        }
        concernsByArea {
          area {
            id
            name
          }
          count
          suppressed
        }
        concernsByLocationType {
          key
          count
          suppressed
        }
        peopleScreenedByGender {
          key
          count
          suppressed
        }
        peopleScreenedByNationality {
          key
          count
          suppressed
        }
        interventionsByType {
          key
          count
          suppressed
        }
      }
      trainingStatistics(from: $from, to: $asOf) {
        peopleTrainedByLevel {
          level
          count
        }
        qualifiedFirstResponders
      }
      procurementStatistics(asOf: $asOf) {
        asOf
        suppliersByStatementStatus {
          key
          count
        }
        contractsWithoutClause
        highRiskWithoutAudit
      }
      actionPlanSummary(asOf: $asOf) {
        asOf
        plan {
          title
        }
        rag {
          rag
          count
        }
        overdue {
          id
          title
          deliveryDate
        }
      }
      meetingAttendance(from: $from, to: $to) {
        agency {
          id
          shortName
        }
        meetings
        rate
      }
    }
  }
`);

type CaseStatistics = NonNullable<NonNullable<PortalAnnualReportQuery["partnership"]>["caseStatistics"]>;
/** The case statistics of one shape: the headline figures, or the breakdowns by a key. */
type StatisticOf<T> = { [K in keyof CaseStatistics]-?: CaseStatistics[K] extends T ? K : never }[keyof CaseStatistics];

/** "31 March 2020": the day a report's figures of a state are as at, spelt out as a printed report does. */
function longDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** Says beside a section that its figures are the state at the end of a day, not over the period. */
function AsAt({ day }: { day: string }) {
  return <p className="as-at">As at {longDate(day)}</p>;
}

/**
 * The partnership's year in one query, laid out to print (annual-report.css). Figures over the
 * period (casework, people trained, attendance) are counted from its first day to its last; figures
 * of a state (qualified first responders, supplier statements, the action plan) are as at its last
 * day, so a past year's report reads as it would have on that day, not as things stand today.
 */
export function AnnualReportPage() {
  const partnership = usePartnership();
  const today = usePlatformToday();
  const [period, setPeriod] = useState({ from: "2019-04-01", to: "2020-03-31" });
  // A period not yet over is reported as things stand today, by the platform's clock.
  const asOf = today && period.to > today ? today : period.to;
  const { data, error, loading } = usePortalQuery(ANNUAL_REPORT, {
    // Skipped until the partnership is known, so the empty id is never sent.
    variables: { id: partnership?.id ?? "", ...period, asOf },
    skip: !partnership || !today,
  });
  const r = Restrictions.from(error);
  const p = data?.partnership;
  const cases = p?.caseStatistics;
  const procurement = p?.procurementStatistics;
  const at = (...rest: string[]) => ["partnership", "caseStatistics", ...rest];
  const figure = (key: StatisticOf<Figure>, text: string) => (
    <div className="figure">
      <span className="figure-value">
        <Guarded r={r} at={at(key)}>
          {figureText(cases?.[key])}
        </Guarded>
      </span>
      <span className="figure-label">{text}</span>
    </div>
  );
  const chart = (key: StatisticOf<Bar[] | null>, title: string, keyLabel?: (key: string) => string) => (
    <Guarded r={r} at={at(key)}>
      <BarChart title={title} bars={cases?.[key] ?? []} keyLabel={keyLabel} />
    </Guarded>
  );
  return (
    <article className="report">
      <div className="no-print">
        <PeriodPicker value={period} onChange={setPeriod} />
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {p && (
        <>
          <h1>
            {p.name}: annual report {date(period.from)} – {date(period.to)}
          </h1>
          <section aria-labelledby="r-cases" className="report-section">
            <h2 id="r-cases">Casework (SHOP)</h2>
            <div className="figures">
              {figure("concerns", "concerns")}
              {figure("peopleScreened", "people screened")}
              {figure("visits", "disruption visits")}
              {figure("interventions", "interventions")}
              {figure("nrmReferrals", "NRM referrals")}
              {figure("dutyToNotifyReports", "duty-to-notify reports")}
            </div>
            <div className="charts">
              <Guarded r={r} at={at("concernsByArea")}>
                <BarChart title="Concerns by area" bars={areaBars(cases?.concernsByArea)} keyLabel={areaName} />
              </Guarded>
              {chart("concernsByLocationType", "Concerns by location type")}
              {chart("peopleScreenedByGender", "People screened by gender")}
              {chart("peopleScreenedByNationality", "People screened by nationality")}
              {chart("interventionsByType", "Interventions by type")}
            </div>
          </section>
          <section aria-labelledby="r-training" className="report-section">
            <h2 id="r-training">Training</h2>
            <p>
              Qualified first responders as at {longDate(asOf)}:{" "}
              <Guarded r={r} at={["partnership", "trainingStatistics", "qualifiedFirstResponders"]}>
                {p.trainingStatistics?.qualifiedFirstResponders}
              </Guarded>
            </p>
            <Guarded r={r} at={["partnership", "trainingStatistics", "peopleTrainedByLevel"]}>
              <BarChart
                title="People trained by level"
                bars={(p.trainingStatistics?.peopleTrainedByLevel ?? []).map((l) => ({
                  key: l.level ?? "",
                  count: l.count,
                }))}
              />
            </Guarded>
          </section>
          <section aria-labelledby="r-procurement" className="report-section">
            <h2 id="r-procurement">Procurement</h2>
            {/* Null where it was refused or failed: the refusal is said in place of the figures. */}
            <Guarded r={r} at={["partnership", "procurementStatistics"]}>
              {procurement && (
                <>
                  <AsAt day={procurement.asOf} />
                  {procurement.suppliersByStatementStatus.length === 0 ? (
                    <p>No supplier held a contract with the partnership on {longDate(procurement.asOf)}.</p>
                  ) : (
                    <BarChart
                      title="Suppliers' modern slavery statements by status"
                      bars={procurement.suppliersByStatementStatus}
                    />
                  )}
                  <p>
                    Contracts without a modern slavery clause: {procurement.contractsWithoutClause}. High-risk suppliers
                    without an audit: {procurement.highRiskWithoutAudit}.
                  </p>
                </>
              )}
            </Guarded>
          </section>
          <section aria-labelledby="r-governance" className="report-section">
            <h2 id="r-governance">Governance</h2>
            <h3>Action plan</h3>
            <AsAt day={asOf} />
            {!p.actionPlanSummary && <p>No action plan was in force on {longDate(asOf)}.</p>}
            {p.actionPlanSummary && (
              <>
                <p>
                  {p.actionPlanSummary.plan.title}:{" "}
                  {p.actionPlanSummary.rag.map((x) => (
                    <span key={x.rag} className="rag-count">
                      <RagBadge rag={x.rag} /> {x.count}
                    </span>
                  ))}
                </p>
                {p.actionPlanSummary.overdue.length > 0 && (
                  <>
                    <h4>Overdue actions</h4>
                    <ul>
                      {p.actionPlanSummary.overdue.map((a) => (
                        <li key={a.id}>
                          {a.title} (due {date(a.deliveryDate)})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
            <h3>Meetings</h3>
            <BarChart
              title="Meeting attendance by agency (%)"
              keyLabel={(key) => key}
              bars={(p.meetingAttendance ?? []).map((m) => ({
                key: m.agency.shortName,
                count: Math.round(m.rate * 100),
              }))}
            />
          </section>
          <p className="muted">
            {label(p.area)} · figures from 1 to 4 are suppressed where the reader's agreements require it.
          </p>
        </>
      )}
    </article>
  );
}
