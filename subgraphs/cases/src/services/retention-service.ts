import { addPeriodRollingOver, type Clock, DataCategory } from "@partnership/runtime";
import type { DataSource, EntityManager } from "typeorm";
import { RetentionAction, RetentionRun } from "../entities/index.js";
import { ANONYMISABLE, type AnonymisableCategory, anonymiseConcerns, columnsOf } from "./anonymisation.js";

/** The event a term runs from (governance's RetentionEvent, by value). */
export type RetentionEventName =
  "RECORD_CREATED" | "CONCERN_CLOSED" | "EMPLOYMENT_ENDED" | "CONTRACT_ENDED" | "AGREEMENT_ENDED";

/** One retention term as governance states it, with the agreement it comes from (null: the platform default). */
export interface RetentionTermOf {
  category: DataCategory;
  years: number;
  months: number;
  after: RetentionEventName;
  agreementId: string | null;
  agreementReference: string | null;
  /** The agreement's end date (AGREEMENT_ENDED runs from it); null for the default. */
  agreementEndsOn: string | null;
  /** In words, e.g. "6 years after the concern closes". */
  summary: string;
}

/** Every partnership's terms, and the platform's default schedule for a category no agreement of a partnership grants. */
export interface RetentionTerms {
  byPartnership: ReadonlyMap<string, readonly RetentionTermOf[]>;
  defaults: readonly RetentionTermOf[];
}

/** One category of one concern whose term has ended: anonymised, or (dry run) to be. */
export interface RetentionActionReport {
  partnershipId: string;
  concernId: string;
  reference: string;
  category: AnonymisableCategory;
  agreementId: string | null;
  agreementReference: string | null;
  term: string;
  /** The last day the records were kept. */
  dueOn: string;
  rowsChanged: number;
  columns: string[];
}

/** A concern whose term had ended, kept by a legal hold. */
export interface HeldReport {
  concernId: string;
  reference: string;
  categories: AnonymisableCategory[];
  holds: string[];
}

export interface RetentionReport {
  runId: string;
  ranAt: Date;
  today: string;
  dryRun: boolean;
  actions: RetentionActionReport[];
  held: HeldReport[];
}

interface ConcernDates {
  id: string;
  partnership_id: string;
  reference: string;
  received_on: string;
  closed_on: string | null;
  anonymised_categories: string[];
  holds: string[] | null;
}

/** The day a term's event happened for this concern, or null while it has not (the term has not started). */
function eventDay(term: RetentionTermOf, concern: ConcernDates, today: string): string | null {
  switch (term.after) {
    case "CONCERN_CLOSED":
      return concern.closed_on;
    case "RECORD_CREATED":
      return concern.received_on;
    case "AGREEMENT_ENDED":
      return term.agreementEndsOn && term.agreementEndsOn < today ? term.agreementEndsOn : null;
    default:
      return null;
  }
}

/**
 * The term that keeps a category of a concern longest, with the last day it keeps it; null when
 * one of the terms has not started (that agreement still keeps the records). Several agreements may
 * grant a category: the records are kept until the longest of their terms ends.
 */
function longestTerm(
  terms: readonly RetentionTermOf[],
  concern: ConcernDates,
  today: string,
): { term: RetentionTermOf; lastDay: string } | null {
  let longest: { term: RetentionTermOf; lastDay: string } | null = null;
  for (const term of terms) {
    const from = eventDay(term, concern, today);
    if (!from) return null;
    const lastDay = addPeriodRollingOver(from, term.years, term.months);
    if (!longest || lastDay > longest.lastDay) longest = { term, lastDay };
  }
  return longest;
}

/** A partnership's terms for a category, or the platform default when none of its agreements grants it. */
function termsFor(terms: RetentionTerms, partnershipId: string, category: DataCategory): RetentionTermOf[] {
  const stated = (terms.byPartnership.get(partnershipId) ?? []).filter((term) => term.category === category);
  return stated.length > 0 ? stated : terms.defaults.filter((term) => term.category === category);
}

const DRY_RUN_ROLLBACK = Symbol("dry run");

/**
 * Runs the retention schedule on `clock.today()`: for every concern and each category that can be
 * anonymised, the longest term its partnership's agreements (any status) state for the category, or
 * the platform default; where that term ended before today, the concern is not on legal hold and
 * the category is not anonymised yet, anonymises it. All in one transaction, recorded as a
 * `retention_run` with one `retention_action` per concern and category. A dry run does the same
 * work and rolls it back, recording only the run (flagged dry): its list is what a run would do.
 */
