import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

export interface SignalCounts {
  concerns: number;
  visits: number;
  interventions: number;
  lastConcernOn: string | null;
}

export interface Period {
  from: string | null;
  to: string | null;
}

/**
 * What the partnership's casework holds about the premises of many suppliers (by company number),
 * in one statement per period asked for.
 */
export function intelligenceSignalsLoader(dataSource: DataSource) {
  const loaders = new Map<string, DataLoader<string, SignalCounts>>();
  return {
    load(companyNumber: string, period: Period): Promise<SignalCounts> {
      const key = `${period.from ?? ""}:${period.to ?? ""}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader((numbers) => countSignals(dataSource, numbers, period));
        loaders.set(key, loader);
      }
      return loader.load(companyNumber);
    },
  };
}

async function countSignals(dataSource: DataSource, numbers: readonly string[], { from, to }: Period) {
  const rows: Array<{ company_number: string; kind: keyof SignalCounts; count: number; latest: string | null }> =
    await dataSource.query(
      `WITH premises AS (SELECT id, company_number FROM location WHERE company_number = ANY ($1::text[]))
       SELECT p.company_number, 'concerns' AS kind, count(*)::int AS count, max(c.received_on)::text AS latest
         FROM premises p JOIN concern c ON c.location_id = p.id
        WHERE ($2::date IS NULL OR c.received_on >= $2) AND ($3::date IS NULL OR c.received_on <= $3)
        GROUP BY p.company_number
       UNION ALL
       SELECT p.company_number, 'visits', count(*)::int, NULL
         FROM premises p JOIN disruption_visit v ON v.location_id = p.id
        WHERE ($2::date IS NULL OR v.visited_on >= $2) AND ($3::date IS NULL OR v.visited_on <= $3)
        GROUP BY p.company_number
       UNION ALL
       SELECT p.company_number, 'interventions', count(*)::int, NULL
         FROM premises p JOIN concern c ON c.location_id = p.id JOIN intervention i ON i.concern_id = c.id
        WHERE ($2::date IS NULL OR i.carried_out_on >= $2) AND ($3::date IS NULL OR i.carried_out_on <= $3)
        GROUP BY p.company_number`,
      [numbers, from, to],
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
}
