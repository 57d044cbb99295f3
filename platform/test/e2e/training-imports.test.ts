import { DEMO_AGENCIES } from "@partnership/governance/seed";
import {
  CALLER_CONTEXT_HEADER,
  CallerContextSigner,
  demoAgencyId,
  demoPartnershipId,
  Role,
} from "@partnership/runtime";
import { Client as PgClient } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Training writes never change another agency's people, and imports are bounded: one per user at a
 * time and a few per process (other users' reads keep their connections), rolled back when the
 * request is abandoned.
 */
const IMPORT = `mutation($input: ImportCompletionsInput!) { importCompletions(input: $input) {
  committed imported rejected rows { row outcome column reason } } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;
const HEADER = "email,name,agency_id,job_title,completed_on";
const SANDWELL = demoPartnershipId("SANDWELL");

describe("training writes and bounded imports", () => {
  let t: TestPlatform;
  let council: Client;
  let courseId: string;
  let police: { email: string; name: string; job_title: string | null; agency_id: string };

  const delegateOf = async (email: string) =>
    (
      await t.database.query(
        "SELECT name, agency_id, job_title FROM training.delegate WHERE partnership_id = $1 AND email = $2",
        [SANDWELL, email],
      )
    )[0];
  const counts = async () =>
    (
      await t.database.query(
        "SELECT (SELECT count(*) FROM training.delegate)::int AS delegates, (SELECT count(*) FROM training.completion)::int AS completions",
      )
    )[0];
  /** A file of `n` new SMBC staff who completed the course. */
  const bigFile = (tag: string, n: number) =>
    [
      HEADER,
      ...Array.from(
        { length: n },
        (_, i) => `${tag}.${i}@smbc.example.org,Staff ${tag} ${i},${demoAgencyId("SMBC")},Officer,2026-01-15`,
      ),
    ].join("\n");

  beforeAll(async () => {
    t = await startTestPlatform();
    council = await t.as("SMBC", Role.TRAINING_ADMIN);
    const courses: any = await council.query("{ courses(first: 1) { nodes { id } } }");
    courseId = courses.data.courses.nodes[0].id;
    [police] = await t.database.query(
      "SELECT email, name, job_title, agency_id FROM training.delegate WHERE partnership_id = $1 AND agency_id = $2 ORDER BY email LIMIT 1",
      [SANDWELL, demoAgencyId("WMP")],
    );
    expect(police).toBeDefined();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("an LMS import never changes another agency's person: rows naming one are rejected, per row", async () => {
    const before = await counts();
    const csv = [
      HEADER,
      `${police.email},Someone Else,${demoAgencyId("SMBC")},Council officer,2026-01-10`,
      `${police.email},Someone Else,${police.agency_id},Detective,2026-01-10`,
    ].join("\n");
    const result: any = await council.query(IMPORT, { input: { courseId, csv, acceptValidRowsOnly: true } });
    expect(result.errors).toBeUndefined();
    expect(result.data.importCompletions).toMatchObject({ committed: false, imported: 0, rejected: 2 });
    expect(result.data.importCompletions.rows.map((r: any) => [r.row, r.outcome, r.column])).toEqual([
      [2, "REJECTED", "agency_id"],
      [3, "REJECTED", "name"],
    ]);
    expect(await delegateOf(police.email)).toEqual({
      name: police.name,
      agency_id: police.agency_id,
      job_title: police.job_title,
    });
    expect(await counts()).toEqual(before);

    // Their completion under the name their agency gave them is recorded; their record is not changed.
    const same = [HEADER, `${police.email},${police.name},${police.agency_id},Renamed title,2026-01-11`].join("\n");
    const recorded: any = await council.query(IMPORT, { input: { courseId, csv: same, acceptValidRowsOnly: false } });
    expect(recorded.data.importCompletions).toMatchObject({ committed: true, imported: 1, rejected: 0 });
    expect((await delegateOf(police.email)).job_title).toBe(police.job_title);
  });

  it("recording attendance never changes another agency's person either (FORBIDDEN naming the attendee)", async () => {
    const scheduled: any = await council.query(SCHEDULE, {
      input: { courseId, startsAt: "2026-03-02T10:00:00Z", venue: "Oldbury", trainer: "H. Marsh", capacity: 5 },
    });
    const sessionId = scheduled.data.scheduleSession.id;
    const before = await counts();
    for (const [attendee, field] of [
      [{ name: "Someone Else", email: police.email, agencyId: demoAgencyId("SMBC") }, "input.attendees[0].agencyId"],
      [{ name: "Someone Else", email: police.email, agencyId: police.agency_id }, "input.attendees[0].name"],
    ] as const) {
      const result = await council.query(RECORD, {
        input: { sessionId, attendees: [{ ...attendee, status: "COMPLETED" }] },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field });
      expect(await counts()).toEqual(before);
      expect((await delegateOf(police.email)).name).toBe(police.name);
    }
  });

  it("a course is added only in the caller's own agency's name", async () => {
    const input = {
      title: "Police course added by the council",
      level: "LEVEL_1_AWARENESS",
      format: "WEBINAR",
      providerAgencyId: demoAgencyId("WMP"),
      durationMinutes: 60,
      audience: "Every partner's front-line staff",
    };
    const refused = await council.query("mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }", {
      input,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.providerAgencyId" });
    const own = await council.query("mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }", {
      input: { ...input, title: "Council course", providerAgencyId: demoAgencyId("SMBC") },
    });
    expect(own.errors).toBeUndefined();
  });

  /**
   * Holds the course row locked (FOR UPDATE) from another connection, so an import that has started
   * writing waits at its first completion (whose foreign key needs the row): "mid-way", for as long
   * as the test needs, however fast the machine. Returns the release.
   */
  const holdCourse = async () => {
    const holder = new PgClient({ connectionString: t.database.url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT 1 FROM training.course WHERE id = $1 FOR UPDATE", [courseId]);
    return async () => {
      await holder.query("ROLLBACK");
      await holder.end();
    };
  };

  it("one import per user at a time: a second, sent while the first runs, is refused (RATE_LIMITED); other users' reads keep answering", async () => {
    const reader = await t.as("HFJ", Role.CASEWORKER);
    const release = await holdCourse();
    let first: Promise<any>;
    try {
      first = council.query(IMPORT, { input: { courseId, csv: bigFile("first", 5000), acceptValidRowsOnly: false } });
      // Wait until the first import has written and waits mid-way, then send another from the same user.
      await until(async () => (await writingTransactions()) > 0);
      const second: any = await council.query(IMPORT, {
        input: { courseId, csv: bigFile("second", 10), acceptValidRowsOnly: false },
      });
      expect(second.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(second.data?.importCompletions ?? null).toBeNull();
      // Other users' reads answer, promptly, while it runs.
      for (let i = 0; i < 5; i++) {
        // eslint-disable-next-line no-restricted-syntax -- measures an answer's latency in real time
        const started = Date.now();
        const read: any = await reader.query("{ courses(first: 5) { totalCount nodes { id title } } }");
        expect(read.errors).toBeUndefined();
        expect(read.data.courses.totalCount).toBeGreaterThan(0);
        // eslint-disable-next-line no-restricted-syntax -- measures an answer's latency in real time
        expect(Date.now() - started).toBeLessThan(3_000);
      }
      expect(await writingTransactions()).toBeGreaterThan(0);
    } finally {
      await release();
    }
    const done: any = await first!;
    expect(done.errors).toBeUndefined();
    expect(done.data.importCompletions).toMatchObject({ committed: true, imported: 5000, rejected: 0 });
    const after: any = await council.query(IMPORT, {
      input: { courseId, csv: bigFile("second", 10), acceptValidRowsOnly: false },
    });
    expect(after.data.importCompletions).toMatchObject({ committed: true, imported: 10 });
  }, 180_000);

  it("an import whose client disconnects mid-way commits nothing", async () => {
    const trainingUrl = t.platform.subgraphs.find((s) => s.name === "training")!.url;
    const signer = await CallerContextSigner.fromJwk(t.keys.callerContext.privateJwk);
    const context = await signer.sign({
      userId: "demo:smbc:abandoning-admin",
      agencyId: demoAgencyId("SMBC"),
      sector: "LOCAL_AUTHORITY",
      roles: [Role.TRAINING_ADMIN],
      grants: {},
      partnership: {
        id: SANDWELL,
        referencePrefix: "SHOP",
        memberAgencyIds: DEMO_AGENCIES.map((a) => demoAgencyId(a.shortName)),
      },
      requestId: "abandoned-import",
    });
    const before = await counts();
    const abort = new AbortController();
    const release = await holdCourse();
    try {
      const request = fetch(trainingUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [CALLER_CONTEXT_HEADER]: context },
        body: JSON.stringify({
          query: IMPORT,
          variables: { input: { courseId, csv: bigFile("abandoned", 5000), acceptValidRowsOnly: false } },
        }),
        signal: abort.signal,
      }).catch((error: Error) => error);
      // It has written its delegates and waits at its first completions: the client goes away.
      await until(async () => (await writingTransactions()) > 0);
      abort.abort();
      expect(await request).toBeInstanceOf(Error);
    } finally {
      await release();
    }
    // The import goes on to its next step, sees the request abandoned, and rolls back.
    await until(async () => (await writingTransactions()) === 0);
    expect(await counts()).toEqual(before);
    const abandoned = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM training.delegate WHERE email LIKE 'abandoned.%'",
    );
    expect(abandoned[0]!.n).toBe(0);
  }, 180_000);

  /** Transactions of the training pool that have written and not yet ended. */
  async function writingTransactions(): Promise<number> {
    const [row] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
          AND (query ILIKE '%completion%' OR query ILIKE '%certificate_number_seq%' OR query ILIKE '%delegate%')`,
    );
    return row!.n;
  }
});

async function until(condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- a test's deadline is real time
  const deadline = Date.now() + timeoutMs;
  // eslint-disable-next-line no-restricted-syntax -- a test's deadline is real time
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("timed out waiting for a condition");
}
