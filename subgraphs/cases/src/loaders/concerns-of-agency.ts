import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { Concern } from "../entities/index.js";

const TAKES_PART: Record<"led" | "takingPart", string> = {
  led: "c.lead_agency_id = a.agency_id",
  takingPart:
    "(c.lead_agency_id = a.agency_id OR c.referring_agency_id = a.agency_id OR a.agency_id = ANY (c.participating_agency_ids))",
};

export interface AgencyConcernsKey {
  agencyId: string;
  first: number;
}

/**
 * The newest concerns of many agencies at once, in the acting partnership: one ranked query for the ids, one for the rows,
 * however many agencies a page shows.
 */
export function concernsOfAgencyLoader(
  dataSource: DataSource,
  partnershipId: string | null,
  relation: "led" | "takingPart",
) {
  return new DataLoader<AgencyConcernsKey, Concern[], string>(
    async (keys) => {
      // An agency in many partnerships shows, in each, only that partnership's concerns.
      if (!partnershipId) return keys.map(() => []);
      const limit = Math.max(...keys.map((key) => key.first));
      const agencyIds = [...new Set(keys.map((key) => key.agencyId))];
      const ranked: Array<{ agency_id: string; id: string; rank: number }> = await dataSource.query(
        `SELECT agency_id, id, rank FROM (
           SELECT a.agency_id, c.id,
                  row_number() OVER (PARTITION BY a.agency_id ORDER BY c.received_on DESC, c.id DESC)::int AS rank
           FROM unnest($1::uuid[]) AS a (agency_id)
           JOIN concern c ON c.partnership_id = $3 AND ${TAKES_PART[relation]}) ranked
         WHERE rank <= $2`,
        [agencyIds, limit, partnershipId],
      );
      const rows = ranked.length
        ? await dataSource.getRepository(Concern).findBy({ id: In(ranked.map((r) => r.id)) })
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map(({ agencyId, first }) =>
        ranked
          .filter((r) => r.agency_id === agencyId && r.rank <= first)
          .sort((a, b) => a.rank - b.rank)
          .map((r) => byId.get(r.id)!),
      );
    },
    { cacheKeyFn: ({ agencyId, first }) => `${agencyId}:${first}` },
  );
}
