import { graphql } from "../gql";
import type { PortalDashboardQuery } from "../gql/graphql";
import { usePortalQuery } from "../lib/use-portal-query";
import { useState } from "react";
import { type Bar, BarChart } from "../components/bar-chart";
import { PeriodPicker } from "../components/period-picker";
import { OperationError } from "../lib/errors";
import { useGrantingAgreements } from "../lib/granting-agreements";
import { areaBars, areaName } from "../lib/areas";
import { type Path, RestrictedNotice, Restrictions, restrictionText } from "../lib/restrictions";
import { number } from "../lib/format";
import type { ReactNode } from "react";

const STATISTICS = "STATISTICS";

const DASHBOARD = graphql(`
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
`);

/** A headline figure: a count, or suppressed where so few could identify people. */
export type Figure = PortalDashboardQuery["caseStatistics"]["concerns"];

export function figureText(figure: Figure | null | undefined): string {
  if (!figure) return "—";
  return figure.suppressed ? "1–4" : number(figure.count);
}

/** The partnership's headline figures and charts for a period (the demo year by default). */
export function DashboardPage() {
  const [period, setPeriod] = useState({ from: "2019-04-01", to: "2020-03-31" });
  const { data, error, loading } = usePortalQuery(DASHBOARD, { variables: period });
  const granting = useGrantingAgreements();
  const r = Restrictions.from(error);
  const cases = data?.caseStatistics;
  // Without STATISTICS every figure is withheld for the one reason: said once, not in every box.
  const noStatistics = r.categories.includes(STATISTICS);
  const guard = (at: Path, children: ReactNode) => {
    const refusal = r.refusalAt(at);
    if (!refusal) return children;
    if (refusal.category === STATISTICS) return null;
    return <RestrictedNotice category={refusal.category} reason={refusal.reason} />;
  };
  const refused = (at: Path) => r.refusalAt(at)?.category === STATISTICS;
  const HEADLINES = ["concerns", "peopleScreened", "visits", "interventions", "nrmReferrals"] as const;
  const anyHeadline =
    HEADLINES.some((name) => !refused(["caseStatistics", name])) ||
    !refused(["trainingStatistics", "qualifiedFirstResponders"]);
  const headline = (name: (typeof HEADLINES)[number], title: string) =>
    refused(["caseStatistics", name]) ? null : (
      <div className="figure">
        <span className="figure-value">{guard(["caseStatistics", name], figureText(cases?.[name]))}</span>
        <span className="figure-label">{title}</span>
      </div>
    );
  const chart = (path: string[], title: string, bars: Bar[] | null | undefined, keyLabel?: (key: string) => string) =>
    guard(path, <BarChart title={title} bars={bars ?? []} keyLabel={keyLabel} />);
  return (
    <>
      <h1>Dashboard</h1>
      <PeriodPicker value={period} onChange={setPeriod} />
      {loading && <p aria-live="polite">Loading…</p>}
      <OperationError error={error} />
      {noStatistics && (
        <p className="restricted restricted-page" data-category={STATISTICS}>
          {restrictionText(STATISTICS, undefined, granting(STATISTICS))} Figures are shown only where your agency may
          see them.
        </p>
      )}
      {data && (
        <>
          {anyHeadline && (
            <section className="figures" aria-label="Headline figures">
              {headline("concerns", "concerns")}
              {headline("peopleScreened", "people screened")}
              {headline("visits", "disruption visits")}
              {headline("interventions", "interventions")}
              {headline("nrmReferrals", "NRM referrals")}
              {!refused(["trainingStatistics", "qualifiedFirstResponders"]) && (
                <div className="figure">
                  <span className="figure-value">
                    {guard(
                      ["trainingStatistics", "qualifiedFirstResponders"],
                      number(data.trainingStatistics?.qualifiedFirstResponders),
                    )}
                  </span>
                  <span className="figure-label">qualified first responders</span>
                </div>
              )}
            </section>
          )}
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
            {guard(
              ["trainingStatistics", "peopleTrainedByLevel"],
              <BarChart
                title="People trained by level"
                bars={(data.trainingStatistics?.peopleTrainedByLevel ?? []).map((l) => ({
                  key: l.level ?? "", // a level not known is shown as "—", as a missing key always was
                  count: l.count,
                }))}
              />,
            )}
            {guard(
              ["procurementStatistics"],
              <BarChart
                title="Supplier statements by status (today)"
                bars={data.procurementStatistics?.suppliersByStatementStatus ?? []}
              />,
            )}
          </section>
        </>
      )}
    </>
  );
}
