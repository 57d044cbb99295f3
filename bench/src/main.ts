import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { CallerProfiles, DemoIdentityProvider } from "@partnership/gateway";
import { demoUser, startEmbeddedDatabase } from "@partnership/platform";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  createLogger,
  dropDatabase,
  ensureDatabase,
  generateEs256KeyPair,
  withDatabase,
} from "@partnership/runtime";
import { CONCURRENT_USERS, measureAnnualReports } from "./annual-report.js";
import { captureSubgraphFetches, type FetchPlan } from "./capture.js";
import { type Keys, launchBenchPlatform, startGatewayProcess, startSubgraphs } from "./bench-platform.js";
import { prepareFixture } from "./fixture.js";
import { type GraphQLAnswer, postGraphQL } from "./graphql-client.js";
import { loadEndpoint, loadPlan, type LoadResult } from "./load.js";
import {
  annualReportRows,
  type Measurements,
  renderTable,
  SCENARIO_HEADER,
  SCENARIO_RULE,
  scenarioRow,
  statisticsRows,
} from "./measurements.js";
import {
  type BenchUser,
  CONCERN_LIST,
  POLICE,
  type Scenario,
  scenarios,
  TRAINING_ADMIN,
  variablesFor,
} from "./scenarios.js";
import { answerDifference } from "./same-answer.js";
import { cpuMilliseconds, peakResidentBytes, postgresCpuMilliseconds, type ServiceProcess } from "./services.js";
import { type BenchSettings, readBenchSettings } from "./settings.js";
import { measureFreshStart } from "./startup.js";
import { Stages } from "./stages.js";
import { measureStatistics } from "./statistics.js";
import { measureRegion, regionalReportTarget } from "./regional.js";
import { regionPartnership } from "./region.js";
import { CACHE_CLUSTER, seededDatabases } from "./seed-cache.js";
import { regionalRows } from "./regional-rows.js";

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
/** The bench's own identity provider (on the demo key pair): a production platform never trusts the demo one. */
const BENCH_ISSUER = "partnership-bench-idp";

/** What the in-process phase learns of each scenario: its subgraph fetches and its SQL. */
interface ScenarioShape {
  scenario: Scenario;
  plan: FetchPlan;
  statements: number;
}

/**
 * The platform in this process over the bench database: loads the demo data, prepares the
 * scenarios' records, and records each scenario's subgraph fetches and SQL statements.
 */
async function shapeScenarios(databaseUrl: string, keys: Keys, connections: number) {
  const { platform, statementsOf } = await launchBenchPlatform(databaseUrl, keys, BENCH_ISSUER, true);
  try {
    const gatewayUrl = platform.gateway.url;
    const idp = await DemoIdentityProvider.fromJwk(keys.users.privateJwk, undefined, BENCH_ISSUER);
    const token = (user: BenchUser) => idp.issue(demoUser(user.agency, user.roles));
    const fixture = await prepareFixture(
      gatewayUrl,
      {
        police: await token(POLICE),
        trainingAdmin: await token(TRAINING_ADMIN),
      },
      connections,
    );
    const subgraphUrls = Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url]));
    const ask = async (scenario: Scenario, query = scenario.query, variables = scenario.variables) =>
      postGraphQL(
        gatewayUrl,
        { query, variables, operationName: scenario.operationName },
        { authorization: `Bearer ${await token(scenario.user)}` },
      );
    const shapes: ScenarioShape[] = [];
    for (const scenario of scenarios(fixture)) {
      await ask(scenario);
      const plan = await captureSubgraphFetches(subgraphUrls, () => ask(scenario));
      if (plan.length === 0) throw new Error(`no subgraph fetch was recorded for ${scenario.title}`);
      shapes.push({ scenario, plan, statements: await statementsOf(() => ask(scenario)) });
    }
    const list = shapes[0]!.scenario;
    const listStatements = {
      small: await statementsOf(() => ask(list, CONCERN_LIST, { first: 10 })),
      large: await statementsOf(() => ask(list, CONCERN_LIST, { first: 100 })),
    };
    return { shapes, listStatements };
  } finally {
    await platform.stop();
  }
}

