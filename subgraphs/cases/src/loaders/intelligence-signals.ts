import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

export interface SignalCounts {
  concerns: number;
  visits: number;
  interventions: number;
  lastConcernOn: string | null;
}

/** What the partnership's casework holds about the premises of many suppliers (by company number), in one statement. */
export function intelligenceSignalsLoader(dataSource: DataSource) {
  return new DataLoader<string, SignalCounts>(async (numbers) => {
    const rows: Array<{ company_number: string; kind: keyof SignalCounts; count: number; latest: string | null }> =
      await dataSource.query(
        `WITH premises AS (SELECT id, company_number FROM location WHERE company_number = ANY ($1::text[]))
         SELECT p.company_number, 'concerns' AS kind, count(*)::int AS count, max(c.received_on)::text AS latest
           FROM premises p JOIN concern c ON c.location_id = p.id GROUP BY p.company_number
         UNION ALL
         SELECT p.company_number, 'visits', count(*)::int, NULL
           FROM premises p JOIN disruption_visit v ON v.location_id = p.id GROUP BY p.company_number
         UNION ALL
         SELECT p.company_number, 'interventions', count(*)::int, NULL
           FROM premises p JOIN concern c ON c.location_id = p.id JOIN intervention i ON i.concern_id = c.id
          GROUP BY p.company_number`,
        [numbers],
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
