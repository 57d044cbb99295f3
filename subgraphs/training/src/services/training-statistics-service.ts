import type { SnapshotReader } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import type { CourseLevel } from "../entities/index.js";
import type { ParticipationCounts } from "../types/participation-counts.js";
import { type AgencySectorOf, participationCounts } from "./training-participation.js";

/** A period of one partnership: every figure counts only that partnership's sessions and completions. */
export interface Period {
  partnershipId: string;
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

/**
 * The training figures a partnership reports, each one SQL aggregate over its own records, read
 * through the request's snapshot reader: a report holds one connection at a time, and figures
 * asked together count the same moment.
 */
export class TrainingStatisticsService {
  constructor(
    private readonly reader: SnapshotReader,
    private readonly dataSource: DataSource,
  ) {}

  /** A period's attendance and completion counts, the sectors taken from the given member list. */
  participation(period: Period, sectors: readonly AgencySectorOf[]): Promise<ParticipationCounts> {
    return participationCounts(this.dataSource, period, sectors);
  }

  /** A network's aggregates over its partnerships' records. */
  network(partnershipIds: string[], from: string, to: string): Promise<NetworkTrainingCounts> {
    return networkTrainingCounts(this.dataSource, partnershipIds, from, to);
  }

  /** People who completed a course of each level in the period (each person once per level). */
  async peopleTrainedByLevel({ partnershipId, from, to }: Period): Promise<LevelCount[]> {
    const rows: Array<{ level: CourseLevel; count: string }> = await this.reader.query(
      `SELECT co.level, count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE c.partnership_id = $3 AND c.status = 'COMPLETED' AND c.completed_on BETWEEN $1 AND $2
        GROUP BY co.level ORDER BY co.level`,
      [from, to, partnershipId],
    );
    return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
  }

  /** The same by the agency each person worked for when trained. */
  async peopleTrainedByAgency({ partnershipId, from, to }: Period, agencyId?: string): Promise<AgencyLevelCount[]> {
    const rows: Array<{ agency_id: string; level: CourseLevel; count: string }> = await this.reader.query(
      `SELECT c.agency_id, co.level, count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE c.partnership_id = $4 AND c.status = 'COMPLETED' AND c.completed_on BETWEEN $1 AND $2
          AND ($3::uuid IS NULL OR c.agency_id = $3)
        GROUP BY c.agency_id, co.level ORDER BY c.agency_id, co.level`,
      [from, to, agencyId ?? null, partnershipId],
    );
    return rows.map((r) => ({ agencyId: r.agency_id, level: r.level, count: Number(r.count) }));
  }

  /** Sessions delivered in the period, by level. */
  async sessionsDelivered({ partnershipId, from, to }: Period): Promise<LevelCount[]> {
    const rows: Array<{ level: CourseLevel; count: string }> = await this.reader.query(
      `SELECT co.level, count(*) AS count
         FROM training_session s JOIN course co ON co.id = s.course_id
        WHERE s.partnership_id = $3 AND s.status = 'DELIVERED' AND s.starts_at::date BETWEEN $1 AND $2
        GROUP BY co.level ORDER BY co.level`,
      [from, to, partnershipId],
    );
    return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
  }

  /**
   * People holding a Level 3 first responder certificate of the partnership valid on `asOf`,
   * optionally of one agency.
   */
  async qualifiedFirstResponders(partnershipId: string, asOf: string, agencyId?: string): Promise<number> {
    const [row] = (await this.reader.query(
      `SELECT count(DISTINCT c.delegate_id) AS count
         FROM completion c JOIN course co ON co.id = c.course_id
        WHERE c.partnership_id = $3 AND co.level = 'LEVEL_3_FIRST_RESPONDER' AND c.status = 'COMPLETED'
          AND c.completed_on <= $1 AND (c.expires_on IS NULL OR c.expires_on >= $1)
          AND ($2::uuid IS NULL OR c.agency_id = $2)`,
      [asOf, agencyId ?? null, partnershipId],
    )) as [{ count: string }];
    return Number(row.count);
  }
}

/** A network's training figures: counts across its partnerships, each person once per partnership. */
export interface NetworkTrainingCounts {
  peopleTrainedByLevel: LevelCount[];
  sessionsDelivered: LevelCount[];
  qualifiedFirstResponders: number;
}

/** Sums over several partnerships' records in one statement per figure; for a network's aggregates. */
export async function networkTrainingCounts(
  dataSource: DataSource,
  partnershipIds: string[],
  from: string,
  to: string,
): Promise<NetworkTrainingCounts> {
  const [row] = (await dataSource.query(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('level', level, 'count', n) ORDER BY level), '[]')
          FROM (SELECT co.level, count(DISTINCT c.delegate_id)::int AS n
                  FROM completion c JOIN course co ON co.id = c.course_id
                 WHERE c.partnership_id = ANY($3::uuid[]) AND c.status = 'COMPLETED' AND c.completed_on BETWEEN $1 AND $2
                 GROUP BY co.level) t) AS trained,
       (SELECT coalesce(json_agg(json_build_object('level', level, 'count', n) ORDER BY level), '[]')
          FROM (SELECT co.level, count(*)::int AS n
                  FROM training_session s JOIN course co ON co.id = s.course_id
                 WHERE s.partnership_id = ANY($3::uuid[]) AND s.status = 'DELIVERED' AND s.starts_at::date BETWEEN $1 AND $2
                 GROUP BY co.level) t) AS delivered,
       (SELECT count(DISTINCT c.delegate_id)::int
          FROM completion c JOIN course co ON co.id = c.course_id
         WHERE c.partnership_id = ANY($3::uuid[]) AND co.level = 'LEVEL_3_FIRST_RESPONDER' AND c.status = 'COMPLETED'
           AND c.completed_on <= $2 AND (c.expires_on IS NULL OR c.expires_on >= $2)) AS qualified`,
    [from, to, partnershipIds],
  )) as [{ trained: LevelCount[]; delivered: LevelCount[]; qualified: number }];
  return {
    peopleTrainedByLevel: row.trained,
    sessionsDelivered: row.delivered,
    qualifiedFirstResponders: row.qualified,
  };
}
