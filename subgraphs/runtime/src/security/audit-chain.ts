import { createHash } from "node:crypto";

/**
 * Each subgraph's audit log is one hash chain, in id order, so a row changed or deleted in the
 * database itself (past the append-only triggers, by whoever can disable them) is detected:
 *
 *   row.prev_hash = the previous row's hash (GENESIS for the first row)
 *   row.hash      = SHA-256(row.prev_hash || content(row))
 *
 * content(row) is every column the chain was started with (all but prev_hash and hash, and the
 * client's self-description added later: AuditClient migration), in CHAIN_COLUMNS' order, each as its
 * text form in UTF-8: `-` for NULL, otherwise the byte length in decimal, `:`, then the bytes (so
 * NULL, '' and any value containing the separator all differ). The database computes the hashes
 * as rows are inserted (AuditChain migration); `verifyAuditChain` recomputes them here, so the
 * check does not trust any function stored in the database.
 *
 * The format is frozen: the migration that chained the existing rows and every stored hash depend
 * on it. A column added to audit_event later is outside the chain unless a new migration (and a
 * new format for the rows it writes) says otherwise.
 *
 * Format 2, for a row that records several values at once (`entity_ids`, AuditGroupedValues
 * migration): the same content, whose entity_id is NULL, followed by the ids: `*`, their count in
 * decimal, `:`, then each id as a column is written above (`-` for NULL). A row of format 1 has no
 * bytes after its last column and a row of format 2 always has some, so no row of one format
 * hashes the content of a row of the other; the count and the lengths make the ids unambiguous
 * (["a,b"] is not ["a", "b"], [NULL] is not [""] nor []). Rows without entity_ids hash exactly as
 * before, so every hash stored before format 2 still verifies.
 *
 * Format 3, for a row that records several fields of the same records (`fields`, AuditGroupedFields
 * migration): the content of format 2, whose field is NULL, followed by the fields: `#`, their
 * count in decimal, `:`, then each field as a column is written. A row of format 2 ends with its
 * last id and a row of format 3 always continues past it, so neither hashes the other's content;
 * rows without fields hash exactly as before.
 */
export const GENESIS_HASH = Buffer.alloc(32);

/** The chained columns, in the table's column order, with the SQL giving each one's canonical text. */
export const CHAIN_COLUMNS: ReadonlyArray<{ name: string; text: (row: string) => string }> = [
  { name: "id", text: (row) => `${row}.id::text` },
  // Microseconds in UTC, whatever the session's TimeZone and DateStyle.
  { name: "at", text: (row) => `to_char(${row}.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` },
  ...[
    "user_id",
    "agency_id",
    "entity_type",
    "entity_id",
    "field",
    "category",
    "agreement_id",
    "operation",
    "request_id",
    "partnership_id",
    "operation_hash",
    "outcome",
    "reason",
  ].map((name) => ({ name, text: (row: string) => `${row}.${name}` })),
];

/**
 * One row's chained columns in their canonical text (null for NULL), keyed by column name, and
 * for a row of format 2 or 3 its `entity_ids`, and for a row of format 3 its `fields` (absent or
 * null otherwise).
 */
export type ChainRowContent = Readonly<Record<string, string | null | ReadonlyArray<string | null>>> & {
  readonly entity_ids?: ReadonlyArray<string | null> | null;
  readonly fields?: ReadonlyArray<string> | null;
};

const field = (value: string | null): Buffer => {
  if (value === null) return Buffer.from("-");
  const bytes = Buffer.from(value, "utf8");
  return Buffer.concat([Buffer.from(`${bytes.length}:`), bytes]);
};

/** The canonical content of a row (see the module comment). */
export function chainContent(row: ChainRowContent): Buffer {
  const columns = CHAIN_COLUMNS.map(({ name }) => {
    const value = row[name];
    if (value === undefined) throw new Error(`audit row lacks the chained column ${name}`);
    if (typeof value !== "string" && value !== null) throw new Error(`audit row's column ${name} is not text`);
    return field(value);
  });
  const ids = row.entity_ids;
  const fields = row.fields;
  if (ids === undefined || ids === null) {
    if (fields !== undefined && fields !== null) throw new Error("an audit row of several fields names no records");
    return Buffer.concat(columns);
  }
  const grouped = [...columns, Buffer.from(`*${ids.length}:`), ...ids.map(field)];
  if (fields === undefined || fields === null) return Buffer.concat(grouped);
  return Buffer.concat([...grouped, Buffer.from(`#${fields.length}:`), ...fields.map(field)]);
}

/** SHA-256(prev || content(row)). */
export function chainHash(prev: Buffer, row: ChainRowContent): Buffer {
  return createHash("sha256").update(prev).update(chainContent(row)).digest();
}

/**
 * The same content, as a SQL bytea expression over the row `row` (the trigger's NEW, or a table
 * alias). octet_length is the UTF-8 length only on a UTF8 server, or a SQL_ASCII one holding the
 * UTF-8 bytes clients sent (the migration refuses any other): one conversion per row instead of
 * two per column halved the cost of hashing a row.
 */
export function chainContentSql(row: string): string {
  return `convert_to(${chainColumnsSql(row)}, 'UTF8')`;
}

/** The chained columns of `row` as one SQL text expression, before conversion to UTF-8. */
export function chainColumnsSql(row: string): string {
  return CHAIN_COLUMNS.map(({ text }) => `coalesce(octet_length(${text(row)}) || ':' || ${text(row)}, '-')`).join(
    "\n || ",
  );
}

