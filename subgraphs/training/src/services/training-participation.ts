import type { DataSource } from "typeorm";
import { CourseFormat, CourseLevel } from "../entities/index.js";
import {
  Participation,
  type ParticipationBreakdowns,
  type ParticipationCounts,
} from "../types/participation-counts.js";
import type { Period } from "./training-statistics-service.js";

/** The sector figures file an agency under when the directory lists no sector for it. */
export const SECTOR_NOT_RECORDED = "NOT_RECORDED";

/** An agency of the partnership and the directory's sector for it. */
export interface AgencySectorOf {
  id: string;
  sector: string;
}

interface Row {
  g_course: number;
  g_format: number;
  g_level: number;
  g_agency: number;
  g_sector: number;
  course_id: string | null;
  title: string | null;
  format: CourseFormat | null;
  level: CourseLevel | null;
  agency_id: string | null;
  sector: string | null;
  attended: number;
  completed: number;
}

const FORMAT_ORDER = Object.values(CourseFormat);
const LEVEL_ORDER = Object.values(CourseLevel);

/**
 * Attendance and completion in a period, every breakdown in one statement: GROUPING SETS give the
 * total and each dimension, each a count of distinct people (a person on two webinars of a format
 * is one person of that format). A record is dated by its completion, or, for a session attended
 * without completing (no certificate, no completion day), by the session's day in UTC, the day
 * recording attendance gives its completions. Sectors are joined in from the directory's list the
 * caller context carries, so a sector counts each person once even if the list changes between
 * requests; an agency missing from that list falls under NOT_RECORDED.
 */
export async function participationCounts(
  dataSource: DataSource,
  { partnershipId, from, to }: Period,
  sectors: readonly AgencySectorOf[],
): Promise<ParticipationCounts> {
  const rows: Row[] = await dataSource.query(
    `WITH dated AS (
       SELECT c.delegate_id, c.status, c.course_id, co.title, co.format, co.level, c.agency_id,
              coalesce(sec.sector, $6) AS sector
         FROM completion c
         JOIN course co ON co.id = c.course_id
         LEFT JOIN training_session s ON s.id = c.session_id
         LEFT JOIN unnest($4::uuid[], $5::text[]) AS sec(agency_id, sector) ON sec.agency_id = c.agency_id
        WHERE c.partnership_id = $1 AND c.status IN ('ATTENDED', 'COMPLETED')
          AND coalesce(c.completed_on, (s.starts_at AT TIME ZONE 'UTC')::date) BETWEEN $2 AND $3)
     SELECT GROUPING(course_id) AS g_course, GROUPING(format) AS g_format, GROUPING(level) AS g_level,
            GROUPING(agency_id) AS g_agency, GROUPING(sector) AS g_sector,
            course_id, title, format, level, agency_id, sector,
            count(DISTINCT delegate_id)::int AS attended,
            (count(DISTINCT delegate_id) FILTER (WHERE status = 'COMPLETED'))::int AS completed
       FROM dated
      GROUP BY GROUPING SETS ((), (course_id, title), (format), (level), (agency_id), (sector))`,
    [
      partnershipId,
      from,
      to,
      sectors.map((agency) => agency.id),
      sectors.map((agency) => agency.sector),
      SECTOR_NOT_RECORDED,
    ],
  );
  return {
    [Participation.ATTENDED]: breakdowns(rows, (row) => row.attended),
    [Participation.COMPLETED]: breakdowns(rows, (row) => row.completed),
  };
}

/** Most first, ties by the tiebreak: the order a report lists a breakdown in. */
const mostFirst =
  <T extends { count: number }>(tiebreak: (row: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || tiebreak(a).localeCompare(tiebreak(b));

/** One measure's breakdowns out of the grouped rows; groups with nobody for this measure are left out. */
function breakdowns(rows: readonly Row[], count: (row: Row) => number): ParticipationBreakdowns {
  const counted = rows.filter((row) => count(row) > 0);
  const grouped = (dimension: keyof Pick<Row, "g_course" | "g_format" | "g_level" | "g_agency" | "g_sector">) =>
    counted.filter((row) => row[dimension] === 0);
  const total = rows.find(
    (row) => row.g_course === 1 && row.g_format === 1 && row.g_level === 1 && row.g_agency === 1 && row.g_sector === 1,
  );
  return {
    people: total ? count(total) : 0,
    byCourse: grouped("g_course")
      .map((row) => ({ key: row.course_id!, title: row.title!, count: count(row) }))
      .sort(mostFirst((row) => row.title)),
    byFormat: grouped("g_format")
      .map((row) => ({ key: row.format!, count: count(row) }))
      .sort((a, b) => FORMAT_ORDER.indexOf(a.key) - FORMAT_ORDER.indexOf(b.key)),
    byLevel: grouped("g_level")
      .map((row) => ({ key: row.level!, count: count(row) }))
      .sort((a, b) => LEVEL_ORDER.indexOf(a.key) - LEVEL_ORDER.indexOf(b.key)),
    byAgency: grouped("g_agency")
      .map((row) => ({ key: row.agency_id!, count: count(row) }))
      .sort(mostFirst((row) => row.key)),
    bySector: grouped("g_sector")
      .map((row) => ({ key: row.sector!, count: count(row) }))
      .sort(mostFirst((row) => row.key)),
  };
}
