import { demoPartnershipId, Role } from "@partnership/runtime";
import { Client as PgClient } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * An annual report asks for every figure at once. It must hold one of the cases subgraph's
 * connections however many figures it asks for, and its figures must all count the same moment.
 * A table lock holds the request in the middle of its figures (the prevention orders are counted
 * after the concerns and before the people screened), and a concern with a person screened is
 * committed while it waits.
 */

const REPORT = `query Report($from: LocalDate!, $to: LocalDate!) { caseStatistics(from: $from, to: $to) {
  concerns { count }
  concernsBySource { key count }
  ordersByKind { key count }
  peopleScreened { count }
  peopleScreenedByGender { key count }
  nrmReferralsByReferringAgency { agency { id } count }
  interventionsByType { key count }
  visits { count }
} }`;
const PERIOD = { from: "2019-04-01", to: "2020-03-31" };

interface Report {
  concerns: { count: number };
  concernsBySource: Array<{ count: number }>;
  peopleScreened: { count: number };
  peopleScreenedByGender: Array<{ count: number }>;
}
const sum = (rows: Array<{ count: number }>) => rows.reduce((total, row) => total + row.count, 0);

describe("the figures of one statistics answer", () => {
  let t: TestPlatform;
  let police: Client;
  let oldbury: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    police = await t.as("WMP", Role.CASEWORKER);
    const [area] = await t.database.query<{ id: string }>(`SELECT id FROM cases.area WHERE name = 'Oldbury' LIMIT 1`);
    oldbury = area!.id;
  });
  afterAll(async () => t?.stop());

  const report = async () => {
    const answer = await police.query<{ caseStatistics: Report }>(REPORT, PERIOD);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.caseStatistics;
  };

  /**
   * The cases subgraph's connections counting figures now (the audit trail's writes, batched off
   * the request path, may hold one of their own at any moment). Client backends only: the workers
   * of a parallel count carry its application name too.
   */
  const casesConnectionsCounting = async () => {
    const [row] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = 'partnership-cases' AND backend_type = 'client backend' AND state <> 'idle'
          AND query LIKE '%count(*)%'`,
    );
    return row!.n;
  };

  it("hold one connection and count one moment, though a write commits while they are counted", async () => {
    const before = await report();
    expect(before.peopleScreened.count).toBeGreaterThan(0);
    expect(before.concerns.count).toBe(sum(before.concernsBySource));
    expect(before.peopleScreened.count).toBe(sum(before.peopleScreenedByGender));

    const locker = new PgClient({ connectionString: t.database.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE cases.prevention_order IN ACCESS EXCLUSIVE MODE");
      const pending = report();
      // Until the request waits on the lock: the orders are counted, the people not yet.
      for (let waited = 0; ; waited += 50) {
        const [waiting] = await t.database.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE application_name = 'partnership-cases' AND wait_event_type = 'Lock' AND query LIKE '%prevention_order%'`,
        );
        if (waiting!.n > 0) break;
        if (waited > 20_000) throw new Error("the statistics request never reached the locked table");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Every figure asked for, and the request holds one connection for all of them.
      expect(await casesConnectionsCounting()).toBe(1);

      const written = await police.query<{ recordConcern: { id: string } }>(
        `mutation Record($input: RecordConcernInput!) { recordConcern(input: $input) { id } }`,
        {
          input: {
            receivedOn: "2019-06-02",
            source: "PUBLIC",
            exploitationTypes: ["LABOUR"],
            location: {
              type: "CAR_WASH",
              areaId: oldbury,
              ward: "Langley",
              address: "1 Station Road",
              postcode: "B69 4AA",
            },
          },
        },
      );
      expect(written.errors, JSON.stringify(written.errors)).toBeUndefined();
      const screened = await police.query(
        `mutation Screen($concernId: ID!, $input: ScreenPersonInput!) { screenPerson(concernId: $concernId, input: $input) { id } }`,
        {
          concernId: written.data!.recordConcern.id,
          input: { screenedOn: "2019-06-10", ageGroup: "ADULT", gender: "MALE", exploitationType: "LABOUR" },
        },
      );
      expect(screened.errors, JSON.stringify(screened.errors)).toBeUndefined();
      await locker.query("COMMIT");

      // Counted before the write committed, every figure: none of it, in the concerns nor the people.
      const during = await pending;
      expect(during.concerns.count).toBe(before.concerns.count);
      expect(during.peopleScreened.count).toBe(before.peopleScreened.count);
      expect(sum(during.peopleScreenedByGender)).toBe(before.peopleScreened.count);
    } finally {
      await locker.end();
    }

    // The write did commit, and the next answer counts it everywhere.
    const after = await report();
    expect(after.concerns.count).toBe(before.concerns.count + 1);
    expect(after.peopleScreened.count).toBe(before.peopleScreened.count + 1);
    expect(sum(after.peopleScreenedByGender)).toBe(after.peopleScreened.count);
    // And the request gave its connection back.
    expect(await casesConnectionsCounting()).toBe(0);
  });

  it("more reports than connections: the ones that wait too long are told the service is busy, with a time to wait", async () => {
    // The test platform's cases pool holds 5 connections and waits 5 s for one.
    const locker = new PgClient({ connectionString: t.database.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE cases.prevention_order IN ACCESS EXCLUSIVE MODE");
      const answers = Array.from({ length: 7 }, async () => {
        const response = await fetch(t.gatewayUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${police.token}`,
            "x-partnership-id": demoPartnershipId("SANDWELL"),
          },
          body: JSON.stringify({ query: REPORT, variables: PERIOD }),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
        return { retryAfter: response.headers.get("retry-after"), errors: body.errors ?? [] };
      });
      // The five that got a connection wait on the lock; the other two wait for a connection, in vain.
      const settled = await Promise.race([
        Promise.all(answers).then(() => "all"),
        new Promise((resolve) => setTimeout(() => resolve("waiting"), 8_000)),
      ]);
      expect(settled).toBe("waiting");
      await locker.query("COMMIT");
      const all = await Promise.all(answers);
      const refused = all.filter((answer) => answer.errors.length > 0);
      expect(refused.length).toBe(2);
      for (const answer of refused) {
        expect(answer.errors.map((error) => error.extensions?.reason)).toContain("BUSY");
        expect(answer.errors.map((error) => error.extensions?.reason)).not.toContain("DATABASE_UNAVAILABLE");
        expect(answer.retryAfter).toBe("2");
      }
      for (const answer of all.filter((answer) => answer.errors.length === 0)) expect(answer.retryAfter).toBeNull();
    } finally {
      await locker.end();
    }
  });
});
