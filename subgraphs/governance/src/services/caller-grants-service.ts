import type { DataCategory, Clock } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import { Agency } from "../entities/index.js";

export interface CallerGrants {
  agency: Agency;
  /** Each category the agency holds today, with the agreement granting it (the first by reference). */
  grants: Array<{ category: DataCategory; agreementId: string }>;
}

/**
 * What an agency may see: the categories granted to it, by name or through its sector, by the
 * agreements in force today (ACTIVE and within their dates). The gateway asks this for every caller.
 */
export class CallerGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async forAgency(agencyId: string): Promise<CallerGrants | null> {
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id: agencyId });
    if (!agency) return null;
    const rows: Array<{ category: DataCategory; agreement_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (category) category, a.id AS agreement_id
         FROM agreement_grant g
         JOIN sharing_agreement a ON a.id = g.agreement_id
         CROSS JOIN LATERAL unnest(g.categories) AS category
        WHERE a.state = 'ACTIVE' AND a.start_date <= $1 AND a.end_date >= $1
          AND (g.recipient_agency_id = $2 OR g.recipient_sector = $3)
        ORDER BY category, a.reference`,
      [this.clock.today(), agency.id, agency.sector],
    );
    return { agency, grants: rows.map((row) => ({ category: row.category, agreementId: row.agreement_id })) };
  }
}
