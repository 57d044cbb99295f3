import { spawn } from "node:child_process";
import path from "node:path";
import {
  AUDIT_MIGRATIONS,
  AUDIT_ROW_VALUES,
  AuditChain1765900000000,
  AuditChainLoops1767400000000,
  AuditEvent,
  AuditGroupedFields1767300000000,
  AuditGroupedValues1767200000000,
  AuditTrail,
  AuditWriter,
  type Caller,
  createLogger,
  demoAgencyId,
  demoPartnershipId,
  migrationsBefore,
  migrationsThrough,
  openDataSource,
  Role,
  verifyAuditChain,
} from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChains } from "../../src/audit-verify.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { startTestPlatform, type TestPlatform } from "../support/platform.js";

/**
 * Each subgraph's audit log is one hash chain (runtime audit-chain.ts): rows written through the
 * gateway verify intact; a row changed or deleted in the database itself (past the append-only
 * triggers) is named by `npm run audit:verify`, which then exits 1; replicas writing at once keep
 * one linear chain; and the migration chains the rows written before it.
 * (The command's own process is the built `dist`: run `npm run build` first.)
 */
const CLI = path.resolve(__dirname, "..", "..", "dist", "audit-verify-cli.js");
const SUBGRAPHS = ["cases", "training", "procurement", "governance"] as const;

/** Sensitive fields of all four subgraphs: each read (or refusal) is an audit row. */
const READS = `query ChainReads {
  concerns(first: 20) { nodes { id reference status } }
  people(first: 20) { nodes { id email jobTitle trainingRecord { id } } }
  contracts(first: 20) { nodes { id value } }
}`;

