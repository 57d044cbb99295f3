import type { DataSource } from "typeorm";
import type { CourseLevel } from "../entities/index.js";

export interface Period {
  from: string;
  to: string;
}

export interface LevelCount {
  level: CourseLevel;
  count: number;
}

export interface AgencyLevelCount extends LevelCount {
  agencyId: string;
}

/** The training figures the partnership reports, each one SQL aggregate. */
export class TrainingStatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  /** People who completed a course of each level in the period (each person once per level). */
  async peopleTrainedByLevel({ from, to }: Period): Promise<LevelCount[]> {
    const rows: Array<{ level: CourseLevel; count: string }> = await this.dataSource.query(
      `SELECT co.level, count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE c.status = 'COMPLETED' AND c.completed_on BETWEEN $1 AND $2
        GROUP BY co.level ORDER BY co.level`,
      [from, to],
    );
    return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
  }

  /** The same by the agency each person worked for when trained. */
  async peopleTrainedByAgency({ from, to }: Period, agencyId?: string): Promise<AgencyLevelCount[]> {
    const rows: Array<{ agency_id: string; level: CourseLevel; count: string }> = await this.dataSource.query(
      `SELECT c.agency_id, co.level, count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE c.status = 'COMPLETED' AND c.completed_on BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR c.agency_id = $3)
        GROUP BY c.agency_id, co.level ORDER BY c.agency_id, co.level`,
      [from, to, agencyId ?? null],
    );
    return rows.map((r) => ({ agencyId: r.agency_id, level: r.level, count: Number(r.count) }));
  }

  /** Sessions delivered in the period, by level. */
  async sessionsDelivered({ from, to }: Period): Promise<LevelCount[]> {
    const rows: Array<{ level: CourseLevel; count: string }> = await this.dataSource.query(
      `SELECT co.level, count(*) AS count
         FROM training_session s JOIN course co ON co.id = s.course_id
        WHERE s.status = 'DELIVERED' AND s.starts_at::date BETWEEN $1 AND $2
        GROUP BY co.level ORDER BY co.level`,
      [from, to],
    );
    return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
  }

  /** People holding a Level 3 first responder certificate valid on `asOf`, optionally of one agency. */
  async qualifiedFirstResponders(asOf: string, agencyId?: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE co.level = 'LEVEL_3_FIRST_RESPONDER' AND c.status = 'COMPLETED'
          AND c.completed_on <= $1 AND (c.expires_on IS NULL OR c.expires_on >= $1)
          AND ($2::uuid IS NULL OR c.agency_id = $2)`,
      [asOf, agencyId ?? null],
    )) as [{ count: string }];
    return Number(row.count);
  }
}
