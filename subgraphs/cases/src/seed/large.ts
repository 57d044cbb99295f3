import { randomBytes } from "node:crypto";
import { demoAgencyId, demoPartnershipId } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  AreaKind,
  ConcernSource,
  ExploitationType,
  InterventionType,
  LocationType,
  SANDWELL_AREA_NAMES,
  Town,
} from "../entities/enums.js";

export interface LargeSeedOptions {
  concerns: number;
  people: number;
  /** Adds to a schema that already holds casework; refused otherwise, so nothing is mixed silently. */
  append: boolean;
  /** Rows per INSERT … SELECT, so progress shows and no statement runs for minutes. */
  batch?: number;
  progress?: (line: string) => void;
  /** The partnership the casework belongs to; Sandwell's when not given. */
  partnershipId?: string;
}

const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]::text[]`;
const TYPES = list(Object.values(LocationType));
const SOURCES = list(Object.values(ConcernSource));
const KINDS = list(Object.values(ExploitationType));
const NATIONALITIES = list(["Romanian", "Polish", "Indian", "Albanian", "British", "Vietnamese", "Chinese", "Unknown"]);
const INTERVENTIONS = list(Object.values(InterventionType));
/** Spread over 2010–2018, so the demo year's figures stay as they are. */
const DAYS = 3287;
const FIRST_DAY = "2010-01-01";

/**
 * Fills the cases schema with a large synthetic partnership for benchmarks: set-based
 * `INSERT … SELECT FROM generate_series` with ids derived from the row number, so rows can point
 * at each other without lookups. Outside `npm test`.
 */
export async function seedLarge(dataSource: DataSource, options: LargeSeedOptions): Promise<Record<string, number>> {
  const say = options.progress ?? (() => {});
  const [{ existing }] = await dataSource.query(`SELECT count(*)::int AS existing FROM concern`);
  if (existing > 500 && !options.append)
    throw new Error(
      `the cases schema already holds ${existing} concerns; run against an empty database, or pass --append to add to it`,
    );
  const n = options.concerns;
  const m = options.people;
  const locations = Math.max(1, Math.floor(n / 2));
  const visits = Math.floor(n * 0.4);
  const batch = options.batch ?? 50_000;
  const run = options.append ? `${randomBytes(4).toString("hex")}-` : "";
  const id = (kind: string, expression: string) => `md5('${run}${kind}' || (${expression}))::uuid`;
  const receivedOn = (concern: string) => `(date '${FIRST_DAY}' + ((${concern}) * ${DAYS} / ${n})::int)`;
  const lead = [demoAgencyId("WMP"), demoAgencyId("SMBC")];
  const agencies = ["WMP", "SMBC", "GLAA", "HMRC", "IE", "WMFS", "HFJ", "SALV"].map(demoAgencyId);
  const agencyList = `ARRAY[${agencies.map((a) => `'${a}'`).join(",")}]::uuid[]`;
  const timings: Record<string, number> = {};
  const partnershipId = options.partnershipId ?? demoPartnershipId("SANDWELL");
  const partnership = `'${partnershipId}'::uuid`;
  // Premises spread over six towns of the partnership (Sandwell's names; added where missing).
  const towns = Object.values(Town).filter((town) => town !== Town.OUTSIDE_SANDWELL);
  for (const town of towns)
    await dataSource.query(
      `INSERT INTO area (partnership_id, name, kind) VALUES ($1, $2, $3) ON CONFLICT (partnership_id, lower(name)) DO NOTHING`,
      [partnershipId, SANDWELL_AREA_NAMES[town], AreaKind.TOWN],
    );
  const areaRows: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM area WHERE partnership_id = $1 AND name = ANY ($2::text[]) ORDER BY name`,
    [partnershipId, towns.map((town) => SANDWELL_AREA_NAMES[town])],
  );
  const AREAS = `ARRAY[${areaRows.map((row) => `'${row.id}'`).join(",")}]::uuid[]`;

  const fill = async (table: string, total: number, sql: (from: number, to: number) => string) => {
    const started = performance.now();
    for (let from = 1; from <= total; from += batch) {
      const to = Math.min(total, from + batch - 1);
      await dataSource.query(sql(from, to));
      say(`${table}: ${to.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")}`);
    }
    timings[table] = performance.now() - started;
  };

  await fill(
    "location",
    locations,
    (from, to) => `INSERT INTO location (id, partnership_id, type, area_id, ward, address, postcode, company_number)
      SELECT ${id("l", "i")}, ${partnership}, (${TYPES})[1 + i % ${Object.values(LocationType).length}],
             (${AREAS})[1 + i % 6], 'Ward ' || (i % 24), i || ' Seeded Street', 'B70 ' || (i % 9 + 1) || 'AB',
             CASE WHEN i % 100 = 0 THEN lpad((80000000 + i % 500)::text, 8, '0') END
      FROM generate_series(${from}, ${to}) AS i`,
  );
  await fill(
    "concern",
    n,
    (
      from,
      to,
    ) => `INSERT INTO concern (id, partnership_id, reference, received_on, source, referring_agency_id, exploitation_types, status,
        response_level, lead_agency_id, participating_agency_ids, location_id, intelligence_summary, outcome, closed_on)
      SELECT ${id("c", "i")}, ${partnership}, 'SEED-${run}' || i, ${receivedOn("i")}, (${SOURCES})[1 + i % 8],
             CASE WHEN i % 3 = 0 THEN (${agencyList})[1 + i % 8] END,
             ARRAY[(${KINDS})[1 + i % 5]] || CASE WHEN i % 7 = 0 THEN ARRAY['CRIMINAL'] ELSE '{}'::text[] END,
             CASE WHEN i % 10 = 0 THEN 'ACTIVE' ELSE 'CLOSED' END, 'JOINT_MULTI_AGENCY',
             CASE WHEN i % 2 = 0 THEN '${lead[0]}'::uuid ELSE '${lead[1]}'::uuid END,
             ARRAY[(${agencyList})[1 + i % 8], (${agencyList})[1 + (i + 3) % 8]],
             ${id("l", `1 + i % ${locations}`)}, 'Seeded concern ' || i,
             CASE WHEN i % 10 <> 0 THEN 'Closed after the partnership''s response' END,
             CASE WHEN i % 10 <> 0 THEN ${receivedOn("i")} + 30 END
      FROM generate_series(${from}, ${to}) AS i`,
  );
  await fill(
    "disruption_visit",
    visits,
    (from, to) => `INSERT INTO disruption_visit (id, concern_id, location_id, visited_on, agency_ids)
      SELECT ${id("v", "k")}, ${id("c", `1 + (k * 5 / 2) % ${n}`)}, ${id("l", `1 + ((1 + (k * 5 / 2) % ${n}) % ${locations})`)},
             ${receivedOn(`1 + (k * 5 / 2) % ${n}`)} + 10, ARRAY[(${agencyList})[1 + k % 8], (${agencyList})[1 + (k + 5) % 8]]
      FROM generate_series(${from}, ${to}) AS k`,
  );
  await fill(
    "potential_victim",
    m,
    (from, to) => `INSERT INTO potential_victim (id, concern_id, visit_id, screened_on, age_group, gender, nationality,
        exploitation_type, exploitation_types, outcome)
      SELECT ${id("p", "j")}, ${id("c", `1 + j % ${n}`)}, NULL, ${receivedOn(`1 + j % ${n}`)} + j % 7,
             CASE WHEN j % 20 = 0 THEN 'MINOR' WHEN j % 97 = 0 THEN 'UNKNOWN' ELSE 'ADULT' END,
             CASE WHEN j % 8 < 5 THEN 'MALE' ELSE 'FEMALE' END,
             CASE WHEN j % 3 = 0 THEN NULL ELSE (${NATIONALITIES})[1 + j % 8] END,
             (${KINDS})[1 + j % 5], ARRAY[(${KINDS})[1 + j % 5]], 'SAFEGUARDED'
      FROM generate_series(${from}, ${to}) AS j`,
  );
  await fill(
    "nrm_referral",
    Math.floor(m / 10),
    (
      from,
      to,
    ) => `INSERT INTO nrm_referral (id, victim_id, concern_id, referred_on, referring_agency_id, referrer_email,
        consent_given, minor, age_group, reasonable_grounds, reasonable_grounds_on)
      SELECT ${id("n", "r")}, ${id("p", "r * 10")}, ${id("c", `1 + (r * 10) % ${n}`)}, ${receivedOn(`1 + (r * 10) % ${n}`)} + 8,
             (${agencyList})[1 + r % 8], 'seeded.referrer@example.org',
             CASE WHEN (r * 10) % 20 = 0 OR (r * 10) % 97 = 0 THEN NULL ELSE true END,
             (r * 10) % 20 = 0 OR (r * 10) % 97 = 0,
             CASE WHEN (r * 10) % 20 = 0 THEN 'MINOR' WHEN (r * 10) % 97 = 0 THEN 'UNKNOWN' ELSE 'ADULT' END,
             CASE WHEN r % 3 = 0 THEN 'POSITIVE' ELSE 'PENDING' END,
             CASE WHEN r % 3 = 0 THEN ${receivedOn(`1 + (r * 10) % ${n}`)} + 20 END
      FROM generate_series(${from}, ${to}) AS r`,
  );
  await fill(
    "duty_to_notify",
    Math.floor(m / 20),
    (from, to) => `INSERT INTO duty_to_notify (id, victim_id, concern_id, reported_on, reporting_agency_id)
      SELECT ${id("d", "r")}, ${id("p", "(r - 1) * 20 + 5")}, ${id("c", `1 + ((r - 1) * 20 + 5) % ${n}`)},
             ${receivedOn(`1 + ((r - 1) * 20 + 5) % ${n}`)} + 9, '${lead[1]}'::uuid
      FROM generate_series(${from}, ${to}) AS r`,
  );
  await fill(
    "intervention",
    visits * 3,
    (from, to) => `INSERT INTO intervention (id, concern_id, visit_id, agency_id, type, carried_out_on)
      SELECT ${id("i", "x")}, ${id("c", `1 + (((x + 2) / 3) * 5 / 2) % ${n}`)}, ${id("v", "(x + 2) / 3")},
             (${agencyList})[1 + x % 8], (${INTERVENTIONS})[1 + x % ${Object.values(InterventionType).length}],
             ${receivedOn(`1 + (((x + 2) / 3) * 5 / 2) % ${n}`)} + 10
      FROM generate_series(${from}, ${to}) AS x`,
  );
  await fill(
    "prevention_order",
    Math.max(1, Math.floor(n / 1000)),
    (from, to) => `INSERT INTO prevention_order (id, concern_id, kind, subject, granted_on, expires_on)
      SELECT ${id("o", "k")}, ${id("c", `1 + (k * 997) % ${n}`)}, CASE WHEN k % 2 = 0 THEN 'STRO' ELSE 'STPO' END,
             'Seeded subject ' || k, ${receivedOn(`1 + (k * 997) % ${n}`)} + 60, ${receivedOn(`1 + (k * 997) % ${n}`)} + 790
      FROM generate_series(${from}, ${to}) AS k`,
  );
  const started = performance.now();
  await dataSource.query("ANALYZE");
  timings.analyze = performance.now() - started;
  return timings;
}
