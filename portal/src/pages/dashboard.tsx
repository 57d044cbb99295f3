import { gql } from "@apollo/client";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { BarChart } from "../components/bar-chart";
import { PeriodPicker } from "../components/period-picker";
import { OperationError } from "../lib/errors";
import { areaBars, areaName, type CountByArea } from "../lib/areas";
import { Guarded, Restrictions } from "../lib/restrictions";

const DASHBOARD = gql`
  query PortalDashboard($from: LocalDate!, $to: LocalDate!) {
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
      concernsByQuarter {
        key
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
      concernsByExploitationType {
        key
        count
        suppressed
      }
      peopleScreenedByNationality {
        key
        count
        suppressed
      }
      peopleScreenedByGender {
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
interface DashboardData {
  caseStatistics: {
    concerns: Figure | null;
    peopleScreened: Figure | null;
    visits: Figure | null;
    interventions: Figure | null;
    nrmReferrals: Figure | null;
    concernsByQuarter: CountByKey[] | null;
    concernsByArea: CountByArea[] | null;
    concernsByLocationType: CountByKey[] | null;
    concernsByExploitationType: CountByKey[] | null;
    peopleScreenedByNationality: CountByKey[] | null;
    peopleScreenedByGender: CountByKey[] | null;
  } | null;
  trainingStatistics: {
    peopleTrainedByLevel: Array<{ level: string; count: number }> | null;
    qualifiedFirstResponders: number | null;
  } | null;
  procurementStatistics: { suppliersByStatementStatus: Array<{ key: string; count: number }> } | null;
}

export function figureText(figure: Figure | null | undefined): string {
  if (!figure) return "—";
  return figure.suppressed ? "1–4" : String(figure.count ?? "—");
}

/** The partnership's headline figures and charts for a period (the demo year by default). */
export function DashboardPage() {
  const [period, setPeriod] = useState({ from: "2019-04-01", to: "2020-03-31" });
  const { data, error, loading } = usePortalQuery<DashboardData>(DASHBOARD, { variables: period });
  const r = Restrictions.from(error);
  const cases = data?.caseStatistics;
  const headline = (name: keyof NonNullable<DashboardData["caseStatistics"]>, title: string) => (
    <div className="figure">
      <span className="figure-value">
        <Guarded r={r} at={["caseStatistics", name]}>
          {figureText(cases?.[name] as Figure | null)}
        </Guarded>
      </span>
      <span className="figure-label">{title}</span>
    </div>
  );
  const chart = (
    path: string[],
    title: string,
    bars: CountByKey[] | null | undefined,
    keyLabel?: (key: string) => string,
  ) => (
    <Guarded r={r} at={path}>
      <BarChart title={title} bars={bars ?? []} keyLabel={keyLabel} />
    </Guarded>
  );
  return (
    <>
      <h1>Dashboard</h1>
      <PeriodPicker value={period} onChange={setPeriod} />
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {data && (
        <>
          <section className="figures" aria-label="Headline figures">
            {headline("concerns", "concerns")}
            {headline("peopleScreened", "people screened")}
            {headline("visits", "disruption visits")}
            {headline("interventions", "interventions")}
            {headline("nrmReferrals", "NRM referrals")}
            <div className="figure">
              <span className="figure-value">
                <Guarded r={r} at={["trainingStatistics", "qualifiedFirstResponders"]}>
                  {data.trainingStatistics?.qualifiedFirstResponders ?? "—"}
                </Guarded>
              </span>
              <span className="figure-label">qualified first responders</span>
            </div>
          </section>
          <section className="charts" aria-label="Charts">
            {chart(["caseStatistics", "concernsByQuarter"], "Concerns by quarter", cases?.concernsByQuarter)}
            {chart(["caseStatistics", "concernsByArea"], "Concerns by area", areaBars(cases?.concernsByArea), areaName)}
            {chart(
              ["caseStatistics", "concernsByLocationType"],
              "Concerns by location type",
              cases?.concernsByLocationType,
            )}
            {chart(
              ["caseStatistics", "concernsByExploitationType"],
              "Concerns by exploitation type",
              cases?.concernsByExploitationType,
            )}
            {chart(
              ["caseStatistics", "peopleScreenedByNationality"],
              "People screened by nationality",
              cases?.peopleScreenedByNationality,
            )}
            {chart(
              ["caseStatistics", "peopleScreenedByGender"],
              "People screened by gender",
              cases?.peopleScreenedByGender,
            )}
            <Guarded r={r} at={["trainingStatistics", "peopleTrainedByLevel"]}>
              <BarChart
                title="People trained by level"
                bars={(data.trainingStatistics?.peopleTrainedByLevel ?? []).map((l) => ({
                  key: l.level,
                  count: l.count,
                }))}
              />
            </Guarded>
            <Guarded r={r} at={["procurementStatistics"]}>
              <BarChart
                title="Supplier statements by status (today)"
                bars={data.procurementStatistics?.suppliersByStatementStatus ?? []}
              />
            </Guarded>
          </section>
        </>
      )}
    </>
  );
}
