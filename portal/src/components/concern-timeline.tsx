import { useMemo } from "react";
import { date, dateTime, label } from "../lib/format";
import { fieldLabel, type HistoryNames, historyValue } from "../lib/history";
import { useAgencies } from "../lib/queries";
import { type Path, RestrictedNotice, type Restrictions } from "../lib/restrictions";
import type { ConcernDetail } from "../pages/case-detail";

type Entry =
  | { kind: "change"; at: string; change: NonNullable<ConcernDetail["history"]>[number] }
  | { kind: "visit"; at: string; index: number; visit: NonNullable<ConcernDetail["visits"]>[number] };

/** The concern's premises in words: business, address and postcode, and the area. */
function premises(location: ConcernDetail["location"]): string | undefined {
  if (!location) return undefined;
  const where = [location.businessName, location.address, location.postcode].filter(Boolean).join(", ");
  const area = location.area?.name;
  const text = [where, area && `(${area})`].filter(Boolean).join(" ");
  return text || label(location.type);
}

/**
 * Everything that happened to a concern, oldest first: each recorded change with who made it and
 * each field's new value in words, and each disruption visit on the day it was made (visits are
 * recorded apart from the concern, so they are merged here).
 */
export function ConcernTimeline({
  concern,
  r,
  at,
}: {
  concern: ConcernDetail;
  r: Restrictions;
  at(...rest: Array<string | number>): Path;
}) {
  const agencies = useAgencies();
  const names = useMemo<HistoryNames>(() => {
    const byId = new Map(agencies.map((agency) => [agency.id, agency.name]));
    const lead = concern.leadAgency;
    // Only the lead agency is read with its full name; the others are known by their short name.
    if (lead && !byId.has(lead.id)) byId.set(lead.id, lead.name);
    for (const agency of [concern.referringAgency, ...(concern.participatingAgencies ?? [])])
      if (agency && !byId.has(agency.id)) byId.set(agency.id, agency.shortName);
    const location = concern.location;
    return {
      agencyName: (id) => byId.get(id),
      location: (id) => (location?.id === id ? premises(location) : undefined),
    };
  }, [agencies, concern]);

  const historyRefused = r.categoryAt(at("history"));
  const visitsRefused = r.categoryAt(at("visits"));
  const entries: Entry[] = [
    ...(historyRefused
      ? []
      : (concern.history ?? []).map((change) => ({ kind: "change" as const, at: change.changedAt, change }))),
    ...(visitsRefused
      ? []
      : (concern.visits ?? []).map((visit, index) => ({
          kind: "visit" as const,
          // A visit is known by its day only: it comes before the day's recorded changes.
          at: visit.visitedOn ? `${visit.visitedOn}T00:00:00Z` : "",
          index,
          visit,
        }))),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());

  return (
    <>
      {historyRefused && (
        <p>
          Changes: <RestrictedNotice category={historyRefused} />
        </p>
      )}
      {visitsRefused && (
        <p>
          Visits: <RestrictedNotice category={visitsRefused} />
        </p>
      )}
      {entries.length === 0 && !historyRefused && <p className="muted">Nothing recorded yet.</p>}
      <ol className="history" data-testid="timeline">
        {entries.map((entry) =>
          entry.kind === "change" ? (
            <li key={`v${entry.change.version}`}>
              <strong>{entry.change.version === 1 ? "Recorded" : `Changed (version ${entry.change.version})`}</strong>{" "}
              on {dateTime(entry.change.changedAt)} by{" "}
              {names.agencyName(entry.change.changedByAgency.id) ?? entry.change.changedByAgency.shortName} (
              {entry.change.changedBy}){entry.change.reason && `: “${entry.change.reason}”`}
              <ul>
                {entry.change.changes.map((change) => (
                  <li key={change.field}>
                    {fieldLabel(change.field)}:{" "}
                    {change.restricted ? (
                      <RestrictedNotice category={change.category} />
                    ) : (
                      historyValue(change.field, change.newValue, names)
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={entry.visit.id}>
              <strong>Visit</strong> on {date(entry.visit.visitedOn)}
              {entry.visit.agenciesPresent && entry.visit.agenciesPresent.length > 0 && (
                <> by {entry.visit.agenciesPresent.map((a) => names.agencyName(a.id) ?? a.shortName).join(", ")}</>
              )}
              {entry.visit.interventions && entry.visit.interventions.length > 0 && (
                <ul>
                  {entry.visit.interventions.map((intervention) => (
                    <li key={intervention.id}>
                      {label(intervention.type)} by {intervention.agency?.shortName ?? "—"}
                      {intervention.outcome && `: ${intervention.outcome}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ),
        )}
      </ol>
    </>
  );
}
