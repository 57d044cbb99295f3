import { DemoIdentityProvider, type DemoUser } from "@partnership/gateway";
import { demoUser } from "@partnership/platform";
import { Role } from "@partnership/runtime";
import { annualReportQuery, REPORT_YEAR, type ReportTarget } from "./annual-report.js";
import { type Keys, launchBenchPlatform, startGatewayProcess, startSubgraphs } from "./bench-platform.js";
import { deployedNodeOptions } from "./deployed.js";
import { quantile } from "./quantile.js";
import { REGION, REGIONAL_POLICE, regionPartnership } from "./region.js";
import { CONCERN_DETAIL, CONCERN_LIST } from "./scenarios.js";
import type { SeededDatabases } from "./seed-cache.js";
import { peakResidentBytes, type ServiceProcess } from "./services.js";
import { serveStatistics } from "./statistics.js";

/** Milliseconds per request, one after another. */
export interface Timing {
  p50: number;
  p99: number;
  samples: number;
}

/** What the many-partnerships stage measured, through the gateway, on the region's seeds. */
export interface RegionalMeasurement {
  partnerships: number;
  concernsPerPartnership: number;
  seedVersion: string;
  /** Seconds each seed took to build in this run; absent when reused. */
  builtSeconds: SeededDatabases["builtSeconds"];
  /** The police's concern list (first 50) in one partnership, and that partnership's fullest concern page. */
  list: Timing;
  detail: Timing;
  /** One partnership's whole annual report, one user alone: on the region, and on a database of that partnership alone. */
  report: Timing;
  reportAlone: Timing;
  /** Every partnership's annual report once, `concurrency` at a time. */
  everyReport: Timing & { concurrency: number; failures: number; firstFailure: string | null };
  /** SQL statements of the concern list of 10 and of 100 rows. */
  listStatements: { small: number; large: number };
  /** caseStatistics for one partnership's year, the cases subgraph alone. */
  statistics: Timing;
  /** Peak RSS, bytes, by service, while the requests above ran; and each one's heap bound (NODE_OPTIONS as deployed). */
  memory: Record<string, number>;
  heapLimits: { gateway: string; subgraph: string };
}

/** How many partnerships' reports are asked for at once in the sweep: a few users of the region. */
export const SWEEP_CONCURRENCY = 4;

const POLICE = demoUser(REGIONAL_POLICE, [Role.CASEWORKER]);

/** The region's first partnership's annual report, asked for by the police (a member of all of them). */
export function regionalReportTarget(n = 1, user: DemoUser = POLICE): ReportTarget {
  const { id } = regionPartnership(n).directory;
  return { partnershipId: id, user, headers: { "x-partnership-id": id } };
}

/** Runs `once` `samples` times one after another, after two warm-ups. */
async function timed(samples: number, once: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), samples };
}

/** Asks a gateway as `token`'s user acting in `partnershipId`; fails on any error in the answer. */
async function ask<T>(
  url: string,
  token: string,
  partnershipId: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "x-partnership-id": partnershipId,
    },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
  // A field a sharing agreement withholds from a record the caller takes no part in is the page as a partner sees it.
  const failed = answer.errors?.filter((error) => error.extensions?.code !== "FORBIDDEN_BY_SHARING_AGREEMENT");
  if (!response.ok || failed?.length || !answer.data)
    throw new Error(`${response.status}: ${JSON.stringify(failed ?? answer).slice(0, 300)}`);
  return answer.data;
}

