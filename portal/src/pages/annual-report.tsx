import { gql } from "@apollo/client";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { BarChart } from "../components/bar-chart";
import { PeriodPicker } from "../components/period-picker";
import { RagBadge } from "../components/rag-badge";
import { OperationError } from "../lib/errors";
import { areaBars, areaName, type CountByArea } from "../lib/areas";
import { date, label } from "../lib/format";
import { usePartnership } from "../lib/queries";
import { Guarded, Restrictions } from "../lib/restrictions";
import { figureText } from "./dashboard";

const ANNUAL_REPORT = gql`
  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!) {
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
      trainingStatistics(from: $from, to: $to) {
        peopleTrainedByLevel {
          level
          count
        }
        qualifiedFirstResponders
      }
      procurementStatistics {
        suppliersByStatementStatus {
          key
          count
        }
        contractsWithoutClause
        highRiskWithoutAudit
      }
      actionPlanSummary {
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
`;

interface Figure {
  count: number | null;
  suppressed: boolean;
}
interface CountByKey extends Figure {
  key: string;
}
interface ReportData {
  partnership: {
    id: string;
    name: string;
    area: string;
    caseStatistics: Record<string, Figure | CountByKey[] | CountByArea[] | null>;
    trainingStatistics: {
      peopleTrainedByLevel: Array<{ level: string; count: number }> | null;
      qualifiedFirstResponders: number | null;
    };
    procurementStatistics: {
      suppliersByStatementStatus: Array<{ key: string; count: number }>;
      contractsWithoutClause: number;
      highRiskWithoutAudit: number;
    };
    actionPlanSummary: {
      plan: { title: string };
      rag: Array<{ rag: string; count: number }>;
      overdue: Array<{ id: string; title: string; deliveryDate: string }>;
    } | null;
    meetingAttendance: Array<{ agency: { id: string; shortName: string }; meetings: number; rate: number }>;
  } | null;
}

/** The partnership's year in one query, laid out to print (see the print rules in styles.css). */
export function AnnualReportPage() {
  const partnership = usePartnership();
  const [period, setPeriod] = useState({ from: "2019-04-01", to: "2020-03-31" });
  const { data, error, loading } = usePortalQuery<ReportData>(ANNUAL_REPORT, {
    variables: { id: partnership?.id, ...period },
    skip: !partnership,
  });
  const r = Restrictions.from(error);
  const p = data?.partnership;
  const cases = p?.caseStatistics;
  const at = (...rest: string[]) => ["partnership", "caseStatistics", ...rest];
  const figure = (key: string, text: string) => (
    <div className="figure">
      <span className="figure-value">
        <Guarded r={r} at={at(key)}>
          {figureText(cases?.[key] as Figure | null)}
        </Guarded>
      </span>
      <span className="figure-label">{text}</span>
    </div>
  );
  const chart = (key: string, title: string, keyLabel?: (key: string) => string) => (
    <Guarded r={r} at={at(key)}>
      <BarChart title={title} bars={(cases?.[key] as CountByKey[] | null) ?? []} keyLabel={keyLabel} />
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
                <BarChart
                  title="Concerns by area"
                  bars={areaBars(cases?.concernsByArea as CountByArea[] | null)}
                  keyLabel={areaName}
                />
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
              Qualified first responders:{" "}
              <Guarded r={r} at={["partnership", "trainingStatistics", "qualifiedFirstResponders"]}>
                {p.trainingStatistics.qualifiedFirstResponders}
              </Guarded>
            </p>
            <Guarded r={r} at={["partnership", "trainingStatistics", "peopleTrainedByLevel"]}>
              <BarChart
                title="People trained by level"
                bars={(p.trainingStatistics.peopleTrainedByLevel ?? []).map((l) => ({ key: l.level, count: l.count }))}
              />
            </Guarded>
          </section>
          <section aria-labelledby="r-procurement" className="report-section">
            <h2 id="r-procurement">Procurement</h2>
            <BarChart
              title="Supplier statements by status (as of today)"
              bars={p.procurementStatistics.suppliersByStatementStatus}
            />
            <p>
              Contracts without a modern slavery clause: {p.procurementStatistics.contractsWithoutClause}. High-risk
              suppliers without an audit: {p.procurementStatistics.highRiskWithoutAudit}.
            </p>
          </section>
          <section aria-labelledby="r-governance" className="report-section">
            <h2 id="r-governance">Governance</h2>
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
                    <h3>Overdue actions</h3>
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
            <BarChart
              title="Meeting attendance by agency (%)"
              keyLabel={(key) => key}
              bars={p.meetingAttendance.map((m) => ({ key: m.agency.shortName, count: Math.round(m.rate * 100) }))}
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