export async function applyRetention(
  dataSource: DataSource,
  terms: RetentionTerms,
  clock: Clock,
  options: { dryRun: boolean },
): Promise<RetentionReport> {
  const today = clock.today();
  const ranAt = clock.now();
  let report: RetentionReport | null = null;
  try {
    await dataSource.transaction(async (manager) => {
      report = await run(manager, terms, today, ranAt, options.dryRun);
      if (options.dryRun) throw DRY_RUN_ROLLBACK;
    });
  } catch (error) {
    if (error !== DRY_RUN_ROLLBACK) throw error;
  }
  const done = report as unknown as RetentionReport;
  if (options.dryRun) {
    const [{ id }]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO retention_run (ran_at, today, dry_run, concerns_anonymised, actions, held)
       VALUES ($1, $2, true, $3, $4, $5) RETURNING id`,
      [ranAt, today, new Set(done.actions.map((a) => a.concernId)).size, done.actions.length, done.held.length],
    );
    done.runId = id;
  }
  return done;
}

async function run(
  manager: EntityManager,
  terms: RetentionTerms,
  today: string,
  ranAt: Date,
  dryRun: boolean,
): Promise<RetentionReport> {
  const concerns: ConcernDates[] = await manager.query(
    `SELECT c.id, c.partnership_id, c.reference, c.received_on::text, c.closed_on::text, c.anonymised_categories,
            (SELECT array_agg(h.kind || ' until ' || h.until::text ORDER BY h.until)
               FROM legal_hold h WHERE h.concern_id = c.id AND h.released_at IS NULL AND h.until >= $2::date) AS holds
       FROM concern c
      WHERE NOT (c.anonymised_categories @> $1::text[])
      ORDER BY c.partnership_id, c.received_on, c.id
      FOR UPDATE OF c`,
    [ANONYMISABLE, today],
  );
  const due = new Map<AnonymisableCategory, Array<{ concern: ConcernDates; term: RetentionTermOf; lastDay: string }>>();
  const held = new Map<string, HeldReport>();
  for (const concern of concerns) {
    for (const category of ANONYMISABLE) {
      if (concern.anonymised_categories.includes(category)) continue;
      const applying = longestTerm(termsFor(terms, concern.partnership_id, category), concern, today);
      if (!applying || applying.lastDay >= today) continue;
      if (concern.holds?.length) {
        const entry = held.get(concern.id) ?? {
          concernId: concern.id,
          reference: concern.reference,
          categories: [],
          holds: concern.holds,
        };
        entry.categories.push(category);
        held.set(concern.id, entry);
        continue;
      }
      due.set(category, [...(due.get(category) ?? []), { concern, ...applying }]);
    }
  }
  const actions: RetentionActionReport[] = [];
  for (const [category, list] of due) {
    const rows = await anonymiseConcerns(
      manager,
      list.map(({ concern }) => concern.id),
      category,
      ranAt,
    );
    for (const { concern, term, lastDay } of list)
      actions.push({
        partnershipId: concern.partnership_id,
        concernId: concern.id,
        reference: concern.reference,
        category,
        agreementId: term.agreementId,
        agreementReference: term.agreementReference,
        term: term.summary,
        dueOn: lastDay,
        rowsChanged: rows.get(concern.id) ?? 0,
        columns: columnsOf(category),
      });
  }
  actions.sort((a, b) => a.reference.localeCompare(b.reference) || a.category.localeCompare(b.category));
  const runRow = await manager.getRepository(RetentionRun).save(
    manager.getRepository(RetentionRun).create({
      ranAt,
      today,
      dryRun,
      concernsAnonymised: new Set(actions.map((action) => action.concernId)).size,
      actionCount: actions.length,
      held: held.size,
    }),
  );
  const rows = actions.map(({ reference: _reference, ...action }) => ({ ...action, runId: runRow.id }));
  // In slices: one INSERT holds at most 65,535 parameters.
  for (let start = 0; start < rows.length; start += 1_000)
    await manager.getRepository(RetentionAction).insert(rows.slice(start, start + 1_000));
  return { runId: runRow.id, ranAt, today, dryRun, actions, held: [...held.values()] };
}
