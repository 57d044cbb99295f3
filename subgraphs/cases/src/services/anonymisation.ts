import { DataCategory } from "@partnership/runtime";
import type { EntityManager } from "typeorm";

/**
 * What anonymising a category removes or generalises, column by column. Every column the figures
 * count stays as it was: age groups, gender, nationality, exploitation types, areas and wards,
 * dates, statuses, outcomes, decisions and who did what (agency ids). What goes is what names or
 * locates a person, and free text that may: names, aliases, dates of birth (generalised to an age
 * band), phone numbers, addresses, postcodes, business names, intelligence and officers' notes,
 * support and health notes. Columns of categories not listed here (CASE_SUMMARY,
 * VICTIM_DEMOGRAPHICS, ENFORCEMENT) are what the figures are made of, and are kept.
 *
 * Not removed, on purpose: a premises' Companies House number (a company, not a person: it keeps
 * supplier risk signals), an offender's role, arrest day and charge (no identity without the name),
 * an NRM referral and the referrer's email (staff data, the statutory record of the referral).
 */
export const ANONYMISABLE = [
  DataCategory.VICTIM_IDENTITY,
  DataCategory.LOCATION_ADDRESS,
  DataCategory.POLICE_INTELLIGENCE,
  DataCategory.OFFENDER_IDENTITY,
  DataCategory.SAFEGUARDING,
  DataCategory.HEALTH,
] as const;

export type AnonymisableCategory = (typeof ANONYMISABLE)[number];

export const isAnonymisable = (category: DataCategory): category is AnonymisableCategory =>
  (ANONYMISABLE as readonly DataCategory[]).includes(category);

/** The age bands a date of birth is generalised to, by age on the day the person was screened. */
export const AGE_BANDS: ReadonlyArray<{ band: string; from: number; to: number | null }> = [
  { band: "0-17", from: 0, to: 17 },
  { band: "18-24", from: 18, to: 24 },
  { band: "25-34", from: 25, to: 34 },
  { band: "35-44", from: 35, to: 44 },
  { band: "45-54", from: 45, to: 54 },
  { band: "55-64", from: 55, to: 64 },
  { band: "65+", from: 65, to: null },
];

/** The band of someone born on `dateOfBirth` on `day` (both ISO days); null without a date of birth. */
export function ageBand(dateOfBirth: string | null, day: string): string | null {
  if (!dateOfBirth) return null;
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return AGE_BANDS.find(({ from, to }) => age >= from && (to === null || age <= to))?.band ?? AGE_BANDS[0]!.band;
}

/** The same bands in SQL, from the row's own columns. */
const AGE_BAND_SQL = `CASE ${AGE_BANDS.map(
  ({ band, from, to }) =>
    `WHEN date_part('year', age(screened_on, date_of_birth)) ${to === null ? `>= ${from}` : `BETWEEN ${from} AND ${to}`} THEN '${band}'`,
).join(" ")} ELSE '${AGE_BANDS[0]!.band}' END`;

/** One table's columns a category clears (null, or the given SQL expression), on rows reached through their concern. */
interface TableRule {
  table: string;
  set: Record<string, string>;
  /** The concern column of the table (`id` for the concern itself). */
  concernColumn: string;
  /** Whether the rows carry their own anonymised_* marks. */
  marked: boolean;
}

const NULL = "NULL";
const victims = (set: Record<string, string>): TableRule => ({
  table: "potential_victim",
  set,
  concernColumn: "concern_id",
  marked: true,
});

/** Per category, the rows and columns anonymising it changes (premises are handled apart: they are shared). */
export const RULES: Record<AnonymisableCategory, TableRule[]> = {
  [DataCategory.VICTIM_IDENTITY]: [
    victims({
      // Generalised before the date goes: SET expressions read the row as it was.
      age_band: `CASE WHEN date_of_birth IS NULL THEN age_band ELSE ${AGE_BAND_SQL} END`,
      full_name: NULL,
      aliases: "'{}'",
      date_of_birth: NULL,
      phone: NULL,
      current_address: NULL,
    }),
  ],
  [DataCategory.SAFEGUARDING]: [victims({ support_needs: NULL, accommodation: NULL })],
  [DataCategory.HEALTH]: [victims({ health_needs: NULL })],
  [DataCategory.POLICE_INTELLIGENCE]: [
    { table: "concern", set: { intelligence_summary: NULL, crime_reference: NULL }, concernColumn: "id", marked: true },
    { table: "disruption_visit", set: { notes: NULL }, concernColumn: "concern_id", marked: false },
  ],
  [DataCategory.OFFENDER_IDENTITY]: [
    { table: "offender", set: { full_name: NULL, date_of_birth: NULL }, concernColumn: "concern_id", marked: true },
    { table: "prevention_order", set: { subject: NULL }, concernColumn: "concern_id", marked: false },
  ],
  [DataCategory.LOCATION_ADDRESS]: [],
};