/**
 * Runs a load of `seconds` and gives each process's CPU a request, by name, with PostgreSQL's
 * (every postgres process on this machine) when asked and measurable.
 */
async function withCpu(
  processes: ServiceProcess[],
  run: () => Promise<LoadResult>,
  seconds: number,
  postgres: boolean,
): Promise<{ result: LoadResult; cpuMs: Record<string, number> }> {
  const used = () => Promise.all(processes.map((p) => cpuMilliseconds(p.child.pid!)));
  const before = await used();
  const postgresBefore = postgres ? await postgresCpuMilliseconds() : null;
  const result = await run();
  const after = await used();
  const postgresAfter = postgres ? await postgresCpuMilliseconds() : null;
  const requests = Math.max(1, result.perSecond * seconds);
  const cpuMs: Record<string, number> = {};
  for (const [i, p] of processes.entries()) cpuMs[p.name] = (after[i]! - before[i]!) / requests;
  if (postgresBefore !== null && postgresAfter !== null) cpuMs.PostgreSQL = (postgresAfter - postgresBefore) / requests;
  return { result, cpuMs };
}

/** Runs the arms in turn, A B C … A B C …, `rounds` times after one warm-up of each; each arm's runs. */
async function alternate(rounds: number, ...arms: Array<() => Promise<LoadResult>>): Promise<LoadResult[][]> {
  for (const arm of arms) await arm();
  const results = arms.map(() => [] as LoadResult[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, arm] of arms.entries()) results[i]!.push(await arm());
  }
  return results;
}

/** The processes the load stages measure, started once for all the scenarios. */
interface Services {
  protectedSubgraphs: ServiceProcess[];
  platformGateway: ServiceProcess;
  stockGateway: ServiceProcess;
  /** Hive Gateway with its own planner, and with Hive Router's. */
  hiveGateway: ServiceProcess;
  hiveRouterGateway: ServiceProcess;
  openGateway: ServiceProcess;
  /** The subgraphs with the permission layer off, behind openGateway. */
  openSubgraphs: ServiceProcess[];
  idp: DemoIdentityProvider;
  signer: CallerContextSigner;
  profiles: CallerProfiles;
  /** Runs a load while recording each service's peak memory into `memory`. */
  underWatch: (run: () => Promise<LoadResult>) => Promise<LoadResult>;
}

async function startServices(
  databaseUrl: string,
  keys: Keys,
  running: ServiceProcess[],
  memory: Record<string, number>,
  cpuProfiles?: string,
): Promise<Services> {
  const logger = createLogger("bench", "error");
  const protectedSubgraphs = await startSubgraphs(databaseUrl, keys, "on");
  running.push(...protectedSubgraphs);
  const openSubgraphs = await startSubgraphs(databaseUrl, keys, "off");
  running.push(...openSubgraphs);
  const platformGateway = await startGatewayProcess("platform", protectedSubgraphs, keys, cpuProfiles);
  const stockGateway = await startGatewayProcess("stock", protectedSubgraphs, keys, cpuProfiles);
  const hiveGateway = await startGatewayProcess("hive", protectedSubgraphs, keys, cpuProfiles);
  const hiveRouterGateway = await startGatewayProcess("hive-router", protectedSubgraphs, keys, cpuProfiles);
  const openGateway = await startGatewayProcess("platform", openSubgraphs, keys);
  running.push(platformGateway, stockGateway, hiveGateway, hiveRouterGateway, openGateway);
  const signer = await CallerContextSigner.fromJwk(keys.callerContext.privateJwk, 3_600);
  const governance = protectedSubgraphs.find((s) => s.name === "governance")!;
  const pids = Object.fromEntries([
    ["gateway", platformGateway.child.pid!],
    ...protectedSubgraphs.map((s) => [s.name, s.child.pid!]),
  ]);
  return {
    protectedSubgraphs,
    platformGateway,
    stockGateway,
    hiveGateway,
    hiveRouterGateway,
    openGateway,
    openSubgraphs,
    idp: await DemoIdentityProvider.fromJwk(keys.users.privateJwk),
    signer,
    profiles: new CallerProfiles(governance.url, signer, 3_600_000, logger),
    underWatch: async (run) => {
      const { result, peaks } = await peakResidentBytes(pids, run);
      for (const [name, bytes] of Object.entries(peaks)) memory[name] = Math.max(memory[name] ?? 0, bytes);
      return result;
    },
  };
}

