import { createHash, randomBytes } from "node:crypto";
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

/** A partnership the large seed fills, with the towns and agencies its casework names. */
export interface LargePartnership {
  id: string;
  /** Starts its concerns' references, so they read as its own. */
  referencePrefix: string;
  /** Its towns, premises spread over them (added where missing); every partnership of one seed names as many. */
  areaNames: readonly string[];
  /** The two agencies that lead its concerns in turn. */
  leadAgencyIds: readonly [string, string];
  /** The agencies that refer, take part, intervene and refer to the NRM in its casework: {@link AGENCIES_PER_PARTNERSHIP}. */
  agencyIds: readonly string[];
}

/** As many agencies per partnership as the single-partnership seed has always named. */
export const AGENCIES_PER_PARTNERSHIP = 8;

export interface LargeSeedOptions {
  /** Whose casework: Sandwell alone ({@link SANDWELL_LARGE}) when not given. */
  partnerships?: readonly LargePartnership[];
  /** Concerns of each partnership. */
  concerns: number;
  /** People screened in each partnership. */
  people: number;
  /** Adds to a schema that already holds casework; refused otherwise, so nothing is mixed silently. */
  append: boolean;
  /** Rows per INSERT … SELECT, so progress shows and no statement runs for minutes. */
  batch?: number;
  progress?: (line: string) => void;
}

/** The seed's first shape: Sandwell's casework, led by the police and the council, in its six towns. */
export const SANDWELL_LARGE: LargePartnership = {
  id: demoPartnershipId("SANDWELL"),
  referencePrefix: "SEED",
  areaNames: Object.values(Town)
    .filter((town) => town !== Town.OUTSIDE_SANDWELL)
    .map((town) => SANDWELL_AREA_NAMES[town]),
  leadAgencyIds: [demoAgencyId("WMP"), demoAgencyId("SMBC")],
  agencyIds: ["WMP", "SMBC", "GLAA", "HMRC", "IE", "WMFS", "HFJ", "SALV"].map(demoAgencyId),
};