/**
 * Format 1 or 2, as the row has it, as a SQL bytea expression (what the chain trigger hashes once
 * the log groups values): nothing is appended when entity_ids is NULL. The ids are folded in their
 * array order (WITH ORDINALITY), the order verifyAuditChain receives them in.
 */
export function groupedChainContentSql(row: string): string {
  return `convert_to(${chainColumnsSql(row)}\n || ${idsSuffixSql(row)}, 'UTF8')`;
}

/**
 * Format 1, 2 or 3, as the row has it (what the chain trigger hashes once a row may name several
 * fields): nothing more than format 2 when fields is NULL.
 */
export function fieldsChainContentSql(row: string): string {
  const fields = `(SELECT string_agg(coalesce(octet_length(f.field) || ':' || f.field, '-'), '' ORDER BY f.n)
                     FROM unnest(${row}.fields) WITH ORDINALITY AS f(field, n))`;
  const suffix = `CASE WHEN ${row}.fields IS NULL THEN '' ELSE '#' || cardinality(${row}.fields) || ':' || ${fields} END`;
  return `convert_to(${chainColumnsSql(row)}\n || ${idsSuffixSql(row)}\n || ${suffix}, 'UTF8')`;
}

function idsSuffixSql(row: string): string {
  const ids = `(SELECT coalesce(string_agg(coalesce(octet_length(i.id) || ':' || i.id, '-'), '' ORDER BY i.n), '')
                  FROM unnest(${row}.entity_ids) WITH ORDINALITY AS i(id, n))`;
  return `CASE WHEN ${row}.entity_ids IS NULL THEN '' ELSE '*' || cardinality(${row}.entity_ids) || ':' || ${ids} END`;
}

/** GENESIS_HASH as a SQL bytea literal. */
export const GENESIS_HASH_SQL = `'\\x${GENESIS_HASH.toString("hex")}'::bytea`;

/** Runs SQL and returns its rows (a pg client's, a TypeORM data source's or a test database's query). */
export type ChainQuery = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Where a chain first breaks. */
export interface ChainBreak {
  /** The first row that does not verify. */
  id: string;
  /** The row before it in the log (null when it is the first row). */
  previousId: string | null;
  /**
   * ALTERED: the row's content no longer gives its stored hash (the row was changed).
   * UNLINKED: the row is intact but does not follow the row before it (a row between was deleted,
   * or the row before was changed and its hash recomputed).
   */
  problem: "ALTERED" | "UNLINKED";
  /** Hex: the hash the row should carry (ALTERED) or the hash of the row before it (UNLINKED). */
  expected: string;
  /** Hex: what the row carries (its hash, or its prev_hash); null when missing. */
  found: string | null;
}

/** The outcome of walking one audit log. */
export interface ChainReport {
  /** The rows checked: every row when intact, up to and including the broken one otherwise. */
  rows: number;
  /** The last row checked and its hash: record it elsewhere to detect a rewrite of the whole tail. */
  head: { id: string; hash: string } | null;
  broken: ChainBreak | null;
}

const hex = (value: unknown): string | null => (Buffer.isBuffer(value) ? value.toString("hex") : null);

/**
 * Walks the audit log in `schema` in id order, `batchSize` rows at a time (never the whole log in
 * memory), and stops at the first row that does not verify.
 */
export async function verifyAuditChain(query: ChainQuery, schema: string, batchSize = 2_000): Promise<ChainReport> {
  const table = `"${schema.replaceAll('"', '""')}".audit_event`;
  // A log migrated only as far as format 1 or 2 (verified before its upgrade) lacks the later columns.
  const present = new Set(
    (
      (await query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_schema = $1::text AND table_name = 'audit_event' AND column_name IN ('entity_ids', 'fields')`,
        [schema],
      )) as Array<{ column_name: string }>
    ).map((c) => c.column_name),
  );
  const columns = [
    ...CHAIN_COLUMNS.map(({ name, text }) => `${text("e")} AS ${name}`),
    ...["entity_ids", "fields"].filter((name) => present.has(name)).map((name) => `e.${name}`),
  ].join(", ");
  // Identity ids start at 1: "after 0" is the whole log.
  let previous: { id: string; hash: Buffer } = { id: "0", hash: GENESIS_HASH };
  let rows = 0;
  const report = (broken: ChainBreak | null): ChainReport => ({
    rows,
    head: rows > (broken ? 1 : 0) ? { id: previous.id, hash: previous.hash.toString("hex") } : null,
    broken,
  });
  for (;;) {
    const batch = await query(
      `SELECT ${columns}, e.prev_hash, e.hash FROM ${table} e WHERE e.id > $1::bigint ORDER BY e.id LIMIT $2`,
      [previous.id, batchSize],
    );
    for (const row of batch) {
      rows += 1;
      const id = row.id as string;
      const previousId = rows > 1 ? previous.id : null;
      const prevHash = Buffer.isBuffer(row.prev_hash) ? row.prev_hash : null;
      const hash = Buffer.isBuffer(row.hash) ? row.hash : null;
      const expected = chainHash(prevHash ?? previous.hash, row as ChainRowContent);
      if (!prevHash || !hash || !expected.equals(hash)) {
        return report({ id, previousId, problem: "ALTERED", expected: expected.toString("hex"), found: hex(hash) });
      }
      if (!prevHash.equals(previous.hash)) {
        const found = prevHash.toString("hex");
        return report({ id, previousId, problem: "UNLINKED", expected: previous.hash.toString("hex"), found });
      }
      previous = { id, hash };
    }
    if (batch.length < batchSize) return report(null);
  }
}
