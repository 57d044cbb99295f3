import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, ensureDatabase, Role, withDatabase } from "@partnership/runtime";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../src/embedded-postgres.js";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../support/database.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";
import { postAs, send, sleep } from "./helpers.js";

/**
 * PostgreSQL restarted under write load, on an embedded server of this file's own (whatever
 * DATABASE_URL says), stopped and started again on the same port: the services recover without
 * being restarted, say not ready meanwhile, answer typed errors, and lose no acknowledged write.
 */
describe("PostgreSQL restarting under load", () => {
  const logger = createLogger("restart-test", "silent");
  let dataDir: string;
  let server: EmbeddedDatabase;
  let t: TestPlatform;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "partnership-restart-pg-"));
    await chmod(dataDir, 0o755);
    server = await startEmbeddedDatabase(path.join(dataDir, "postgres"), logger);
    await ensureDatabase(server.url, "restart");
    const url = withDatabase(server.url, "restart");
    // A fresh connection per query: the test's own client must not depend on surviving the restart.
    const database: TestDatabase = {
      url,
      query: async <T>(sql: string, params?: unknown[]) => {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query(sql, params)).rows as T[];
        } finally {
          await client.end();
        }
      },
      drop: async () => undefined,
    };
    t = await startTestPlatform({ database, production: true, hardening: { rateLimitRequests: 0 } });
  });
  afterAll(async () => {
    await t?.stop();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("recovers by itself, is not ready meanwhile, and every acknowledged write is stored", async () => {
    const admin = (await t.as("SMBC", Role.PARTNERSHIP_ADMIN)).token!;
    const trainer = (await t.as("SMBC", Role.TRAINING_ADMIN)).token!;
    const smbc = (
      await t.database.query<{ id: string }>("SELECT id FROM governance.agency WHERE short_name = 'SMBC'")
    )[0]!.id;
    const acknowledged = { people: [] as string[], courses: [] as string[] };
    const refusedCodes = new Set<string>();
    const statuses = new Set<number>();
    let writes = 0;
    let stop = false;

    const write = async (kind: "people" | "courses", worker: number) => {
      while (!stop) {
        const n = writes++;
        const tag = `w${worker}-${n}`;
        const answer =
          kind === "people"
            ? await postAs(t.gatewayUrl, admin, {
                query: "mutation($input: CreatePersonInput!) { createPerson(input: $input) { id email } }",
                variables: { input: { name: `Restart ${tag}`, email: `restart.${tag}@example.org`, agencyId: smbc } },
              })
            : await postAs(t.gatewayUrl, trainer, {
                query: "mutation($input: CreateCourseInput!) { createCourse(input: $input) { id title } }",
                variables: {
                  input: {
                    title: `Restart course ${tag}`,
                    level: "LEVEL_1_AWARENESS",
                    format: "WEBINAR",
                    providerAgencyId: smbc,
                    durationMinutes: 30,
                    audience: "Everyone",
                  },
                },
              });
        statuses.add(answer.status);
        const created = answer.json?.data?.[kind === "people" ? "createPerson" : "createCourse"];
        if (created?.id) acknowledged[kind].push(created.id);
        for (const error of answer.json?.errors ?? []) refusedCodes.add(error.extensions?.code);
        await sleep(10);
      }
    };
    const writers = [write("people", 0), write("people", 1), write("courses", 2), write("courses", 3)];
    const readyOf = async (url: string) => (await send(url.replace(/\/graphql$/, "/ready"), { method: "GET" })).status;
    const until = async (check: () => Promise<boolean> | boolean, what: string) => {
      for (let i = 0; i < 600; i++) {
        if (await check()) return;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${what}`);
    };

    try {
      await until(
        () => acknowledged.people.length >= 10 && acknowledged.courses.length >= 10,
        "writes before the restart",
      );
      await server.stop();
      // Not ready while PostgreSQL is down: each subgraph, and the gateway.
      for (const subgraph of t.platform.subgraphs)
        await until(async () => (await readyOf(subgraph.url)) === 503, `${subgraph.name} not ready`);
      expect(await readyOf(t.gatewayUrl)).toBe(503);
      const during = { people: acknowledged.people.length, courses: acknowledged.courses.length };
      await sleep(1_000);
      // Nothing was acknowledged while the database was down.
      expect(acknowledged.people.length).toBe(during.people);
      expect(acknowledged.courses.length).toBe(during.courses);

      server = await startEmbeddedDatabase(path.join(dataDir, "postgres"), logger, { port: server.port });
      await until(async () => (await readyOf(t.gatewayUrl)) === 200, "the gateway ready again");
      await until(
        () => acknowledged.people.length >= during.people + 10 && acknowledged.courses.length >= during.courses + 10,
        "writes after the restart",
      );
    } finally {
      stop = true;
      await Promise.all(writers);
    }

    // No 500s; failures during the outage were typed (a 503 when the caller's profile could not be
    // read: the cache is dropped after every directory write, as after any governance mutation).
    expect([...statuses].filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect([...refusedCodes].filter((code) => code !== "SERVICE_UNAVAILABLE")).toEqual([]);
    expect(refusedCodes.has("SERVICE_UNAVAILABLE")).toBe(true);
    // Every acknowledged write is stored.
    const storedPeople = await t.database.query<{ id: string }>("SELECT id FROM governance.person WHERE id = ANY($1)", [
      acknowledged.people,
    ]);
    const storedCourses = await t.database.query<{ id: string }>("SELECT id FROM training.course WHERE id = ANY($1)", [
      acknowledged.courses,
    ]);
    expect(storedPeople.length).toBe(acknowledged.people.length);
    expect(storedCourses.length).toBe(acknowledged.courses.length);
    expect(acknowledged.people.length + acknowledged.courses.length).toBeGreaterThanOrEqual(40);
  });
});
