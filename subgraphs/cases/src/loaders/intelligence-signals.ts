import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

export interface SignalCounts {
  concerns: number;
  visits: number;
  interventions: number;
  lastConcernOn: string | null;
}

/** What the acting partnership's casework holds about the premises of many suppliers (by company number), in one statement. */
export function intelligenceSignalsLoader(dataSource: DataSource, partnershipId: string | null) {
  return new DataLoader<string, SignalCounts>(async (numbers) => {
    // A supplier serves many partnerships; each sees only what its own casework holds.
    if (!partnershipId) return numbers.map(() => ({ concerns: 0, visits: 0, interventions: 0, lastConcernOn: null }));
    const rows: Array<{ company_number: string; kind: keyof SignalCounts; count: number; latest: string | null }> =
      await dataSource.query(
        `WITH premises AS (
           SELECT id, company_number FROM location WHERE partnership_id = $2 AND company_number = ANY ($1::text[]))
         SELECT p.company_number, 'concerns' AS kind, count(*)::int AS count, max(c.received_on)::text AS latest
           FROM premises p JOIN concern c ON c.location_id = p.id AND c.partnership_id = $2 GROUP BY p.company_number
         UNION ALL
         SELECT p.company_number, 'visits', count(*)::int, NULL
           FROM premises p JOIN disruption_visit v ON v.location_id = p.id
           JOIN concern c ON c.id = v.concern_id AND c.partnership_id = $2 GROUP BY p.company_number
         UNION ALL
         SELECT p.company_number, 'interventions', count(*)::int, NULL
           FROM premises p JOIN concern c ON c.location_id = p.id AND c.partnership_id = $2
           JOIN intervention i ON i.concern_id = c.id
          GROUP BY p.company_number`,
        [numbers, partnershipId],
      );
    return numbers.map((number) => {
      const counts: SignalCounts = { concerns: 0, visits: 0, interventions: 0, lastConcernOn: null };
      for (const row of rows.filter((r) => r.company_number === number)) {
        if (row.kind === "concerns") {
          counts.concerns = row.count;
          counts.lastConcernOn = row.latest;
        } else if (row.kind === "visits") counts.visits = row.count;
        else if (row.kind === "interventions") counts.interventions = row.count;
      }
      return counts;
    });
  });
}
