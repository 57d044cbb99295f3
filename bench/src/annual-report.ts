import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { DemoIdentityProvider, demoIssuer, type DemoUser } from "@partnership/gateway";
import { demoUser, launchPlatform } from "@partnership/platform";
import { createLogger, demoPartnershipId, type KeyPair, Role, systemClock } from "@partnership/runtime";
import { apiSchemaOf, SUPERGRAPH_PATH } from "@partnership/schema";
import { Client } from "pg";
import type { Period } from "./statistics.js";
import { quantile } from "./quantile.js";

/** The partnership fields an annual report is made of: every subgraph's figures. */
const REPORT_FIELDS = [
  "caseStatistics",
  "trainingStatistics",
  "procurementStatistics",
  "actionPlanSummary",
  "meetingAttendance",
  "maturityComparison",
];

/** A figure's records (an agency, an area, an action) are named, not read in full. */
const NAMING_FIELDS = new Set(["id", "name", "shortName", "title"]);

/** The year the concurrent users report on: a financial year inside the large seed's 2010–2018. */
export const REPORT_YEAR: Period = { from: "2016-04-01", to: "2017-03-31" };

/** How many users ask for the whole report at the same time. */
export const CONCURRENT_USERS = 10;

/**
 * The connections one request of the cases subgraph may hold at once for its figures, as
 * docs/operations.md states ("When PostgreSQL fails"): every figure is counted on one read
 * connection (loaders naming the figures' areas and agencies may take another for a moment).
 */
export const COUNTING_CONNECTIONS_PER_REQUEST = 1;

/** The cases subgraph's pool in this stage: twice the users, so the pool is not what bounds them. */
const POOL_SIZE = 2 * CONCURRENT_USERS;

/** Whose annual report is asked for, by whom: the demo's Sandwell, by its council's coordinator (granted every figure), unless told. */
export interface ReportTarget {
  partnershipId: string;
  user: DemoUser;
  /** Sent with every request: the partnership a caller in several acts in (x-partnership-id). */
  headers: Record<string, string>;
}

const SANDWELL_REPORT: ReportTarget = {
  partnershipId: demoPartnershipId("SANDWELL"),
  user: demoUser("SMBC", [Role.COORDINATOR]),
  headers: {},
};

/**
 * Every figure of every subgraph for a partnership and a period, generated from the API schema so
 * that a figure added later is in the report without editing it. A field with a required argument
 * other than the period is left out; a record a figure is about is named by its id and name.
 */
export function annualReportQuery(supergraphSdl = readFileSync(SUPERGRAPH_PATH, "utf8")): string {
  const schema = buildSchema(apiSchemaOf(supergraphSdl));
  const partnership = schema.getType("Partnership") as GraphQLObjectType;
  // A figure holds its previous period's figure, of its own type: that once, not the year before too.
  const selection = (type: GraphQLObjectType, path: GraphQLObjectType[]): string => {
    const fields = Object.values(type.getFields()).filter(
      (field) =>
        field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined) &&
        (path.length === 0 || !("id" in type.getFields()) || NAMING_FIELDS.has(field.name)),
    );
    return fields
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return field.name;
        if (isObjectType(named) && path.length < 3 && !path.includes(named))
          return `${field.name} { ${selection(named, [...path, type])} }`;
        return "";
      })
      .filter(Boolean)
      .join(" ");
  };
  const argumentsOf = (field: GraphQLField<unknown, unknown>) => {
    const given = field.args
      .filter((arg) => ["from", "to", "asOf"].includes(arg.name))
      .map((arg) => `${arg.name}: ${arg.name === "asOf" ? "$to" : `$${arg.name}`}`);
    return given.length ? `(${given.join(", ")})` : "";
  };
  const parts = REPORT_FIELDS.map((name) => {
    const field = partnership.getFields()[name];
    if (!field) throw new Error(`Partnership.${name} is not in the API schema`);
    return `${name}${argumentsOf(field)} { ${selection(getNamedType(field.type) as GraphQLObjectType, [])} }`;
  });
  return `query AnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!) { partnership(id: $id) { name ${parts.join(" ")} } }`;
}

/** Ten users asking for the whole annual report at once, through the gateway, on the large seed. */
export interface AnnualReportMeasurement {
  period: Period;
  users: number;
  rounds: number;
  /** Milliseconds per report. */
  p50: number;
  p99: number;
  /** Milliseconds per report, one user asking alone. */
  aloneP50: number;
  failures: number;
  /** The first failure's reason, when any. */
  firstFailure: string | null;
  /** Figures (leaf values) in one answer. */
  values: number;
  /** The most connections the cases subgraph had in use at once (pg_stat_activity, sampled every 10 ms), the users asking together. */
  connections: ConnectionsInUse;
  /** The same, one user asking alone. */
  connectionsAlone: ConnectionsInUse;
  /** The cases subgraph's pool, larger than the bound so that the bound measured is the requests' own. */
  poolSize: number;
}

