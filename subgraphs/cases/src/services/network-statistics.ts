import type { DataSource } from "typeorm";

/** A network's casework counts for a period: totals and concerns by exploitation type, across its partnerships. */
export interface NetworkCaseCounts {
  concerns: number;
  peopleScreened: number;
  visits: number;
  interventions: number;
  nrmReferrals: number;
  concernsByExploitationType: Array<{ key: string; count: number }>;
}

/**
 * Sums over several partnerships' concerns in one statement (one snapshot): what a network's
 * members see, as aggregates only. Each counted table is read by its own partnership and day.
 */
export async function networkCaseCounts(
  dataSource: DataSource,
  partnershipIds: string[],
  from: string,
  to: string,
): Promise<NetworkCaseCounts> {
  const [row] = (await dataSource.query(
    `WITH c AS (SELECT id, received_on, exploitation_types FROM concern WHERE partnership_id = ANY($3::uuid[]))
     SELECT
       (SELECT count(*)::int FROM c WHERE received_on BETWEEN $1 AND $2) AS concerns,
       (SELECT count(*)::int FROM potential_victim WHERE partnership_id = ANY($3::uuid[]) AND screened_on BETWEEN $1 AND $2) AS people_screened,
       (SELECT count(*)::int FROM disruption_visit WHERE partnership_id = ANY($3::uuid[]) AND visited_on BETWEEN $1 AND $2) AS visits,
       (SELECT count(*)::int FROM intervention WHERE partnership_id = ANY($3::uuid[]) AND carried_out_on BETWEEN $1 AND $2) AS interventions,
       (SELECT count(*)::int FROM nrm_referral WHERE partnership_id = ANY($3::uuid[]) AND referred_on BETWEEN $1 AND $2) AS nrm_referrals,
       (SELECT coalesce(json_agg(json_build_object('key', key, 'count', n) ORDER BY n DESC, key), '[]')
          FROM (SELECT t AS key, count(*)::int AS n FROM c CROSS JOIN LATERAL unnest(c.exploitation_types) AS t
                 WHERE c.received_on BETWEEN $1 AND $2 GROUP BY t) x) AS by_type`,
    [from, to, partnershipIds],
  )) as [
    {
      concerns: number;
      people_screened: number;
      visits: number;
      interventions: number;
      nrm_referrals: number;
      by_type: Array<{ key: string; count: number }>;
    },
  ];
  return {
    concerns: row.concerns,
    peopleScreened: row.people_screened,
    visits: row.visits,
    interventions: row.interventions,
    nrmReferrals: row.nrm_referrals,
    concernsByExploitationType: row.by_type,
  };
}

/** A network's figures for a request: aggregates only, never a record. */
export class NetworkStatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  counts(partnershipIds: string[], from: string, to: string): Promise<NetworkCaseCounts> {
    return networkCaseCounts(this.dataSource, partnershipIds, from, to);
  }
}