/**
 * Fails unless every peer answers the scenario's first request with this gateway's data and errors
 * at the same paths: a peer that answers something else is not doing the same work.
 */
async function checkPeersAgree(
  scenario: Scenario,
  reference: ServiceProcess,
  peers: ServiceProcess[],
  authorization: string,
): Promise<void> {
  // A gateway that answers no data at all is named, not only its port.
  const ask = (gateway: ServiceProcess): Promise<GraphQLAnswer> =>
    postGraphQL(
      gateway.url,
      { query: scenario.query, variables: variablesFor(scenario, 0), operationName: scenario.operationName },
      { authorization },
    ).catch((error: Error) => {
      throw new Error(`the ${gateway.name} gave no answer to ${scenario.title}: ${error.message}`);
    });
  const expected = await ask(reference);
  for (const peer of peers) {
    const difference = answerDifference(expected, await ask(peer));
    if (difference)
      throw new Error(`the ${peer.name} does not answer ${scenario.title} as this gateway does: ${difference}`);
  }
}

/**
 * One scenario through this gateway and straight to the subgraphs, against its peers (stock
 * @apollo/gateway, Hive Gateway, Hive Gateway on Hive Router's planner), and with permissions off.
 */
async function measureScenario(
  { scenario, plan, statements }: ScenarioShape,
  services: Services,
  {
    BENCH_SECONDS: seconds,
    BENCH_PEER_SECONDS: peerSeconds,
    BENCH_ROUNDS: rounds,
    BENCH_CONNECTIONS: connections,
  }: BenchSettings,
): Promise<Measurements["scenarios"][number]> {
  const {
    protectedSubgraphs,
    platformGateway,
    stockGateway,
    hiveGateway,
    hiveRouterGateway,
    openGateway,
    openSubgraphs,
    idp,
    signer,
    profiles,
    underWatch,
  } = services;
  const user = demoUser(scenario.user.agency, scenario.user.roles);
  const authorization = `Bearer ${await idp.issue(user)}`;
  const peers = [stockGateway, hiveGateway, hiveRouterGateway];
  log(`${scenario.title}: every peer answers as this gateway does`);
  await checkPeersAgree(scenario, platformGateway, peers, authorization);
  const body = (n: number) =>
    JSON.stringify({
      query: scenario.query,
      variables: variablesFor(scenario, n),
      operationName: scenario.operationName,
    });
  const cannon =
    (url: string, runSeconds = seconds) =>
    () =>
      loadEndpoint({ url, headers: { authorization }, body, connections, seconds: runSeconds });
  // The page that refuses a partner many fields, and the report whose figures it is granted.
  // First, while the processes with the layer on have served no more than those with it off: the
  // on side, serving every comparison after this one, would otherwise be the better warmed.
  let permissions: Measurements["scenarios"][number]["permissions"];
  if (scenario.permissionsTarget !== undefined) {
    log(`${scenario.title}: permissions on and off (autocannon)`);
    // With each process's CPU a request: what the layer costs where.
    const byProcess = (gateway: ServiceProcess, subgraphs: ServiceProcess[]) => async () => {
      const { result, cpuMs } = await withCpu([gateway, ...subgraphs], cannon(gateway.url), seconds, true);
      return { ...result, processCpuMs: cpuMs };
    };
    const [on, off] = await alternate(
      rounds,
      byProcess(platformGateway, protectedSubgraphs),
      byProcess(openGateway, openSubgraphs),
    );
    permissions = { on: on!, off: off!, target: scenario.permissionsTarget };
  }
  log(`${scenario.title}: through the gateway and straight to the subgraphs`);
  // What the gateway signs for this user, signed once: the direct client does the gateway's work by hand.
  const profile = await profiles.get(user.agencyId, user.userId);
  if (!profile) throw new Error(`${scenario.user.agency} is not in the directory`);
  const callerContext = await signer.sign({
    userId: user.userId,
    agencyId: profile.agencyId,
    sector: profile.sector,
    roles: user.roles,
    grants: profile.grants,
    partnership: profile.partnership,
    requestId: "bench-direct",
    operation: scenario.operationName,
  });
  // The write's fetches were recorded for the first session; each replay takes the next one.
  const sessions = scenario.spread?.values ?? [];
  const bodyOf = (fetched: string, n: number) =>
    sessions.length ? fetched.replaceAll(sessions[0]!, sessions[n % sessions.length]!) : fetched;
  const [gatewayRuns, directRuns] = await alternate(
    rounds,
    () =>
      underWatch(() =>
        loadPlan({
          plan: [[{ subgraph: "gateway", body: body(0), startedAt: 0, endedAt: 0 }]],
          urls: { gateway: platformGateway.url },
          headers: { authorization },
          bodyOf: (_fetched, n) => body(n),
          connections,
          seconds,
        }),
      ),
    () =>
      loadPlan({
        plan,
        urls: Object.fromEntries(protectedSubgraphs.map((s) => [s.name, s.url])),
        headers: { [CALLER_CONTEXT_HEADER]: callerContext },
        bodyOf,
        connections,
        seconds,
      }),
  );
  log(`${scenario.title}: this gateway against stock @apollo/gateway, Hive Gateway and Hive Router (autocannon)`);
  // With the gateway's own CPU per request: on two cores shared with four subgraphs and
  // PostgreSQL, throughput alone hides what each gateway costs.
  const costed = (gateway: ServiceProcess) => async () => {
    const { result, cpuMs } = await withCpu([gateway], cannon(gateway.url, peerSeconds), peerSeconds, false);
    return { ...result, gatewayCpuMs: cpuMs[gateway.name] };
  };
  const [platformRuns, stockRuns, hiveRuns, hiveRouterRuns] = await alternate(
    rounds,
    () => underWatch(costed(platformGateway)),
    ...peers.map(costed),
  );
  return {
    title: scenario.title,
    fetches: plan.flat().length,
    waves: plan.length,
    statements,
    gateway: gatewayRuns!,
    direct: directRuns!,
    platform: platformRuns!,
    stock: stockRuns!,
    hive: hiveRuns!,
    hiveRouter: hiveRouterRuns!,
    permissions,
  };
}