const LOCATION_COLUMNS = ["address", "postcode", "business_name"];

/** A person's fields (as the API names them) each category of theirs clears: what an erasure's history lists. */
export const PERSON_FIELDS: Partial<Record<AnonymisableCategory, string[]>> = {
  [DataCategory.VICTIM_IDENTITY]: ["fullName", "aliases", "dateOfBirth", "phone", "currentAddress"],
  [DataCategory.SAFEGUARDING]: ["supportNeeds", "accommodation"],
  [DataCategory.HEALTH]: ["healthNeeds"],
};

/** The columns a category's anonymising clears, as `table.column`, for the record of what was done. */
export function columnsOf(category: AnonymisableCategory): string[] {
  if (category === DataCategory.LOCATION_ADDRESS) return LOCATION_COLUMNS.map((column) => `location.${column}`);
  return RULES[category].flatMap(({ table, set }) =>
    Object.keys(set).map((column) =>
      column === "age_band" ? `${table}.date_of_birth→age_band` : `${table}.${column}`,
    ),
  );
}

/** Rows changed per concern. */
export type RowsByConcern = Map<string, number>;

function count(into: RowsByConcern, rows: Array<{ concern_id: string }>) {
  for (const { concern_id } of rows) into.set(concern_id, (into.get(concern_id) ?? 0) + 1);
}

async function allowRedaction(manager: EntityManager) {
  await manager.query(`SELECT set_config('cases.anonymising', 'on', true)`);
}

/**
 * Anonymises `category` in the given concerns (all in one partnership), inside the caller's
 * transaction: clears the columns, marks the rows and the concerns, and blanks the values the
 * concerns' history recorded for fields of the category. Rows already anonymised for it are left
 * alone, so a second call changes nothing. Premises are cleared only once no concern still keeping
 * its addresses points at them. Returns the rows changed per concern.
 */
export async function anonymiseConcerns(
  manager: EntityManager,
  concernIds: readonly string[],
  category: AnonymisableCategory,
  now: Date,
): Promise<RowsByConcern> {
  const rows: RowsByConcern = new Map();
  if (concernIds.length === 0) return rows;
  const ids = [...concernIds];
  for (const rule of RULES[category]) {
    const sets = Object.entries(rule.set).map(([column, value]) => `${column} = ${value}`);
    const marks = rule.marked
      ? [`anonymised_at = $3`, `anonymised_categories = array_append(anonymised_categories, $2)`]
      : [];
    const unmarked = rule.marked
      ? `AND NOT ($2 = ANY (anonymised_categories))`
      : `AND (${Object.keys(rule.set)
          .map((column) => `${column} IS NOT NULL`)
          .join(" OR ")})`;
    const params = rule.marked ? [ids, category, now] : [ids];
    const [changed]: [Array<{ concern_id: string }>, number] = await manager.query(
      `UPDATE ${rule.table} SET ${[...sets, ...marks].join(", ")}
        WHERE ${rule.concernColumn} = ANY ($1::uuid[]) ${unmarked}
        RETURNING ${rule.concernColumn} AS concern_id`,
      params,
    );
    if (rule.table !== "concern") count(rows, changed);
  }
  if (category === DataCategory.LOCATION_ADDRESS) count(rows, await anonymisePremises(manager, ids, now));
  await manager.query(
    `UPDATE concern SET anonymised_at = $3, anonymised_categories = array_append(anonymised_categories, $2)
      WHERE id = ANY ($1::uuid[]) AND NOT ($2 = ANY (anonymised_categories))`,
    [ids, category, now],
  );
  count(rows, await redactHistory(manager, ids, category, null));
  return rows;
}