/** The first 17 hex digits of a row's id (a version-4, RFC 4122 variant layout); its number in the partnership follows. */
function idPrefix(kind: string, partnershipId: string): string {
  const hash = createHash("md5").update(`${kind} ${partnershipId}`).digest("hex");
  return `${hash.slice(0, 12)}4${hash.slice(13, 16)}8`;
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
 * Fills the cases schema with large synthetic partnerships for benchmarks: set-based
 * `INSERT … SELECT FROM generate_series` over every partnership at once, with ids derived from the
 * partnership and the row's number within it, so rows can point at each other without lookups and
 * a partnership's rows are the same whichever others are seeded with it. Outside `npm test`.
 */
export async function seedLarge(dataSource: DataSource, options: LargeSeedOptions): Promise<Record<string, number>> {
  const say = options.progress ?? (() => {});
  const partnerships = options.partnerships ?? [SANDWELL_LARGE];
  const townCount = partnerships[0]!.areaNames.length;
  if (partnerships.some((p) => p.areaNames.length !== townCount || p.agencyIds.length !== AGENCIES_PER_PARTNERSHIP))
    throw new Error(`every partnership names ${townCount} towns and ${AGENCIES_PER_PARTNERSHIP} agencies`);
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
  const timings: Record<string, number> = {};

  let started = performance.now();
  const towns = partnerships.flatMap((p) => p.areaNames.map((name) => [p.id, name]));
  await dataSource.query(
    `INSERT INTO area (partnership_id, name, kind)
     SELECT t.partnership_id, t.name, $3 FROM unnest($1::uuid[], $2::text[]) AS t(partnership_id, name)
     ON CONFLICT (partnership_id, lower(name)) DO NOTHING`,
    [towns.map(([id]) => id), towns.map(([, name]) => name), AreaKind.TOWN],
  );
  const areaRows: Array<{ partnership_id: string; name: string; id: string }> = await dataSource.query(
    `SELECT partnership_id, name, id FROM area WHERE partnership_id = ANY ($1::uuid[])`,
    [partnerships.map((p) => p.id)],
  );
  const areaOf = new Map(areaRows.map((row) => [`${row.partnership_id} ${row.name}`, row.id]));
  // Per partnership, as array constants (`p` indexes them): uuids and prefixes need no quoting.
  const constant = (rows: ReadonlyArray<string | readonly string[]>, type: string) =>
    `'{${rows.map((row) => (typeof row === "string" ? row : `{${row.join(",")}}`)).join(",")}}'::${type}[]`;
  const PARTNERSHIP = `(${constant(
    partnerships.map((p) => p.id),
    "uuid",
  )})[p]`;
  const AREAS = constant(
    partnerships.map((p) => p.areaNames.map((name) => areaOf.get(`${p.id} ${name}`)!)),
    "uuid",
  );
  const AGENCIES = constant(
    partnerships.map((p) => p.agencyIds),
    "uuid",
  );
  const LEADS = constant(
    partnerships.map((p) => p.leadAgencyIds),
    "uuid",
  );
  const PREFIX = `(${constant(
    partnerships.map((p) => p.referencePrefix),
    "text",
  )})[p]`;
  timings.area = performance.now() - started;
  // `p` is the partnership's place in the list (from 1); `i` the row's number within the partnership.
  // An id is a prefix of the partnership and kind of row, then the row's number: each index on ids
  // grows at a hundred ends, not at random pages (4,000,000 people took nine minutes with md5 ids).
  const id = (kind: string, expression: string) =>
    `((${constant(
      partnerships.map((p) => idPrefix(`${run}${kind}`, p.id)),
      "text",
    )})[p] || lpad(to_hex(${expression}), 15, '0'))::uuid`;
  const receivedOn = (concern: string) => `(date '${FIRST_DAY}' + ((${concern}) * ${DAYS} / ${n})::int)`;
  const agency = (expression: string) => `(${AGENCIES})[p][1 + (${expression}) % ${AGENCIES_PER_PARTNERSHIP}]`;

  /** `each` rows per partnership, numbered `i` from 1 within partnership `p`, in batches over all of them. */
  const fill = async (table: string, each: number, select: string) => {
    const total = each * partnerships.length;
    const begun = performance.now();
    for (let from = 1; from <= total; from += batch) {
      const to = Math.min(total, from + batch - 1);
      await dataSource.query(
        select.replace(
          "FROM rows",
          `FROM generate_series(${from}, ${to}) AS g CROSS JOIN LATERAL (SELECT (g - 1) / ${each} + 1 AS p, (g - 1) % ${each} + 1 AS i) AS r`,
        ),
      );
      say(`${table}: ${to.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")}`);
    }
    timings[table] = performance.now() - begun;
  };

  await fill(
    "location",
    locations,
    `INSERT INTO location (id, partnership_id, type, area_id, ward, address, postcode, company_number)
      SELECT ${id("l", "i")}, ${PARTNERSHIP}, (${TYPES})[1 + i % ${Object.values(LocationType).length}],
             (${AREAS})[p][1 + i % ${townCount}], 'Ward ' || (i % 24), i || ' Seeded Street', 'B70 ' || (i % 9 + 1) || 'AB',
             CASE WHEN i % 100 = 0 THEN lpad((80000000 + i % 500)::text, 8, '0') END
      FROM rows`,
  );
  await fill(
    "concern",
    n,
    `INSERT INTO concern (id, partnership_id, reference, received_on, source, referring_agency_id, exploitation_types, status,
        response_level, lead_agency_id, participating_agency_ids, location_id, intelligence_summary, outcome, closed_on)
      SELECT ${id("c", "i")}, ${PARTNERSHIP}, ${PREFIX} || '-SEED-${run}' || i, ${receivedOn("i")}, (${SOURCES})[1 + i % 8],
             CASE WHEN i % 3 = 0 THEN ${agency("i")} END,
             ARRAY[(${KINDS})[1 + i % 5]] || CASE WHEN i % 7 = 0 THEN ARRAY['CRIMINAL'] ELSE '{}'::text[] END,
             CASE WHEN i % 10 = 0 THEN 'ACTIVE' ELSE 'CLOSED' END, 'JOINT_MULTI_AGENCY',
             (${LEADS})[p][1 + i % 2],
             ARRAY[${agency("i")}, ${agency("i + 3")}],
             ${id("l", `1 + i % ${locations}`)}, 'Seeded concern ' || i,
             CASE WHEN i % 10 <> 0 THEN 'Closed after the partnership''s response' END,
             CASE WHEN i % 10 <> 0 THEN ${receivedOn("i")} + 30 END
      FROM rows`,
  );
  await fill(
    "disruption_visit",
    visits,
    `INSERT INTO disruption_visit (id, concern_id, location_id, visited_on, agency_ids)
      SELECT ${id("v", "i")}, ${id("c", `1 + (i * 5 / 2) % ${n}`)}, ${id("l", `1 + ((1 + (i * 5 / 2) % ${n}) % ${locations})`)},
             ${receivedOn(`1 + (i * 5 / 2) % ${n}`)} + 10, ARRAY[${agency("i")}, ${agency("i + 5")}]
      FROM rows`,
  );
  await fill(
    "potential_victim",
    m,
    `INSERT INTO potential_victim (id, concern_id, visit_id, screened_on, age_group, gender, nationality,
        exploitation_type, exploitation_types, outcome)
      SELECT ${id("p", "i")}, ${id("c", `1 + i % ${n}`)}, NULL, ${receivedOn(`1 + i % ${n}`)} + i % 7,
             CASE WHEN i % 20 = 0 THEN 'MINOR' WHEN i % 97 = 0 THEN 'UNKNOWN' ELSE 'ADULT' END,
             CASE WHEN i % 8 < 5 THEN 'MALE' ELSE 'FEMALE' END,
             CASE WHEN i % 3 = 0 THEN NULL ELSE (${NATIONALITIES})[1 + i % 8] END,
             (${KINDS})[1 + i % 5], ARRAY[(${KINDS})[1 + i % 5]], 'SAFEGUARDED'
      FROM rows`,
  );
  await fill(
    "nrm_referral",
    Math.floor(m / 10),
    `INSERT INTO nrm_referral (id, victim_id, concern_id, referred_on, referring_agency_id, referrer_email,
        consent_given, minor, age_group, reasonable_grounds, reasonable_grounds_on)
      SELECT ${id("n", "i")}, ${id("p", "i * 10")}, ${id("c", `1 + (i * 10) % ${n}`)}, ${receivedOn(`1 + (i * 10) % ${n}`)} + 8,
             ${agency("i")}, 'seeded.referrer@example.org',
             CASE WHEN (i * 10) % 20 = 0 OR (i * 10) % 97 = 0 THEN NULL ELSE true END,
             (i * 10) % 20 = 0 OR (i * 10) % 97 = 0,
             CASE WHEN (i * 10) % 20 = 0 THEN 'MINOR' WHEN (i * 10) % 97 = 0 THEN 'UNKNOWN' ELSE 'ADULT' END,
             CASE WHEN i % 3 = 0 THEN 'POSITIVE' ELSE 'PENDING' END,
             CASE WHEN i % 3 = 0 THEN ${receivedOn(`1 + (i * 10) % ${n}`)} + 20 END
      FROM rows`,
  );
  await fill(
    "duty_to_notify",
    Math.floor(m / 20),
    `INSERT INTO duty_to_notify (id, victim_id, concern_id, reported_on, reporting_agency_id)
      SELECT ${id("d", "i")}, ${id("p", "(i - 1) * 20 + 5")}, ${id("c", `1 + ((i - 1) * 20 + 5) % ${n}`)},
             ${receivedOn(`1 + ((i - 1) * 20 + 5) % ${n}`)} + 9, (${LEADS})[p][2]
      FROM rows`,
  );
  await fill(
    "intervention",
    visits * 3,
    `INSERT INTO intervention (id, concern_id, visit_id, agency_id, type, carried_out_on)
      SELECT ${id("i", "i")}, ${id("c", `1 + (((i + 2) / 3) * 5 / 2) % ${n}`)}, ${id("v", "(i + 2) / 3")},
             ${agency("i")}, (${INTERVENTIONS})[1 + i % ${Object.values(InterventionType).length}],
             ${receivedOn(`1 + (((i + 2) / 3) * 5 / 2) % ${n}`)} + 10
      FROM rows`,
  );
  await fill(
    "prevention_order",
    Math.max(1, Math.floor(n / 1000)),
    `INSERT INTO prevention_order (id, concern_id, kind, subject, granted_on, expires_on)
      SELECT ${id("o", "i")}, ${id("c", `1 + (i * 997) % ${n}`)}, CASE WHEN i % 2 = 0 THEN 'STRO' ELSE 'STPO' END,
             'Seeded subject ' || i, ${receivedOn(`1 + (i * 997) % ${n}`)} + 60, ${receivedOn(`1 + (i * 997) % ${n}`)} + 790
      FROM rows`,
  );
  started = performance.now();
  await dataSource.query("ANALYZE");
  timings.analyze = performance.now() - started;
  return timings;
}