/** `npm run audit:verify` against the test database: its exit code and what it printed. */
function runCli(databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the audit log's hash chain", () => {
  let t: TestPlatform;
  const verify = async () => verifyAuditChains(t.database.url, () => {});
  const report = async (subgraph: string) => (await verify()).subgraphs.find((s) => s.subgraph === subgraph)!.report!;
  /** What someone with the database's keys can do: the append-only trigger switched off around a change. */
  const tamper = async (schema: string, sql: string) => {
    await t.database.query(`ALTER TABLE ${schema}.audit_event DISABLE TRIGGER audit_event_no_change`);
    try {
      await t.database.query(sql);
    } finally {
      await t.database.query(`ALTER TABLE ${schema}.audit_event ENABLE TRIGGER audit_event_no_change`);
    }
  };
  const idsOf = async (schema: string) =>
    (await t.database.query<{ id: string }>(`SELECT e.id::text AS id FROM ${schema}.audit_event e ORDER BY e.id`)).map(
      (row) => row.id,
    );

  beforeAll(async () => {
    t = await startTestPlatform();
    const readers = await Promise.all([
      t.as("WMP", Role.CASEWORKER),
      t.as("HFJ", Role.CASEWORKER),
      t.as("SMBC", Role.COORDINATOR),
      t.as("SMBC-PROC", Role.PROCUREMENT_OFFICER),
    ]);
    // At once: each subgraph's writer group-commits several requests' rows together.
    const answers = await Promise.all(readers.flatMap((reader) => [1, 2].map(() => reader.query(READS))));
    for (const answer of answers) expect(answer.status).toBe(200);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("verifies every subgraph's rows written through the gateway as intact, and the command exits 0", async () => {
    const lines: string[] = [];
    const { intact, subgraphs } = await verifyAuditChains(t.database.url, (line) => lines.push(line));
    expect(intact).toBe(true);
    for (const subgraph of SUBGRAPHS) {
      const [{ n }] = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${subgraph}.audit_event`);
      expect(n, subgraph).toBeGreaterThan(0);
      const { report } = subgraphs.find((s) => s.subgraph === subgraph)!;
      expect(report, subgraph).toMatchObject({ rows: n, broken: null });
      const [last] = await t.database.query<{ id: string; hash: string }>(
        `SELECT id::text AS id, encode(hash, 'hex') AS hash FROM ${subgraph}.audit_event e ORDER BY e.id DESC LIMIT 1`,
      );
      expect(report!.head).toEqual(last);
    }
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/rows checked, intact \(head: row \d+, hash [0-9a-f]{64}\)$/);

    const cli = await runCli(t.database.url);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout.trim().split("\n")).toEqual(lines);
  });

  it("keeps one linear chain while replicas of a subgraph and the gateway's requests write at once", async () => {
    const before = await report("cases");
    const [first, second] = await Promise.all(
      [1, 2].map((replica) =>
        openDataSource({
          url: t.database.url,
          schema: "cases",
          entities: [AuditEvent],
          migrations: [],
          poolSize: 4,
          applicationName: `audit-chain-replica-${replica}`,
        }),
      ),
    );
    try {
      const logger = createLogger("audit-chain-test", "silent");
      const writers = [new AuditWriter(first!, logger, 0), new AuditWriter(second!, logger, 0)];
      const caller = (request: string): Caller => ({
        userId: "demo:wmp:caseworker",
        agencyId: demoAgencyId("WMP"),
        sector: "POLICE",
        roles: [Role.CASEWORKER],
        grants: {},
        partnership: null,
        requestId: request,
        operation: "ChainReplicas",
      });
      const writes = writers.flatMap((writer, w) =>
        Array.from({ length: 30 }, (_, r) => {
          const trail = new AuditTrail();
          for (let i = 0; i < 20; i++) {
            trail.record({
              entityType: "Concern",
              entityId: `concern-${w}-${r}-${i}`,
              field: i % 2 ? "reference" : "status",
              category: "CASE_SUMMARY",
              agreementId: null,
              outcome: "RETURNED",
              reason: null,
            });
          }
          return writer.write(caller(`replica-${w}-${r}`), trail);
        }),
      );
      const reader = await t.as("WMP", Role.CASEWORKER);
      const requests = Array.from({ length: 6 }, () => reader.query(READS));
      await Promise.all([...writes, ...requests]);
      await Promise.all(writers.map((writer) => writer.stop()));
    } finally {
      await Promise.all([first!.destroy(), second!.destroy()]);
    }

    const after = await report("cases");
    expect(after.broken).toBeNull();
    const [{ written, links, predecessors }] = await t.database.query<{
      written: number;
      links: number;
      predecessors: number;
    }>(
      `SELECT count(*) FILTER (WHERE request_id LIKE 'replica-%')::int AS written,
              count(*)::int AS links, count(DISTINCT prev_hash)::int AS predecessors
         FROM cases.audit_event`,
    );
    // One row per request and field, naming its ten records.
    expect(written).toBe(2 * 30 * 2);
    const [{ values }] = await t.database.query<{ values: number }>(
      `SELECT count(*)::int AS values FROM cases.audit_event_value WHERE request_id LIKE 'replica-%'`,
    );
    expect(values).toBe(2 * 30 * 20);
    expect(after.rows).toBe(links);
    expect(after.rows).toBeGreaterThan(before.rows + written);
    // No fork: no two rows name the same predecessor.
    expect(predecessors).toBe(links);
  });

  it("refuses to chain a row inserted under a snapshot older than its lock", async () => {
    await t.database.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      await expect(
        t.database.query(
          `INSERT INTO training.audit_event (at, user_id, agency_id, entity_type, field, request_id)
           VALUES ('2026-12-11T10:00:00Z', 'u', 'a', 'Person', 'email', 'r')`,
        ),
      ).rejects.toThrow(/READ COMMITTED/);
    } finally {
      await t.database.query("ROLLBACK");
    }
    expect((await report("training")).broken).toBeNull();
  });

  it("names a row changed in the database, and a changed row whose hash was rewritten, and the command exits 1", async () => {
    const ids = await idsOf("governance");
    const changed = ids[Math.floor(ids.length / 2)]!;
    await tamper("governance", `UPDATE governance.audit_event SET user_id = 'someone-else' WHERE id = ${changed}`);

    const lines: string[] = [];
    const { intact, subgraphs } = await verifyAuditChains(t.database.url, (line) => lines.push(line));
    expect(intact).toBe(false);
    const governance = subgraphs.find((s) => s.subgraph === "governance")!.report!;
    const [stored] = await t.database.query<{ hash: string }>(
      `SELECT encode(hash, 'hex') AS hash FROM governance.audit_event WHERE id = ${changed}`,
    );
    expect(governance.broken).toMatchObject({ id: changed, problem: "ALTERED", found: stored!.hash });
    expect(governance.broken!.expected).not.toBe(stored!.hash);
    expect(governance.rows).toBe(ids.indexOf(changed) + 1);
    for (const s of subgraphs.filter((s) => s.subgraph !== "governance")) expect(s.report!.broken).toBeNull();
    expect(lines.find((line) => line.startsWith("governance"))).toContain(`BROKEN at row ${changed}: its content`);

    const cli = await runCli(t.database.url);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN at row ${changed}`);

    // Covering the change by giving the row the hash its new content gives breaks the next link instead.
    await tamper(
      "governance",
      `UPDATE governance.audit_event SET hash = '\\x${governance.broken!.expected}'::bytea WHERE id = ${changed}`,
    );
    const next = ids[ids.indexOf(changed) + 1]!;
    expect((await report("governance")).broken).toEqual({
      id: next,
      previousId: changed,
      problem: "UNLINKED",
      expected: governance.broken!.expected,
      found: stored!.hash,
    });
  });

  it("names a row of several values when one of its ids is changed", async () => {
    const [{ id, ids }] = await t.database.query<{ id: string; ids: string[] }>(
      `SELECT id::text AS id, entity_ids AS ids FROM cases.audit_event
        WHERE cardinality(entity_ids) > 2 ORDER BY id LIMIT 1`,
    );
    expect((await report("cases")).broken).toBeNull();
    await tamper("cases", `UPDATE cases.audit_event SET entity_ids[2] = 'another-record' WHERE id = ${id}`);
    expect((await report("cases")).broken).toMatchObject({ id, problem: "ALTERED" });
    await tamper("cases", `UPDATE cases.audit_event SET entity_ids[2] = '${ids[1]}' WHERE id = ${id}`);
    expect((await report("cases")).broken).toBeNull();
  });

  it("detects a deleted row at the next row, naming the row before the gap", async () => {
    const ids = await idsOf("procurement");
    const at = Math.floor(ids.length / 2);
    const [before, deleted, next] = [ids[at - 1]!, ids[at]!, ids[at + 1]!];
    const [{ hash: beforeHash }] = await t.database.query<{ hash: string }>(
      `SELECT encode(hash, 'hex') AS hash FROM procurement.audit_event WHERE id = ${before}`,
    );
    const [{ hash: deletedHash }] = await t.database.query<{ hash: string }>(
      `SELECT encode(hash, 'hex') AS hash FROM procurement.audit_event WHERE id = ${deleted}`,
    );
    await tamper("procurement", `DELETE FROM procurement.audit_event WHERE id = ${deleted}`);

    expect(await report("procurement")).toMatchObject({
      rows: at + 1,
      head: { id: before, hash: beforeHash },
      broken: { id: next, previousId: before, problem: "UNLINKED", expected: beforeHash, found: deletedHash },
    });
    const cli = await runCli(t.database.url);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`procurement .*BROKEN at row ${next}: it does not follow row ${before}`));
  });
});

