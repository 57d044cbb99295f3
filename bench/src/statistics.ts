import { performance } from "node:perf_hooks";
import { cases } from "@partnership/cases";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  CallerContextVerifier,
  createLogger,
  DataCategory,
  demoPartnershipId,
  generateEs256KeyPair,
  Role,
  serveSubgraph,
  systemClock,
} from "@partnership/runtime";
import { Client } from "pg";
import { quantile } from "./quantile.js";

/** The period the large seed spreads its concerns over. */
const LARGE_SEED_PERIOD: Period = { from: "2010-01-01", to: "2018-12-31" };

const BREAKDOWNS = [
  "concernsByQuarter",
  "concernsByWard",
  "concernsByLocationType",
  "concernsBySource",
  "concernsByExploitationType",
  "concernsByResponseLevel",
  "peopleScreenedByGender",
  "peopleScreenedByNationality",
  "peopleScreenedByAgeGroup",
  "peopleScreenedByExploitationType",
  "interventionsByType",
  "nrmReferralsByAgeGroup",
  "ordersByKind",
];
const FIGURES = [
  "concerns",
  "peopleScreened",
  "visits",
  "interventions",
  "nrmReferrals",
  "dutyToNotifyReports",
  "arrests",
];
const BY_AGENCY = ["interventionsByAgency", "nrmReferralsByReferringAgency"];
const BY_AREA = ["concernsByArea"];
const QUERY = `query Statistics($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  ${FIGURES.map((f) => `${f} { count }`).join(" ")}
  ${BREAKDOWNS.map((b) => `${b} { key count }`).join(" ")}
  ${BY_AGENCY.map((b) => `${b} { agency { id } count }`).join(" ")}
  ${BY_AREA.map((b) => `${b} { area { id } count }`).join(" ")}
} }`;

/** caseStatistics against the same SQL sent straight to PostgreSQL. */
export interface StatisticsMeasurement {
  /** The partnership's own concerns and people screened. */
  concerns: number;
  people: number;
  /** Every partnership's concerns in the database: the tables its figures are read from. */
  databaseConcerns: number;
  statements: number;
  rounds: number;
  /** Milliseconds, p50 and p95: the GraphQL query over HTTP, and its SQL sent one by one on one connection in one snapshot, as the subgraph sends it. */
  graphql: { p50: number; p95: number };
  sequential: { p50: number; p95: number };
}

/** Runs `during` while recording every statistics statement any pg client sends, to replay them without GraphQL. */
async function captureStatements(during: () => Promise<unknown>): Promise<Array<[string, unknown[]]>> {
  const statements: Array<[string, unknown[]]> = [];
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [text, params] = args as [string | { text: string }, unknown[] | undefined];
    const sql = typeof text === "string" ? text : text?.text;
    if (sql && /count\(\*\)/i.test(sql)) statements.push([sql, params ?? []]);
    return original.apply(this, args);
  };
  try {
    await during();
  } finally {
    prototype.query = original;
  }
  return statements;
}

/** The cases subgraph alone, serving `caseStatistics` to a caller granted every category. */
export interface StatisticsService {
  /** Milliseconds for the whole report of the period, over HTTP. */
  report(period: Period): Promise<number>;
  /** The SQL statements one report of the period sends, with their parameters. */
  statements(period: Period): Promise<Array<[string, unknown[]]>>;
  stop(): Promise<void>;
}

/** Both days included. */
export interface Period {
  from: string;
  to: string;
}

/** Starts the cases subgraph alone on a database, production settings, for the statistics timings of one partnership. */
export async function serveStatistics(
  databaseUrl: string,
  partnershipId = demoPartnershipId("SANDWELL"),
): Promise<StatisticsService> {
  const keys = await generateEs256KeyPair("bench");
  const service = await serveSubgraph(cases, {
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    production: true,
    poolSize: 10,
    logger: createLogger("bench-statistics", "warn"),
    contextVerifier: await CallerContextVerifier.fromJwk(keys.publicJwk),
    clock: systemClock,
  });
  const signer = await CallerContextSigner.fromJwk(keys.privateJwk, 3600);
  const context = await signer.sign({
    userId: "bench",
    agencyId: "00000000-0000-4000-8000-000000000000",
    sector: "POLICE",
    roles: [Role.CASEWORKER],
    grants: Object.fromEntries(Object.values(DataCategory).map((c) => [c, "bench"])),
    // Only writes read the prefix.
    partnership: { id: partnershipId, referencePrefix: "SHOP", memberAgencyIds: [] },
    requestId: "bench",
  });
  const report = async (period: Period) => {
    const started = performance.now();
    const response = await fetch(service.url, {
      method: "POST",
      headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context },
      body: JSON.stringify({ query: QUERY, variables: period }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - started;
  };
  return {
    report,
    statements: async (period) => {
      const captured = await captureStatements(() => report(period));
      if (captured.length === 0) throw new Error("no statistics statements were captured");
      return captured;
    },
    stop: () => service.stop(),
  };
}

/**
 * The cases subgraph's `caseStatistics` for one partnership (every breakdown, the whole period)
 * over HTTP, against the same statements sent straight to PostgreSQL, alternating, on a database
 * `npm run seed:large` filled. Null when the partnership holds fewer than 10,000 concerns.
 */
export async function measureStatistics(
  databaseUrl: string,
  rounds: number,
  partnershipId = demoPartnershipId("SANDWELL"),
): Promise<StatisticsMeasurement | null> {
  const direct = new Client({ connectionString: databaseUrl, options: "-c search_path=cases,public" });
  await direct.connect();
  const service = await serveStatistics(databaseUrl, partnershipId);
  try {
    const [{ concerns, people, databaseConcerns }] = (
      await direct.query(
        `SELECT (SELECT count(*) FROM concern WHERE partnership_id = $1)::int AS concerns,
                (SELECT count(*) FROM potential_victim WHERE partnership_id = $1)::int AS people,
                (SELECT count(*) FROM concern)::int AS "databaseConcerns"`,
        [partnershipId],
      )
    ).rows;
    if (concerns < 10_000) return null;
    const graphql = () => service.report(LARGE_SEED_PERIOD);
    // The statements the resolvers send, captured once from a real request.
    const replay = await service.statements(LARGE_SEED_PERIOD);
    // As the subgraph sends them: one after another, on one connection, in one read-only snapshot.
    const sequential = async () => {
      const started = performance.now();
      await direct.query("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        for (const [sql, params] of replay) await direct.query(sql, params);
      } finally {
        await direct.query("ROLLBACK");
      }
      return performance.now() - started;
    };
    for (let i = 0; i < 2; i++) {
      await graphql();
      await sequential();
    }
    const times = { graphql: [] as number[], sequential: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      times.graphql.push(await graphql());
      times.sequential.push(await sequential());
    }
    const summary = (values: number[]) => ({ p50: quantile(values, 0.5), p95: quantile(values, 0.95) });
    return {
      concerns,
      people,
      databaseConcerns,
      statements: replay.length,
      rounds,
      graphql: summary(times.graphql),
      sequential: summary(times.sequential),
    };
  } finally {
    await service.stop();
    await direct.end();
  }
}
