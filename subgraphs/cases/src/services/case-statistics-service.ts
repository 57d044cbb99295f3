import type { SnapshotReader } from "@partnership/runtime";
import DataLoader from "dataloader";
import { AgeGroup, NOT_RECORDED } from "../entities/enums.js";

/** A partnership, a period (both days included) and, optionally, an area: every statistic is about its concerns there. */
export interface StatisticsScope {
  partnershipId: string;
  from: string;
  to: string;
  /** An area of the partnership; a town's or locality's wards count with it. */
  areaId?: string | null;
  ward?: string | null;
}

export interface CountRow {
  key: string;
  count: number;
}

/** The age groups of the NRM's statistics, in the order they are published. */
const AGE_GROUPS: readonly AgeGroup[] = [AgeGroup.ADULT, AgeGroup.MINOR, AgeGroup.UNKNOWN];

/** Between the parts of a key of two values (an agency id and an age group: neither has a space). */
const KEY_SEPARATOR = " ";

/** The two parts of a key of {@link CaseStatisticsService.nrmReferralsByReferringAgencyAndAgeGroup}. */
export function agencyAndAgeGroupKey(key: string): { agencyId: string; ageGroup: AgeGroup } {
  const [agencyId, ageGroup] = key.split(KEY_SEPARATOR) as [string, AgeGroup];
  return { agencyId, ageGroup };
}

/**
 * What is counted: its table (and alias), the day that places it in the period, and any condition.
 * Every counted table carries its concern's partnership, indexed with its day: a period of one
 * partnership is one index range, and the concern is joined only where an area narrows the count.
 */
interface Subject {
  from: string;
  alias: string;
  day: string;
  where?: string;
}

const CONCERNS: Subject = { from: "concern c", alias: "c", day: "c.received_on" };
const PEOPLE: Subject = { from: "potential_victim v", alias: "v", day: "v.screened_on" };
const VISITS: Subject = { from: "disruption_visit d", alias: "d", day: "d.visited_on" };
const INTERVENTIONS: Subject = { from: "intervention i", alias: "i", day: "i.carried_out_on" };
const NRM: Subject = { from: "nrm_referral n", alias: "n", day: "n.referred_on" };
/** Referrals with the person referred, for figures about the people (per referral, not per person screened). */
const NRM_PEOPLE: Subject = { ...NRM, from: `${NRM.from} JOIN potential_victim v ON v.id = n.victim_id` };
const DUTY_TO_NOTIFY: Subject = { from: "duty_to_notify t", alias: "t", day: "t.reported_on" };
const ORDERS: Subject = { from: "prevention_order o", alias: "o", day: "o.granted_on" };
const ARRESTS: Subject = { ...INTERVENTIONS, where: "i.type = 'ARREST'" };

/** One count a field asks for: of a subject, over a scope, in total (`group` null) or by a key. */
interface CountRequest {
  subject: Subject;
  scope: StatisticsScope;
  group: string | null;
}

/**
 * A partnership's figures, counted in PostgreSQL; nothing is counted in memory. Small counts are
 * suppressed later, by who is asking. The counts a request asks for together are gathered (a
 * DataLoader) and each subject's are computed in one statement (GROUPING SETS: every breakdown of
 * one table in one pass), on the request's one read connection and in one snapshot: an annual
 * report of every figure holds one connection at a time, and the figures of its period agree with
 * each other.
 */
export class CaseStatisticsService {
  private readonly counts = new DataLoader<CountRequest, CountRow[], string>(
    (requests) => this.countTogether(requests),
    {
      cacheKeyFn: ({ subject, scope, group }) => JSON.stringify([subject, scope, group]),
      // After every field of the level has asked (their permission checks take a few promise
      // turns each), so one level's figures are one batch, and one snapshot.
      batchScheduleFn: (run) => setImmediate(run),
    },
  );

  constructor(private readonly reader: SnapshotReader) {}

  private count(subject: Subject, scope: StatisticsScope, group: string | null): Promise<CountRow[]> {
    return this.counts.load({ subject, scope, group });
  }