async function main(): Promise<void> {
  const settings: BenchSettings = readBenchSettings();
  const { BENCH_SECONDS: seconds, BENCH_ROUNDS: rounds, BENCH_CONNECTIONS: connections } = settings;
  const result: Measurements = {
    // eslint-disable-next-line no-restricted-syntax -- when the figures were taken, printed with them
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z`,
    settings: { seconds, peerSeconds: settings.BENCH_PEER_SECONDS, rounds, connections },
    scenarios: [],
    listStatements: null,
    memory: {},
    startupSeconds: null,
    statistics: null,
    annualReports: null,
    region: null,
    failedStages: [],
  };
  const output = path.resolve(settings.BENCH_OUTPUT);
  const stages = new Stages(async () => {
    result.failedStages = stages.failed;
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, `${renderTable(result)}\n`);
    await writeFile(`${output.replace(/\.md$/, "")}.json`, JSON.stringify(result, null, 2));
  }, log);
  log(`the figures so far are saved to ${output} (and .json) after every stage`);

  const work = await mkdtemp(path.join(tmpdir(), "bench-"));
  await chmod(work, 0o755);
  const logger = createLogger("bench", "error");
  log(settings.DATABASE_URL ? "using the PostgreSQL server in DATABASE_URL" : "starting the embedded PostgreSQL");
  // Kept between runs: the large seeds in it are built once (seed-cache.ts).
  const embedded = settings.DATABASE_URL ? null : await startEmbeddedDatabase(CACHE_CLUSTER, logger);
  const server = settings.DATABASE_URL ?? embedded!.url;
  const database = `bench_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(server, database);
  const databaseUrl = withDatabase(server, database);
  const running: ServiceProcess[] = [];
  try {
    const keys: Keys = {
      users: await generateEs256KeyPair("bench-idp"),
      callerContext: await generateEs256KeyPair("bench-gateway"),
    };
    const shaped = await stages.run(
      "the demo partnership; each scenario's subgraph fetches and SQL statements",
      () => shapeScenarios(databaseUrl, keys, connections),
      (shapes) => (result.listStatements = shapes.listStatements),
    );
    const services =
      shaped &&
      (await stages.run("each subgraph in its own process (permissions on, and again off) and five gateways", () =>
        startServices(databaseUrl, keys, running, result.memory, settings.BENCH_CPU_PROFILES),
      ));
    if (shaped && services) {
      console.log(SCENARIO_HEADER);
      console.log(SCENARIO_RULE);
      for (const shape of shaped.shapes) {
        const measured = await stages.run(
          shape.scenario.title,
          () => measureScenario(shape, services, settings),
          (row) => result.scenarios.push(row),
        );
        if (measured) console.log(scenarioRow(measured));
      }
    }
    for (const service of running.splice(0)) await service.stop();

    await stages.run("fresh npm start to the first answer", measureFreshStart, (s) => (result.startupSeconds = s));

    if (settings.BENCH_LARGE === "on") {
      const seeded = await stages.run(
        "the large seeds: 100 partnerships sharing one police force, 10,000 concerns each, and the first alone (built once, then reused)",
        () => seededDatabases(server, log),
      );
      if (seeded) {
        // The single-partnership stages run on the region's first partnership: one large seed, not two.
        await stages.run(
          "caseStatistics against the same SQL, one partnership of the region",
          () => measureStatistics(seeded.regional, settings.BENCH_STATISTICS_ROUNDS, regionPartnership(1).directory.id),
          (statistics) => (result.statistics = statistics),
        );
        for (const line of statisticsRows(result.statistics)) console.log(line);
        await stages.run(
          `${CONCURRENT_USERS} users at once asking for one partnership's whole annual report, on the region`,
          () =>
            measureAnnualReports(
              seeded.regional,
              keys,
              BENCH_ISSUER,
              settings.BENCH_STATISTICS_ROUNDS,
              regionalReportTarget(),
            ),
          (reports) => (result.annualReports = reports),
        );
        for (const line of annualReportRows(result.annualReports)) console.log(line);
        await stages.run(
          "many partnerships: the police's pages and every partnership's annual report, through the gateway",
          () => measureRegion(seeded, keys, BENCH_ISSUER, settings.BENCH_STATISTICS_ROUNDS, log),
          (region) => (result.region = region),
        );
        for (const line of regionalRows(result.region)) console.log(line);
      }
    }

    console.log("");
    console.log(renderTable(result));
    if (stages.failed.length > 0) {
      log(`${stages.failed.length} stage(s) failed: ${stages.failed.map((failed) => failed.stage).join("; ")}`);
      process.exitCode = 1;
    }
  } finally {
    for (const service of running) await service.stop();
    await dropDatabase(server, database).catch(() => undefined);
    await embedded?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