/**
 * Premises of these concerns (theirs, and those they visited) whose every concern has reached the
 * end of its addresses: these concerns, or concerns already anonymised for LOCATION_ADDRESS.
 */
async function anonymisePremises(
  manager: EntityManager,
  ids: string[],
  now: Date,
): Promise<Array<{ concern_id: string }>> {
  const category = DataCategory.LOCATION_ADDRESS;
  // A data-modifying WITH answers as the SELECT it ends with: its rows, not [rows, count].
  return manager.query(
    `WITH used AS (
       SELECT location_id, id AS concern_id FROM concern
       UNION SELECT location_id, concern_id FROM disruption_visit),
     mine AS (SELECT DISTINCT location_id FROM used WHERE concern_id = ANY ($1::uuid[])),
     free AS (
       SELECT m.location_id FROM mine m
        WHERE NOT EXISTS (
          SELECT 1 FROM used u JOIN concern c ON c.id = u.concern_id
           WHERE u.location_id = m.location_id AND NOT (c.id = ANY ($1::uuid[])) AND NOT ($2 = ANY (c.anonymised_categories)))),
     cleared AS (
       UPDATE location l SET ${LOCATION_COLUMNS.map((column) => `${column} = NULL`).join(", ")},
              anonymised_at = $3, anonymised_categories = array_append(l.anonymised_categories, $2)
         FROM free f WHERE l.id = f.location_id AND NOT ($2 = ANY (l.anonymised_categories))
        RETURNING l.id)
     SELECT (SELECT u.concern_id FROM used u WHERE u.location_id = cleared.id AND u.concern_id = ANY ($1::uuid[]) LIMIT 1) AS concern_id
       FROM cleared`,
    [ids, category, now],
  );
}

/**
 * Blanks the old and new values recorded in the concerns' history for fields of `category` (only
 * those of one person's fields when `person` is given), keeping who changed what and when.
 */
export async function redactHistory(
  manager: EntityManager,
  concernIds: readonly string[],
  category: DataCategory,
  person: string | null,
): Promise<Array<{ concern_id: string }>> {
  await allowRedaction(manager);
  const matches = `e->>'category' = $2 AND ($3::text IS NULL OR starts_with(e->>'field', $3::text))`;
  const [changed]: [Array<{ concern_id: string }>, number] = await manager.query(
    `UPDATE concern_change SET changes = (
       SELECT jsonb_agg(CASE WHEN ${matches} THEN e || '{"old": null, "new": null, "anonymised": true}'::jsonb ELSE e END ORDER BY n)
         FROM jsonb_array_elements(changes) WITH ORDINALITY AS x(e, n))
      WHERE concern_id = ANY ($1::uuid[])
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(changes) AS y(e)
                     WHERE ${matches} AND (e->'old' <> 'null'::jsonb OR e->'new' <> 'null'::jsonb))
      RETURNING concern_id`,
    [[...concernIds], category, person ? `people[${person}].` : null],
  );
  return changed;
}

/**
 * Anonymises `categories` of one person's record (an erasure), inside the caller's transaction:
 * the same columns retention clears for a victim, the person's row marked, their fields blanked in
 * the concern's history. Returns the columns cleared.
 */
export async function anonymisePerson(
  manager: EntityManager,
  person: { id: string; concernId: string },
  categories: readonly AnonymisableCategory[],
  now: Date,
): Promise<string[]> {
  const cleared: string[] = [];
  for (const category of categories) {
    for (const rule of RULES[category].filter(({ table }) => table === "potential_victim")) {
      const sets = Object.entries(rule.set).map(([column, value]) => `${column} = ${value}`);
      await manager.query(
        `UPDATE potential_victim SET ${sets.join(", ")}, anonymised_at = $3,
                anonymised_categories = array_append(anonymised_categories, $2)
          WHERE id = $1 AND NOT ($2 = ANY (anonymised_categories))`,
        [person.id, category, now],
      );
    }
    cleared.push(...columnsOf(category));
    await redactHistory(manager, [person.concernId], category, person.id);
  }
  return cleared;
}