const countValues = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + countValues(item), 0)
    : value && typeof value === "object"
      ? Object.values(value).reduce((sum: number, item) => sum + countValues(item), 0)
      : 1;

/**
 * The whole platform in this process on a database `npm run seed:large` filled (the other
 * subgraphs' demo data added), `CONCURRENT_USERS` users each asking for the annual report of
 * {@link REPORT_YEAR} `rounds` times, while the cases subgraph's connections in use are sampled.
 */
export async function measureAnnualReports(
  databaseUrl: string,
  keys: { users: KeyPair; callerContext: KeyPair },
  issuer: string,
  rounds: number,
  target: ReportTarget = SANDWELL_REPORT,
): Promise<AnnualReportMeasurement> {
  const platform = await launchPlatform({
    databaseUrl,
    gatewayPort: 0,
    subgraphBasePort: 0,
    production: true,
    poolSize: POOL_SIZE,
    seedDemo: true,
    clock: systemClock,
    keys,
    trustedIssuers: [demoIssuer(keys.users.publicJwk, issuer)],
    hardening: { rateLimitRequests: 1_000_000, rateLimitWindowSeconds: 1, ipRateLimitRequests: 0 },
    logger: createLogger("bench-annual-report", "error"),
  });
  const watcher = new Client({ connectionString: databaseUrl });
  await watcher.connect();
  try {
    const idp = await DemoIdentityProvider.fromJwk(keys.users.privateJwk, undefined, issuer);
    const authorization = `Bearer ${await idp.issue(target.user)}`;
    const body = JSON.stringify({
      query: annualReportQuery(),
      variables: { id: target.partnershipId, ...REPORT_YEAR },
    });
    let values = 0;
    const report = async () => {
      const started = performance.now();
      const response = await fetch(platform.gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization, ...target.headers },
        body,
      });
      const answer = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      if (!response.ok || answer.errors?.length)
        throw new Error(`${response.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 300)}`);
      values = countValues(answer.data);
      return performance.now() - started;
    };
    await report();
    const aloneTimes: number[] = [];
    const alone = await watched(watcher, async () => {
      for (let i = 0; i < rounds; i++) aloneTimes.push(await report());
    });
    const times: number[] = [];
    const failures: string[] = [];
    const together = await watched(watcher, async () => {
      for (let round = 0; round < rounds; round++) {
        const answers = await Promise.allSettled(Array.from({ length: CONCURRENT_USERS }, report));
        for (const answer of answers) {
          if (answer.status === "fulfilled") times.push(answer.value);
          else failures.push(answer.reason instanceof Error ? answer.reason.message : String(answer.reason));
        }
      }
    });
    return {
      period: REPORT_YEAR,
      users: CONCURRENT_USERS,
      rounds,
      p50: quantile(times, 0.5),
      p99: quantile(times, 0.99),
      aloneP50: quantile(aloneTimes, 0.5),
      failures: failures.length,
      firstFailure: failures[0] ?? null,
      values,
      connections: together,
      connectionsAlone: alone,
      poolSize: POOL_SIZE,
    };
  } finally {
    await watcher.end();
    await platform.stop();
  }
}

/** What one sample of the cases subgraph's connections found. */
export interface ConnectionsInUse {
  /** Counting figures: in a statistics snapshot (a count running, or the transaction open between counts). */
  counting: number;
  /** In use for anything (a loader naming an area, the audit trail's writes). */
  all: number;
}

/**
 * Runs `during` while sampling the cases subgraph's connections (client backends only: a parallel
 * query's workers share its application name); the most seen at once.
 */
async function watched(watcher: Client, during: () => Promise<void>): Promise<ConnectionsInUse> {
  const peak: ConnectionsInUse = { counting: 0, all: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await watcher.query<ConnectionsInUse>(
        `SELECT count(*) FILTER (WHERE query LIKE '%count(*)%' OR query LIKE 'START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY%')::int AS counting,
                count(*)::int AS "all"
           FROM pg_stat_activity
          WHERE application_name = 'partnership-cases' AND backend_type = 'client backend' AND state <> 'idle'`,
      );
      peak.counting = Math.max(peak.counting, rows[0]!.counting);
      peak.all = Math.max(peak.all, rows[0]!.all);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    await during();
  } finally {
    sampling = false;
    await sampler;
  }
  return peak;
}