/** A data source on one schema of `database`, at the given migrations, on one connection. */
function migratedTo(database: TestDatabase, schema: string) {
  return (migrations: ReturnType<typeof migrationsBefore>) =>
    openDataSource({
      url: database.url,
      schema,
      entities: [],
      migrations,
      poolSize: 1,
      applicationName: `audit-${schema.replaceAll("_", "-")}-test`,
    });
}

/** A police caseworker's request. */
function testCaller(requestId: string, operation: string): Caller {
  return {
    userId: "u2",
    agencyId: "a2",
    sector: "POLICE",
    roles: [Role.CASEWORKER],
    grants: {},
    partnership: null,
    requestId,
    operation,
  };
}

/** A request's trail: the concerns' `fields` read of each of `ids`. */
function concernFieldsRead(fields: string[], ids: string[]): AuditTrail {
  const trail = new AuditTrail();
  for (const entityId of ids)
    for (const field of fields)
      trail.record({
        entityType: "Concern",
        entityId,
        field,
        category: "CASE_SUMMARY",
        agreementId: null,
        outcome: "RETURNED",
        reason: null,
      });
  return trail;
}

describe("the migration that starts the chain", () => {
  it("chains the rows written before it, in id order, and every row inserted after", async () => {
    const database = await createTestDatabase({ empty: true });
    const open = migratedTo(database, "chained_later");
    try {
      const unchained = await open(migrationsBefore(AUDIT_MIGRATIONS, AuditChain1765900000000));
      try {
        await unchained.query(
          `INSERT INTO audit_event (at, user_id, agency_id, partnership_id, entity_type, entity_id, field, category,
                                    agreement_id, operation, operation_hash, request_id, outcome, reason)
           VALUES ('2020-01-02T03:04:05.678901Z', 'u1', 'a1', $1, 'Concern', 'c1', 'reference', 'CASE_SUMMARY', 'ag1', 'Op', NULL, 'r1', 'RETURNED', NULL),
                  ('2020-01-02T03:04:06Z', 'u2', 'a2', $1, 'Concern', 'c2', 'crimeReference', 'POLICE_INTELLIGENCE', NULL, NULL, NULL, 'r2', 'DENIED', 'NO_AGREEMENT'),
                  ('2020-01-02T03:04:07Z', 'u3', 'a3', NULL, 'Query', NULL, 'concerns', NULL, NULL, 'Op', 'abc', 'r3', 'DENIED', 'MISSING_ROLE')`,
          [demoPartnershipId("SANDWELL")],
        );
      } finally {
        await unchained.destroy();
      }
      const chained = await open(migrationsThrough(AUDIT_MIGRATIONS, AuditChain1765900000000));
      try {
        const query = (sql: string, params?: unknown[]) => database.query(sql, params);
        expect(await verifyAuditChain(query, "chained_later")).toMatchObject({ rows: 3, broken: null });
        // A session whose search_path does not name the schema is chained all the same.
        await database.query(
          `INSERT INTO chained_later.audit_event (at, user_id, agency_id, entity_type, field, request_id)
           VALUES ('2020-01-02T03:04:08Z', 'u4', 'a4', 'Person', 'email', 'r4')`,
        );
        expect(await verifyAuditChain(query, "chained_later", 2)).toMatchObject({ rows: 4, broken: null });

        await chained.undoLastMigration({ transaction: "all" });
        expect(
          await database.query(
            `SELECT column_name FROM information_schema.columns
              WHERE table_schema = 'chained_later' AND column_name IN ('hash', 'prev_hash')`,
          ),
        ).toEqual([]);
      } finally {
        await chained.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});

describe("the migration that groups values", () => {
  it("keeps rows of one value as they were, chains rows of several ids in format 2, and reads both one value a row", async () => {
    const database = await createTestDatabase({ empty: true });
    const open = migratedTo(database, "grouped_later");
    const query = (sql: string, params?: unknown[]) => database.query(sql, params);
    const oneValueRow = `INSERT INTO grouped_later.audit_event (at, user_id, agency_id, entity_type, entity_id, field, request_id)
      VALUES ('2020-01-02T03:04:05Z', 'u1', 'a1', 'Concern', $1, 'reference', 'r1')`;
    try {
      const ungrouped = await open(migrationsBefore(AUDIT_MIGRATIONS, AuditGroupedValues1767200000000));
      try {
        await database.query(oneValueRow, ["c1"]);
        await database.query(oneValueRow, [null]);
      } finally {
        await ungrouped.destroy();
      }
      const grouped = await open(migrationsThrough(AUDIT_MIGRATIONS, AuditGroupedFields1767300000000));
      try {
        const writer = new AuditWriter(grouped, createLogger("audit-grouped-test", "silent"), 0);
        const trail = new AuditTrail();
        for (const entityId of ["c2", "c3", "c4"])
          trail.record({
            entityType: "Concern",
            entityId,
            field: "reference",
            category: "CASE_SUMMARY",
            agreementId: null,
            outcome: "RETURNED",
            reason: null,
          });
        trail.record({
          entityType: "Query",
          entityId: null,
          field: "concerns",
          category: null,
          agreementId: null,
          outcome: "DENIED",
          reason: "MISSING_ROLE",
        });
        const caller = testCaller("r2", "Grouped");
        await writer.write(caller, trail);
        // A row of one value is still a row the log accepts, in format 1.
        await database.query(oneValueRow, ["c5"]);
        expect(await verifyAuditChain(query, "grouped_later", 2)).toMatchObject({ rows: 5, broken: null });

        const rows = await database.query<{ id: string; entity_id: string | null; entity_ids: Array<string | null> }>(
          `SELECT id::text AS id, entity_id, entity_ids FROM grouped_later.audit_event ORDER BY id`,
        );
        expect(rows.map((r) => [r.entity_id, r.entity_ids])).toEqual([
          ["c1", null],
          [null, null],
          [null, ["c2", "c3", "c4"]],
          [null, [null]],
          ["c5", null],
        ]);
        const [, , row3, row4, row5] = rows.map((r) => BigInt(r.id));
        const values = await database.query<{ id: string; entity_id: string | null; field: string }>(
          `SELECT id::text AS id, entity_id, field FROM grouped_later.audit_event_value ORDER BY id`,
        );
        expect(values).toEqual([
          { id: "1", entity_id: "c1", field: "reference" },
          { id: "2", entity_id: null, field: "reference" },
          { id: String(row3! * 1_000_000n + 1n), entity_id: "c2", field: "reference" },
          { id: String(row3! * 1_000_000n + 2n), entity_id: "c3", field: "reference" },
          { id: String(row3! * 1_000_000n + 3n), entity_id: "c4", field: "reference" },
          { id: String(row4! * 1_000_000n + 1n), entity_id: null, field: "concerns" },
          { id: String(row5!), entity_id: "c5", field: "reference" },
        ]);

        // A row names its records one way, never both, and never none.
        for (const ids of ["'{c6}'", "'{}'"]) {
          await expect(
            database.query(
              `INSERT INTO grouped_later.audit_event (at, user_id, agency_id, entity_type, entity_id, entity_ids, field, request_id)
               VALUES ('2020-01-02T03:04:09Z', 'u1', 'a1', 'Concern', ${ids === "'{}'" ? "NULL" : "'c6'"}, ${ids}, 'reference', 'r3')`,
            ),
          ).rejects.toThrow(/audit_event_entity_ids_check/);
        }
        // A group bigger than a row holds is written as several rows, in order.
        const big = new AuditTrail();
        const many = Array.from({ length: AUDIT_ROW_VALUES + 1 }, (_, i) => `p${i}`);
        for (const entityId of many)
          big.record({
            entityType: "Person",
            entityId,
            field: "email",
            category: "PERSONNEL",
            agreementId: null,
            outcome: "RETURNED",
            reason: null,
          });
        await writer.write({ ...caller, requestId: "r-big" }, big);
        const bigRows = await database.query<{ n: number }>(
          `SELECT cardinality(entity_ids) AS n FROM grouped_later.audit_event WHERE request_id = 'r-big' ORDER BY id`,
        );
        expect(bigRows).toEqual([{ n: AUDIT_ROW_VALUES }, { n: 1 }]);
        const bigValues = await database.query<{ entity_id: string }>(
          `SELECT entity_id FROM grouped_later.audit_event_value WHERE request_id = 'r-big' ORDER BY id`,
        );
        expect(bigValues.map((v) => v.entity_id)).toEqual(many);
        expect(await verifyAuditChain(query, "grouped_later")).toMatchObject({ rows: 7, broken: null });

        // Rows of several values cannot be folded back into format 1 (once the log no longer groups fields).
        await grouped.undoLastMigration({ transaction: "all" });
        await expect(grouped.undoLastMigration({ transaction: "all" })).rejects.toThrow(/several values/);
      } finally {
        await grouped.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});

describe("the migration that groups fields", () => {
  it("keeps rows of one field as they were, chains rows of several fields in format 3, and reads them one value a row", async () => {
    const database = await createTestDatabase({ empty: true });
    const open = migratedTo(database, "fields_later");
    const query = (sql: string, params?: unknown[]) => database.query(sql, params);
    try {
      const byField = await open(migrationsBefore(AUDIT_MIGRATIONS, AuditGroupedFields1767300000000));
      try {
        // A row of format 2, written as the log was before: one field, two records.
        await database.query(
          `INSERT INTO fields_later.audit_event (at, user_id, agency_id, entity_type, entity_ids, field, request_id)
           VALUES ('2020-01-02T03:04:05Z', 'u1', 'a1', 'Concern', '{c1,c2}', 'reference', 'r1')`,
        );
      } finally {
        await byField.destroy();
      }
      const grouped = await open(migrationsThrough(AUDIT_MIGRATIONS, AuditGroupedFields1767300000000));
      try {
        const writer = new AuditWriter(grouped, createLogger("audit-grouped-fields-test", "silent"), 0);
        await writer.write(
          testCaller("r2", "Fields"),
          concernFieldsRead(["reference", "status", "receivedOn"], ["c3", "c4"]),
        );
        await writer.write(testCaller("r3", "Fields"), concernFieldsRead(["reference"], ["c5"]));
        expect(await verifyAuditChain(query, "fields_later", 2)).toMatchObject({ rows: 3, broken: null });

        const rows = await database.query<{ id: string; field: string | null; fields: string[] | null }>(
          `SELECT id::text AS id, field, fields FROM fields_later.audit_event ORDER BY id`,
        );
        expect(rows.map((r) => [r.field, r.fields])).toEqual([
          ["reference", null],
          [null, ["reference", "status", "receivedOn"]],
          ["reference", null],
        ]);
        const [row1, row2, row3] = rows.map((r) => BigInt(r.id));
        const values = await database.query<{ id: string; entity_id: string; field: string }>(
          `SELECT id::text AS id, entity_id, field FROM fields_later.audit_event_value ORDER BY id`,
        );
        const value = (row: bigint, place: number, field: string, entityId: string) => ({
          id: String(row * 1_000_000n + BigInt(place)),
          entity_id: entityId,
          field,
        });
        // The row written before keeps its values' ids; a row of fields numbers them field by field.
        expect(values).toEqual([
          value(row1!, 1, "reference", "c1"),
          value(row1!, 2, "reference", "c2"),
          value(row2!, 1, "reference", "c3"),
          value(row2!, 2, "reference", "c4"),
          value(row2!, 3, "status", "c3"),
          value(row2!, 4, "status", "c4"),
          value(row2!, 5, "receivedOn", "c3"),
          value(row2!, 6, "receivedOn", "c4"),
          value(row3!, 1, "reference", "c5"),
        ]);

        // A row names one field or several, never both nor one alone in fields, and only with its records.
        for (const [field, fields, ids] of [
          ["'reference'", "'{reference,status}'", "'{c6}'"],
          ["NULL", "'{reference}'", "'{c6}'"],
          ["NULL", "'{reference,NULL}'", "'{c6}'"],
          ["NULL", "'{reference,status}'", "NULL"],
          ["NULL", "NULL", "'{c6}'"],
        ]) {
          await expect(
            database.query(
              `INSERT INTO fields_later.audit_event (at, user_id, agency_id, entity_type, entity_ids, field, fields, request_id)
               VALUES ('2020-01-02T03:04:09Z', 'u1', 'a1', 'Concern', ${ids}, ${field}, ${fields}, 'r4')`,
            ),
          ).rejects.toThrow(/audit_event_fields_check/);
        }

        // A field changed in a row of several is found.
        await database.query("ALTER TABLE fields_later.audit_event DISABLE TRIGGER audit_event_no_change");
        await database.query(
          `UPDATE fields_later.audit_event SET fields = '{reference,status,outcome}' WHERE id = ${row2}`,
        );
        await database.query("ALTER TABLE fields_later.audit_event ENABLE TRIGGER audit_event_no_change");
        expect(await verifyAuditChain(query, "fields_later")).toMatchObject({
          broken: { id: String(row2), problem: "ALTERED" },
        });

        // Rows of several fields cannot be folded back into format 2.
        await expect(grouped.undoLastMigration({ transaction: "all" })).rejects.toThrow(/several fields/);
      } finally {
        await grouped.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});

describe("the migration that folds ids and fields in loops", () => {
  it("hashes rows of every format as the trigger before it did, and hands the log back to it", async () => {
    const database = await createTestDatabase({ empty: true });
    const open = migratedTo(database, "loops_later");
    const query = (sql: string, params?: unknown[]) => database.query(sql, params);
    // Every format, with what a canonical text must keep apart: NULL, '' and a separator among the
    // ids, bytes beyond ASCII (octet_length counts UTF-8 bytes), a refusal of a root field.
    const writeEveryFormat = (requestId: string) =>
      database.query(
        `INSERT INTO loops_later.audit_event (at, user_id, agency_id, entity_type, entity_id, entity_ids, field, fields,
                                              category, outcome, reason, request_id)
         VALUES ('2020-01-02T03:04:05.123456Z', 'u1', 'a1', 'Concern', 'c1', NULL, 'reference', NULL, 'CASE_SUMMARY', 'RETURNED', NULL, $1),
                ('2020-01-02T03:04:05Z', 'u1', 'a1', 'Concern', NULL, '{c1,NULL,"",":","Zoë ✓"}', 'status', NULL, 'CASE_SUMMARY', 'RETURNED', NULL, $1),
                ('2020-01-02T03:04:05Z', 'u1', 'a1', 'Location', NULL, '{l1,l2}', NULL, '{ward,"régión:1"}', 'LOCATION', 'RETURNED', NULL, $1),
                ('2020-01-02T03:04:05Z', 'u1', 'a1', 'Query', NULL, NULL, 'concerns', NULL, NULL, 'DENIED', 'MISSING_ROLE', $1)`,
        [requestId],
      );
    try {
      const before = await open(migrationsBefore(AUDIT_MIGRATIONS, AuditChainLoops1767400000000));
      try {
        await writeEveryFormat("r1");
      } finally {
        await before.destroy();
      }
      const loops = await open(AUDIT_MIGRATIONS);
      try {
        const [{ source }] = await database.query<{ source: string }>(
          `SELECT prosrc AS source FROM pg_proc WHERE oid = 'loops_later.audit_event_chain'::regproc`,
        );
        expect(source).toContain("FOREACH");
        expect(source).not.toContain("unnest");
        await writeEveryFormat("r2");
        // The writer's rows too, sent as a statement its connection (the pool's only one) prepared once.
        const writer = new AuditWriter(loops, createLogger("audit-chain-loops-test", "silent"), 0);
        for (const requestId of ["r3", "r4"]) {
          await writer.write(testCaller(requestId, "Loops"), concernFieldsRead(["reference", "status"], ["c7", "c8"]));
        }
        expect(await loops.query(`SELECT name FROM pg_prepared_statements`)).toEqual([{ name: "audit_event_insert" }]);
        // verifyAuditChain recomputes every hash in this process, trusting no function in the database.
        expect(await verifyAuditChain(query, "loops_later")).toMatchObject({ rows: 10, broken: null });

        await loops.undoLastMigration({ transaction: "all" });
        await writeEveryFormat("r5");
        expect(await verifyAuditChain(query, "loops_later")).toMatchObject({ rows: 14, broken: null });
      } finally {
        await loops.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
