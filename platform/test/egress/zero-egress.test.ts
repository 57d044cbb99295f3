import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@partnership/runtime";
import { SUBGRAPH_ENDPOINTS } from "@partnership/supergraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOffences, offendingEvents, RECORDER, readEgressLog } from "./egress-log.js";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const PLATFORM = "platform/dist/main.js";
const GATEWAY_CONTAINER = "gateway/dist/main.js";

/**
 * A clean environment: only what a shell always has, the recorder, and `extra`. Nothing from the
 * developer's or CI's environment (an APOLLO_TELEMETRY_DISABLED, say) may hide what the platform
 * itself would do on a fresh machine.
 */
function watchedEnv(log: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmpdir(),
    NODE_OPTIONS: `--require ${RECORDER}`,
    EGRESS_LOG: log,
    ...extra,
  };
}

/** A built entry point started under the recorder, with its output kept for failure messages. */
interface Watched {
  child: ChildProcess;
  output(): string;
  /** Ctrl-C, as an operator stops it: the stop path (flushing, closing pools) is watched too. */
  stop(): Promise<number | null>;
}

function startWatched(entry: string, log: string, env: Record<string, string>): Watched {
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    cwd: ROOT,
    env: watchedEnv(log, env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Waits until `ready()`; stops the process and fails, with its output, if it exits or takes too long. */
async function waitUntil(watched: Watched, ready: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (!(await ready())) {
    if (watched.child.exitCode !== null || performance.now() > deadline) {
      await watched.stop();
      throw new Error(`${what} did not start:\n${watched.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const answers = (url: string) => () =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

const READS = `{
  concerns(first: 5) { totalCount nodes { id reference status } }
  people(first: 5) { nodes { name email agency { shortName } } }
  agencies(first: 50) { nodes { id shortName } }
  areas(first: 20) { nodes { id name } }
}`;

const RECORD_CONCERN = `mutation($input: RecordConcernInput!) { recordConcern(input: $input) { reference } }`;

const IMPORT_COMPLETIONS = `mutation($input: ImportCompletionsInput!) {
  importCompletions(input: $input) { committed imported rejected }
}`;

const IMPORT_REGISTRY = `mutation($csv: String!) { importRegistryStatements(csv: $csv) { rowsRead unmatched } }`;

/** One company that is not a supplier: its statement URL is only reported, never fetched. */
const REGISTRY_CSV = [
  "StatementYear,OrganisationName,CompanyNumber,StatementURL,StatementStartDate,StatementEndDate,DateApproved," +
    "ApprovingPerson,StatementIncludesOrgStructure,StatementIncludesPolicies,StatementIncludesRisksAssessment," +
    "StatementIncludesDueDiligence,StatementIncludesTraining,StatementIncludesGoals,OrganisationSectors,Turnover",
  "2024,Elsewhere Holdings plc,12345678,https://elsewhere.example.com/msa,2023-04-01,2024-03-31,2024-06-30," +
    "A. Person,True,True,True,True,True,True,Retail,Over £500 million",
].join("\r\n");

/** The partnership's year in one query, across every subgraph. */
const ANNUAL_REPORT = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  partnership(id: $id) {
    name
    caseStatistics(from: $from, to: $to) { concerns { count } peopleScreened { count } }
    trainingStatistics(from: $from, to: $to) { peopleTrainedByLevel { level count } }
    procurementStatistics { suppliersByStatementStatus { key count } }
    meetingAttendance(from: $from, to: $to) { agency { shortName } rate }
  }
}`;

/** The gateway over HTTP, as the portal uses it: demo sign-in, then operations as that user. */
function gatewayClient(url: string) {
  const ok = async <T>(response: Response): Promise<T> => {
    const text = await response.text();
    expect(response.status, `${response.url} answered ${response.status}: ${text}`).toBe(200);
    return JSON.parse(text) as T;
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  return {
    get: async <T>(path: string): Promise<T> => ok<T>(await fetch(`${url}${path}`)),
    signIn: async (agency: string, role: string): Promise<string> =>
      (await ok<{ token: string }>(await post("/demo/sign-in", { agency, roles: [role] }))).token,
    send: async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> => {
      const body = await ok<{ data?: unknown; errors?: unknown[] }>(
        await post("/graphql", { query, variables }, { authorization: `Bearer ${token}` }),
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    },
  };
}

describe("nothing leaves the machine", () => {
  let workDir: string;
  /** Set by the recorder's own test: a deliberate attempt runs only once refusals are known to work. */
  let recorderRefuses = false;
  beforeAll(async () => {
    for (const entry of [PLATFORM, GATEWAY_CONTAINER]) {
      if (!existsSync(path.join(ROOT, entry)))
        throw new Error(`${entry} is missing: run \`npm run build\` (npm test does)`);
    }
    workDir = await mkdtemp(path.join(tmpdir(), "partnership-egress-"));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
    await chmod(workDir, 0o755);
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("the recorder sees, and refuses before a packet is sent, each way a Node process reaches out", async () => {
    const log = path.join(workDir, "probe.log");
    // Reserved names and addresses (RFC 2606, RFC 5737): nothing answers them even if a refusal failed.
    const probe = `
      const dns = require("node:dns"), http = require("node:http"), net = require("node:net");
      const settle = (p) => p.then(() => "reached", (e) => e.message);
      (async () => {
        await settle(fetch("http://fetch.egress-probe.invalid/"));
        await settle(new Promise((ok, fail) => http.get("http://192.0.2.10/", ok).on("error", fail)));
        await settle(new Promise((ok, fail) => net.connect(5432, "192.0.2.11").on("connect", ok).on("error", fail)));
        await settle(new Promise((ok, fail) => dns.lookup("lookup.egress-probe.invalid", (e) => (e ? fail(e) : ok()))));
        await settle(dns.promises.lookup("promises.egress-probe.invalid"));
        await settle(new dns.promises.Resolver().resolve4("resolver.egress-probe.invalid"));
        await settle(new Promise((ok, fail) => net.connect(9, "127.0.0.1").on("connect", ok).on("error", fail)));
      })();
    `;
    const child = spawn(process.execPath, ["-e", probe], { env: watchedEnv(log, {}), stdio: "ignore" });
    await new Promise((resolve) => child.once("exit", resolve));

    const events = await readEgressLog(log);
    const outbound = offendingEvents(events, new Set());
    expect(outbound.map(({ kind, host, port, refused }) => ({ kind, host, port, refused }))).toEqual([
      { kind: "connect", host: "fetch.egress-probe.invalid", port: 80, refused: true },
      { kind: "connect", host: "192.0.2.10", port: 80, refused: true },
      { kind: "connect", host: "192.0.2.11", port: 5432, refused: true },
      { kind: "lookup", host: "lookup.egress-probe.invalid", port: undefined, refused: true },
      { kind: "lookup", host: "promises.egress-probe.invalid", port: undefined, refused: true },
      { kind: "resolve", host: "resolver.egress-probe.invalid", port: undefined, refused: true },
    ]);
    // Loopback is recorded but let through, and is no offence.
    expect(events).toContainEqual(expect.objectContaining({ kind: "connect", host: "127.0.0.1", port: 9 }));
    expect(describeOffences(outbound, events)).toContain(`from pid ${child.pid} (-e)`);
    recorderRefuses = true;
  });

  it("the gateway container asks Apollo's metadata and usage services only when APOLLO_TELEMETRY=enabled", async () => {
    expect(recorderRefuses, "the recorder must refuse before anything is attempted").toBe(true);
    const attempts = async (extra: Record<string, string>) => {
      const log = path.join(workDir, `container-${Object.keys(extra).length}.log`);
      const port = await freePort();
      const env = { PORT: String(port), HOST: "127.0.0.1", KEYS_DIR: path.join(workDir, "keys"), LOG_LEVEL: "warn" };
      const gateway = startWatched(GATEWAY_CONTAINER, log, { ...env, ...extra });
      await waitUntil(gateway, answers(`http://127.0.0.1:${port}/health`), "the gateway container");
      expect(await gateway.stop(), gateway.output()).toBe(0);
      const events = await readEgressLog(log);
      expect(events).toContainEqual(expect.objectContaining({ kind: "process", pid: gateway.child.pid }));
      return { offending: offendingEvents(events, new Set()), events };
    };
    const byDefault = await attempts({});
    expect(byDefault.offending.length, describeOffences(byDefault.offending, byDefault.events)).toBe(0);
    // The positive control: Apollo's own telemetry, refused by the recorder, is what the platform
    // test would see if the gateway were built without newApolloGateway.
    const optedIn = await attempts({ APOLLO_TELEMETRY: "enabled" });
    expect(optedIn.offending.length).toBeGreaterThan(0);
    expect(optedIn.offending.every((event) => event.refused)).toBe(true);
  }, 60_000);

  it(
    "npm start's platform, through sign-in, reads, a write, two imports, the annual report and Ctrl-C, " +
      "connects to nothing but loopback, its database and its subgraphs",
    async () => {
      const log = path.join(workDir, "platform.log");
      const platform = startWatched(PLATFORM, log, {
        DATA_DIR: path.join(workDir, "data"),
        // Any free ports, the banner says which: a port chosen here first could be taken by one of
        // the platform's own connections before its gateway listens.
        PORT: "0",
        SUBGRAPH_BASE_PORT: "0",
        LOG_LEVEL: "warn",
      });
      await waitUntil(platform, () => /Stop with Ctrl-C/.test(platform.output()), "the platform");
      const subgraphs = [...platform.output().matchAll(/^\s*Subgraph:\s+\S+\s+(http:\/\/\S+)/gm)].map(
        (match) => new URL(match[1]!),
      );
      const databasePort = Number(/embedded PostgreSQL on port (\d+)/.exec(platform.output())?.[1]);
      const gatewayUrl = new URL(/^\s*Gateway:\s+(http:\/\/\S+)/m.exec(platform.output())![1]!);
      gatewayUrl.hostname = "127.0.0.1";
      let exitCode: number | null;
      try {
        const gateway = gatewayClient(gatewayUrl.origin);
        const users = await gateway.get<{ presets: unknown[] }>("/demo/users");
        expect(users.presets.length).toBeGreaterThan(0);
        const police = await gateway.signIn("WMP", "CASEWORKER");
        const trainingAdmin = await gateway.signIn("SMBC", "TRAINING_ADMIN");
        const procurementOfficer = await gateway.signIn("SMBC-PROC", "PROCUREMENT_OFFICER");

        // The gateway asking its subgraphs through fetch (readiness) as well as undici (queries).
        await gateway.get("/ready");
        await gateway.get("/classification");

        const reads = await gateway.send(police, READS);
        expect(reads.concerns.totalCount).toBeGreaterThan(0);
        expect(reads.people.nodes.length).toBeGreaterThan(0);
        const agencyId = (shortName: string): string =>
          reads.agencies.nodes.find((agency: any) => agency.shortName === shortName).id;

        const recorded = await gateway.send(police, RECORD_CONCERN, {
          input: {
            receivedOn: "2025-06-02",
            source: "PUBLIC",
            exploitationTypes: ["LABOUR"],
            participatingAgencyIds: [agencyId("HFJ")],
            intelligenceSummary: "Workers collected from the address at 5am by minibus.",
            location: {
              type: "CAR_WASH",
              areaId: reads.areas.nodes.find((area: any) => area.name === "Oldbury").id,
              ward: "Langley",
              address: "1 Station Road",
              postcode: "B69 4AA",
            },
          },
        });
        expect(recorded.recordConcern.reference).toMatch(/^SHOP-2025-\d{4}$/);

        const courses = await gateway.send(trainingAdmin, "{ courses(first: 50) { nodes { id title } } }");
        const elearning = courses.courses.nodes.find((c: any) => c.title === "Modern Slavery Awareness e-learning");
        const csv = [
          "email,name,agency_id,job_title,completed_on",
          `ann.egress@smbc.example.org,Ann Egress,${agencyId("SMBC")},Social Worker,2025-01-12`,
        ].join("\n");
        const lms = await gateway.send(trainingAdmin, IMPORT_COMPLETIONS, { input: { courseId: elearning.id, csv } });
        expect(lms.importCompletions).toMatchObject({ committed: true, imported: 1, rejected: 0 });
        const registry = await gateway.send(procurementOfficer, IMPORT_REGISTRY, { csv: REGISTRY_CSV });
        expect(registry.importRegistryStatements).toMatchObject({ rowsRead: 1, unmatched: 1 });

        const partnerships = await gateway.send(police, "{ partnerships(first: 1) { nodes { id } } }");
        const id = partnerships.partnerships.nodes[0].id;
        const report = await gateway.send(police, ANNUAL_REPORT, { id, from: "2019-04-01", to: "2020-03-31" });
        expect(report.partnership.caseStatistics.concerns.count).toBeGreaterThan(0);
      } finally {
        exitCode = await platform.stop();
      }
      expect(exitCode, platform.output()).toBe(0);

      const events = await readEgressLog(log);
      const configured = new Set([...subgraphs.map((url) => url.host), `127.0.0.1:${databasePort}`]);
      const offending = offendingEvents(events, configured);
      expect(offending.length, describeOffences(offending, events)).toBe(0);
      // The recorder watched this very process and saw its real traffic: the test cannot pass by
      // watching nothing.
      expect(events).toContainEqual(expect.objectContaining({ kind: "process", pid: platform.child.pid }));
      const reached = new Set(events.filter((e) => e.kind === "connect").map((e) => e.port));
      expect(subgraphs).toHaveLength(SUBGRAPH_ENDPOINTS.length);
      for (const url of subgraphs) expect(reached).toContain(Number(url.port));
      expect(reached).toContain(databasePort);
    },
    120_000,
  );
});
