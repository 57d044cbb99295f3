import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import {
  CALLER_CONTEXT_HEADER,
  type Caller,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * No value without its audit row, whatever happens to the process: a subgraph running as its own
 * OS process (its built `dist/main.js`, as a container runs it) is killed with SIGKILL the moment an
 * answer reaches the client. Every sensitive value any answer carried must have its row already.
 * (Run `npm run build` first: the process is the built service, not the test's sources.)
 */
const GOVERNANCE_MAIN = path.resolve(__dirname, "..", "..", "..", "subgraphs", "governance", "dist", "main.js");
const ROUNDS = 10;
const CONCURRENT = 4;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the audit trail survives a SIGKILL", () => {
  let t: TestPlatform;
  let signer: CallerContextSigner;
  let members: string[];
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    t = await startTestPlatform();
    signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    members = (
      await t.database.query<{ agency_id: string }>(
        "SELECT agency_id FROM governance.membership WHERE partnership_id = $1",
        [demoPartnershipId("SANDWELL")],
      )
    ).map((row) => row.agency_id);
  }, 120_000);
  afterAll(async () => {
    child?.kill("SIGKILL");
    await t?.stop();
  });

  /** The built governance service on a port of its own, over the test platform's database. */
  async function startGovernance(): Promise<{ url: string; process: ChildProcess }> {
    const port = await freePort();
    const publicJwk = JSON.stringify(t.keys.callerContext.publicJwk);
    const process_ = spawn(process.execPath, [GOVERNANCE_MAIN], {
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATABASE_URL: t.database.url,
        PORT: String(port),
        HOST: "127.0.0.1",
        DB_POOL_SIZE: "3",
        LOG_LEVEL: "silent",
        CONTEXT_PUBLIC_KEY: publicJwk,
        CALLER_CONTEXT_PUBLIC_JWKS: JSON.stringify({ keys: [t.keys.callerContext.publicJwk] }),
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    process_.stderr!.on("data", (chunk) => (stderr += String(chunk)));
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let i = 0; i < 600; i++) {
      if (process_.exitCode !== null) throw new Error(`governance exited (${process_.exitCode}): ${stderr}`);
      const ready = await fetch(url.replace(/\/graphql$/, "/ready")).catch(() => null);
      if (ready?.ok) return { url, process: process_ };
      await sleep(50);
    }
    throw new Error(`governance did not become ready: ${stderr}`);
  }

  const caller = (requestId: string): Caller => ({
    userId: "demo:smbc:coordinator",
    agencyId: demoAgencyId("SMBC"),
    sector: "LOCAL_AUTHORITY",
    roles: [Role.COORDINATOR],
    grants: { PERSONNEL: "crash-test-agreement" },
    partnership: { id: demoPartnershipId("SANDWELL"), referencePrefix: "SHOP", memberAgencyIds: members },
    requestId,
    operation: "Crash",
  });

  it(`every value answered before the kill has its row (${ROUNDS} kills, ${CONCURRENT} requests in flight each)`, async () => {
    const missing: string[] = [];
    let valuesAnswered = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const service = await startGovernance();
      child = service.process;
      const exited = new Promise((resolve) => service.process.once("exit", resolve));
      let killed = false;
      const answers = await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          const requestId = randomUUID();
          try {
            const response = await fetch(service.url, {
              method: "POST",
              headers: {
                "content-type": "application/json",
                "x-request-id": requestId,
                [CALLER_CONTEXT_HEADER]: await signer.sign(caller(requestId)),
              },
              body: JSON.stringify({ query: "query Crash { people(first: 100) { nodes { id email jobTitle } } }" }),
            });
            const body = (await response.json()) as { data?: any };
            // The answer is in the client's hands: kill the service at once, before anything else runs.
            if (!killed) {
              killed = true;
              service.process.kill("SIGKILL");
            }
            return { requestId, body };
          } catch {
            return null; // an answer the kill cut off: it carried nothing
          }
        }),
      );
      await exited;
      child = undefined;
      for (const answer of answers) {
        if (!answer?.body.data) continue;
        const rows = await t.database.query<{ entity_id: string; field: string }>(
          "SELECT entity_id, field FROM governance.audit_event_value WHERE request_id = $1",
          [answer.requestId],
        );
        const written = new Set(rows.map((row) => `${row.entity_id}.${row.field}`));
        for (const node of answer.body.data.people.nodes as Array<Record<string, unknown>>) {
          for (const field of ["email", "jobTitle"]) {
            if (node[field] === null || node[field] === undefined) continue;
            valuesAnswered++;
            if (!written.has(`${node.id}.${field}`)) missing.push(`round ${round}: ${node.id}.${field}`);
          }
        }
      }
    }
    expect(valuesAnswered).toBeGreaterThan(ROUNDS * 10);
    expect(missing, `${missing.length} of ${valuesAnswered} values answered have no audit row`).toEqual([]);
  }, 300_000);
});