  /** One statement per subject and scope, in the order first asked for. */
  private async countTogether(requests: readonly CountRequest[]): Promise<CountRow[][]> {
    const bySubject = new Map<string, CountRequest[]>();
    for (const request of requests) {
      const key = JSON.stringify([request.subject, request.scope]);
      bySubject.set(key, [...(bySubject.get(key) ?? []), request]);
    }
    const answers = new Map<CountRequest, CountRow[]>();
    // Asked all at once: the reader runs them one by one, in one snapshot while any is waiting.
    await Promise.all(
      [...bySubject.values()].map(async (together) => {
        const groups = [...new Set(together.map((request) => request.group))];
        const rows = await this.groupingSets(together[0]!.subject, together[0]!.scope, groups);
        for (const request of together) answers.set(request, rows.get(request.group)!);
      }),
    );
    return requests.map((request) => answers.get(request)!);
  }

  /**
   * Counts by each of `groups` (null: the total) in one statement. `GROUPING()` says which set a
   * row belongs to: its bit for an expression is 0 where the row is grouped by it.
   */
  private async groupingSets(
    subject: Subject,
    scope: StatisticsScope,
    groups: Array<string | null>,
  ): Promise<Map<string | null, CountRow[]>> {
    const keyed = groups.filter((group): group is string => group !== null);
    const area = scope.areaId || scope.ward;
    const concern = subject.alias === "c" ? "" : ` JOIN concern c ON c.id = ${subject.alias}.concern_id`;
    const sets = [...keyed.map((group) => `(${group})`), ...(groups.includes(null) ? ["()"] : [])];
    const sql = `SELECT ${keyed.map((group, i) => `(${group})::text AS k${i}, `).join("")}count(*)::int AS count${
      keyed.length ? `, GROUPING(${keyed.map((group) => `(${group})`).join(", ")})::int AS grouping` : ""
    }
      FROM ${subject.from}${area ? `${concern} JOIN location l ON l.id = c.location_id` : ""}
      WHERE ${subject.alias}.partnership_id = $3 AND ${subject.day} BETWEEN $1 AND $2
        ${subject.where ? `AND ${subject.where}` : ""}
        ${scope.areaId ? "AND l.area_id IN (SELECT id FROM area WHERE partnership_id = $3 AND (id = $4 OR parent_id = $4))" : ""}
        ${scope.ward ? `AND l.ward = $${scope.areaId ? 5 : 4}` : ""}
      ${keyed.length ? `GROUP BY GROUPING SETS (${sets.join(", ")}) ORDER BY count DESC${keyed.map((_, i) => `, k${i}`).join("")}` : ""}`;
    const parameters: unknown[] = [scope.from, scope.to, scope.partnershipId];
    if (scope.areaId) parameters.push(scope.areaId);
    if (scope.ward) parameters.push(scope.ward);
    const rows = await this.reader.query<Record<string, string | number | null>>(sql, parameters);
    const all = (1 << keyed.length) - 1;
    const answer = new Map<string | null, CountRow[]>(groups.map((group) => [group, []]));
    for (const row of rows) {
      const grouping = keyed.length ? (row.grouping as number) : all;
      if (grouping === all) {
        answer.get(null)?.push({ key: "TOTAL", count: row.count as number });
        continue;
      }
      const i = keyed.findIndex((_, index) => (grouping & (1 << (keyed.length - 1 - index))) === 0);
      answer.get(keyed[i]!)!.push({ key: row[`k${i}`] as string, count: row.count as number });
    }
    return answer;
  }

  private async total(subject: Subject, scope: StatisticsScope): Promise<number> {
    return (await this.count(subject, scope, null))[0]?.count ?? 0;
  }

  concerns = (scope: StatisticsScope) => this.total(CONCERNS, scope);
  /** Keyed by the first day of each calendar quarter, e.g. 2019-04-01 for April to June 2019. */
  concernsByQuarter = (scope: StatisticsScope) =>
    this.count(CONCERNS, scope, "to_char(date_trunc('quarter', c.received_on), 'YYYY-MM-DD')").then((rows) =>
      rows.sort((a, b) => a.key.localeCompare(b.key)),
    );
  /** Keyed by area id; premises with no area (not known) under NOT_RECORDED. */
  concernsByArea = (scope: StatisticsScope) => this.byLocation(CONCERNS, scope, "area_id");
  concernsByWard = (scope: StatisticsScope) => this.byLocation(CONCERNS, scope, "ward");
  concernsByLocationType = (scope: StatisticsScope) => this.byLocation(CONCERNS, scope, "type");
  concernsBySource = (scope: StatisticsScope) => this.count(CONCERNS, scope, "c.source");
  concernsByResponseLevel = (scope: StatisticsScope) =>
    this.count(CONCERNS, scope, `coalesce(c.response_level, '${NOT_RECORDED}')`);
  /** A concern about several kinds of exploitation counts once under each. */
  concernsByExploitationType = (scope: StatisticsScope) =>
    this.count(
      { ...CONCERNS, from: "concern c CROSS JOIN LATERAL unnest(c.exploitation_types) AS e (type)" },
      scope,
      "e.type",
    );

