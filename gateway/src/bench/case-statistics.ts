import { performance } from "node:perf_hooks";
import { cases } from "@partnership/cases";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  CallerContextVerifier,
  createLogger,
  DataCategory,
  generateEs256KeyPair,
  Role,
  serveSubgraph,
} from "@partnership/runtime";
import { Client, Pool } from "pg";

/**
 * `npm run bench:statistics`: the cases subgraph's `caseStatistics` query (every breakdown) over
 * HTTP, against the same SQL statements sent straight to PostgreSQL, on the database
 * `npm run seed:large` filled. Prints median and p95 of each and their ratio.
 */
const URL_ = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PERIOD = { from: "2010-01-01", to: "2018-12-31" };

const BREAKDOWNS = [
  "concernsByQuarter",
  "concernsByTown",
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
const QUERY = `query Statistics($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  ${FIGURES.map((f) => `${f} { count }`).join(" ")}
  ${BREAKDOWNS.map((b) => `${b} { key count }`).join(" ")}
  ${BY_AGENCY.map((b) => `${b} { agency { id } count }`).join(" ")}
} }`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

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

async function main() {
  const keys = await generateEs256KeyPair("bench");
  const logger = createLogger("bench-statistics", "warn");
  const service = await serveSubgraph(cases, {
    databaseUrl: URL_,
    port: 0,
    host: "127.0.0.1",
    production: true,
    poolSize: 10,
    logger,
    contextVerifier: await CallerContextVerifier.fromJwk(keys.publicJwk),
  });
  const signer = await CallerContextSigner.fromJwk(keys.privateJwk, 3600);
  const context = await signer.sign({
    userId: "bench",
    agencyId: "00000000-0000-4000-8000-000000000000",
    sector: "POLICE",
    roles: [Role.CASEWORKER],
    grants: Object.fromEntries(Object.values(DataCategory).map((c) => [c, "bench"])),
    requestId: "bench",
  });
  const direct = new Client({ connectionString: URL_, options: "-c search_path=cases,public" });
  await direct.connect();
  const pool = new Pool({ connectionString: URL_, options: "-c search_path=cases,public", max: 10 });
  try {
    const [{ concerns, people }] = (
      await direct.query(
        "SELECT (SELECT count(*) FROM concern)::int AS concerns, (SELECT count(*) FROM potential_victim)::int AS people",
      )
    ).rows;
    if (concerns < 10_000) {
      console.log(`${URL_} holds ${concerns} concerns: run \`npm run seed:large\` first.`);
      return;
    }
    const graphql = async () => {
      const started = performance.now();
      const response = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context },
        body: JSON.stringify({ query: QUERY, variables: PERIOD }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return performance.now() - started;
    };

    // The statements the resolvers send, captured once from a real request.
    const replay = await captureStatements(graphql);
    if (replay.length === 0) throw new Error("no statistics statements were captured");
    const sequential = async () => {
      const started = performance.now();
      for (const [sql, params] of replay) await direct.query(sql, params);
      return performance.now() - started;
    };
    // As the resolvers run them: all at once, on a pool as large as the subgraph's.
    const parallel = async () => {
      const started = performance.now();
      await Promise.all(replay.map(([sql, params]) => pool.query(sql, params)));
      return performance.now() - started;
    };

    for (let i = 0; i < 2; i++) {
      await graphql();
      await parallel();
      await sequential();
    }
    const times = { graphql: [] as number[], parallel: [] as number[], sequential: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      times.graphql.push(await graphql());
      times.parallel.push(await parallel());
      times.sequential.push(await sequential());
    }
    const row = (name: string, values: number[]) =>
      `${name.padEnd(34)} ${quantile(values, 0.5).toFixed(0).padStart(8)} ${quantile(values, 0.95).toFixed(0).padStart(8)}`;
    console.log(
      `caseStatistics over ${concerns.toLocaleString("en-GB")} concerns and ${people.toLocaleString("en-GB")} people screened`,
    );
    console.log(`${replay.length} statements per query, ${ROUNDS} rounds after 2 warm-ups, alternating`);
    console.log(`${"".padEnd(34)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
    console.log(row("GraphQL (subgraph over HTTP)", times.graphql));
    console.log(row("the same SQL, pool of 10, parallel", times.parallel));
    console.log(row("the same SQL, one connection", times.sequential));
    const ratio = (other: number[]) => (quantile(times.graphql, 0.5) / quantile(other, 0.5)).toFixed(2);
    console.log(
      `GraphQL ÷ raw SQL (p50): ${ratio(times.parallel)} against the pool, ${ratio(times.sequential)} against one connection`,
    );
  } finally {
    await direct.end();
    await pool.end();
    await service.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