/** The subgraphs and this gateway, each in its own process with the heap it is deployed with, over one database. */
async function startDeployed(databaseUrl: string, keys: Keys) {
  const subgraphs = await startSubgraphs(databaseUrl, keys, "on");
  const started: ServiceProcess[] = [...subgraphs];
  try {
    const gateway = await startGatewayProcess("platform", subgraphs, keys);
    started.push(gateway);
    return {
      gateway,
      services: started,
      stop: async () => {
        for (const service of started.reverse()) await service.stop();
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.stop();
    throw error;
  }
}

/** SQL statements the concern list of 10 and of 100 rows costs, the platform in this process (it counts them). */
async function listStatements(databaseUrl: string, keys: Keys, issuer: string) {
  const { platform, statementsOf } = await launchBenchPlatform(databaseUrl, keys, issuer, false);
  try {
    const idp = await DemoIdentityProvider.fromJwk(keys.users.privateJwk, undefined, issuer);
    const token = await idp.issue(POLICE);
    const { id } = regionPartnership(1).directory;
    const cost = (first: number) => statementsOf(() => ask(platform.gateway.url, token, id, CONCERN_LIST, { first }));
    return { small: await cost(10), large: await cost(100) };
  } finally {
    await platform.stop();
  }
}

/**
 * The many-partnerships stage: on the region's database, the police's concern list and a concern
 * page in its first partnership, that partnership's annual report (and the same report on a
 * database of that partnership alone), every partnership's report once, the concern list's SQL
 * statements, caseStatistics for one partnership's year, and each service's peak memory.
 */
export async function measureRegion(
  seeded: SeededDatabases,
  keys: Keys,
  issuer: string,
  rounds: number,
  log: (line: string) => void,
): Promise<RegionalMeasurement> {
  const first = regionPartnership(1).directory.id;
  log("region: the concern list's SQL statements, 10 and 100 rows");
  const statements = await listStatements(seeded.regional, keys, issuer);

  log("region: caseStatistics for one partnership's year");
  const statisticsService = await serveStatistics(seeded.regional, first);
  const statistics = await timed(4 * rounds, () => statisticsService.report(REPORT_YEAR)).finally(() =>
    statisticsService.stop(),
  );

  // The gateway in each process trusts the demo identity provider's issuer on the bench's key pair.
  const idp = await DemoIdentityProvider.fromJwk(keys.users.privateJwk);
  const token = await idp.issue(POLICE);
  const reportQuery = annualReportQuery();
  const report = (url: string, n: number) => {
    const { id } = regionPartnership(n).directory;
    return ask(url, token, id, reportQuery, { id, ...REPORT_YEAR });
  };

  log("region: the services as deployed, over the region's database");
  const region = await startDeployed(seeded.regional, keys);
  let measured: Omit<RegionalMeasurement, "reportAlone" | "listStatements" | "statistics" | "heapLimits" | "memory">;
  let memory: Record<string, number>;
  try {
    const url = region.gateway.url;
    const pids = Object.fromEntries(region.services.map((s) => [s.name, s.child.pid!]));
    ({ result: measured, peaks: memory } = await peakResidentBytes(pids, async () => {
      const { concerns } = await ask<{
        concerns: { nodes: Array<{ id: string; takingPart: boolean; peopleScreenedCount: number }> };
      }>(url, token, first, "{ concerns(first: 100) { nodes { id takingPart peopleScreenedCount } } }", {});
      const fullest = concerns.nodes
        .filter((c) => c.takingPart)
        .sort((a, b) => b.peopleScreenedCount - a.peopleScreenedCount)[0];
      if (!fullest) throw new Error("the police take part in none of the first partnership's first 100 concerns");
      log("region: the concern list and a concern page");
      const list = await timed(10 * rounds, () => ask(url, token, first, CONCERN_LIST, { first: 50 }));
      const detail = await timed(10 * rounds, () => ask(url, token, first, CONCERN_DETAIL, { id: fullest.id }));
      log("region: one partnership's annual report, alone");
      const oneReport = await timed(4 * rounds, () => report(url, 1));
      log(`region: every partnership's annual report, ${SWEEP_CONCURRENCY} at a time`);
      const times: number[] = [];
      const failures: string[] = [];
      let next = 1;
      await Promise.all(
        Array.from({ length: SWEEP_CONCURRENCY }, async () => {
          while (next <= REGION.partnerships) {
            const n = next++;
            const started = performance.now();
            try {
              await report(url, n);
              times.push(performance.now() - started);
            } catch (error) {
              failures.push(`${regionPartnership(n).directory.shortName}: ${(error as Error).message}`);
            }
          }
        }),
      );
      return {
        partnerships: REGION.partnerships,
        concernsPerPartnership: REGION.concerns,
        seedVersion: seeded.version,
        builtSeconds: seeded.builtSeconds,
        list,
        detail,
        report: oneReport,
        everyReport: {
          p50: quantile(times, 0.5),
          p99: quantile(times, 0.99),
          samples: times.length,
          concurrency: SWEEP_CONCURRENCY,
          failures: failures.length,
          firstFailure: failures[0] ?? null,
        },
      };
    }));
  } finally {
    await region.stop();
  }

  log("region: the same report on a database of that partnership alone");
  const alone = await startDeployed(seeded.single, keys);
  const reportAlone = await timed(4 * rounds, () => report(alone.gateway.url, 1)).finally(() => alone.stop());
  return {
    ...measured,
    reportAlone,
    listStatements: statements,
    statistics,
    memory,
    heapLimits: deployedNodeOptions(),
  };
}