  peopleScreened = (scope: StatisticsScope) => this.total(PEOPLE, scope);
  peopleScreenedByGender = (scope: StatisticsScope) => this.count(PEOPLE, scope, "v.gender");
  peopleScreenedByNationality = (scope: StatisticsScope) =>
    this.count(PEOPLE, scope, `coalesce(v.nationality, '${NOT_RECORDED}')`);
  peopleScreenedByAgeGroup = (scope: StatisticsScope) => this.count(PEOPLE, scope, "v.age_group");
  peopleScreenedByExploitationType = (scope: StatisticsScope) => this.count(PEOPLE, scope, "v.exploitation_type");

  visits = (scope: StatisticsScope) => this.total(VISITS, scope);

  interventions = (scope: StatisticsScope) => this.total(INTERVENTIONS, scope);
  interventionsByAgency = (scope: StatisticsScope) => this.count(INTERVENTIONS, scope, "i.agency_id::text");
  interventionsByType = (scope: StatisticsScope) => this.count(INTERVENTIONS, scope, "i.type");

  nrmReferrals = (scope: StatisticsScope) => this.total(NRM, scope);
  nrmReferralsByReferringAgency = (scope: StatisticsScope) => this.count(NRM, scope, "n.referring_agency_id::text");
  /**
   * Always the three groups, in this order, a group no referral is in with 0: age not known is a
   * group of its own (not counted as minors, whom the law presumes such people to be for consent).
   */
  nrmReferralsByAgeGroup = async (scope: StatisticsScope) => {
    const counted = new Map((await this.count(NRM, scope, "n.age_group")).map((row) => [row.key, row.count]));
    return AGE_GROUPS.map((key) => ({ key, count: counted.get(key) ?? 0 }));
  };
  /** Keyed by {@link agencyAndAgeGroupKey}. */
  nrmReferralsByReferringAgencyAndAgeGroup = (scope: StatisticsScope) =>
    this.count(NRM, scope, `n.referring_agency_id::text || '${KEY_SEPARATOR}' || n.age_group`);
  /**
   * By the person's kinds of exploitation together: one referral counts once, under the key of its
   * combination, each kind once in alphabetical order joined by "+" ("CRIMINAL+LABOUR"; a single
   * kind alone, "SEXUAL"). Byte order (COLLATE "C"), so the key never depends on the server's locale.
   */
  nrmReferralsByExploitationTypes = (scope: StatisticsScope) =>
    this.count(
      {
        ...NRM_PEOPLE,
        from: `${NRM_PEOPLE.from} CROSS JOIN LATERAL (SELECT string_agg(DISTINCT e COLLATE "C", '+' ORDER BY e COLLATE "C") AS kinds FROM unnest(v.exploitation_types) AS e) k`,
      },
      scope,
      `coalesce(k.kinds, '${NOT_RECORDED}')`,
    );
  nrmReferralsByNationality = (scope: StatisticsScope) =>
    this.count(NRM_PEOPLE, scope, `coalesce(v.nationality, '${NOT_RECORDED}')`);
  nrmReferralsByGender = (scope: StatisticsScope) => this.count(NRM_PEOPLE, scope, "v.gender");

  dutyToNotifyReports = (scope: StatisticsScope) => this.total(DUTY_TO_NOTIFY, scope);
  dutyToNotifyReportsByAgency = (scope: StatisticsScope) =>
    this.count(DUTY_TO_NOTIFY, scope, "t.reporting_agency_id::text");
  arrests = (scope: StatisticsScope) => this.total(ARRESTS, scope);
  ordersByKind = (scope: StatisticsScope) => this.count(ORDERS, scope, "o.kind");

  /** Concerns grouped by a column of their location. */
  private byLocation(subject: Subject, scope: StatisticsScope, column: "area_id" | "ward" | "type") {
    return this.count(
      { ...subject, from: `${subject.from} JOIN location g ON g.id = c.location_id` },
      scope,
      `coalesce(g.${column}::text, '${NOT_RECORDED}')`,
    );
  }
}
