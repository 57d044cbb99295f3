import type { GraphQLResolveInfo } from "graphql";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import type { Caller } from "./caller.js";

/**
 * The most records one row names: a bigger group is written as several rows. It bounds what one
 * chain trigger call hashes and one row holds; a request has more values of one field only when
 * it nests pages (a hundred people with a hundred records each).
 */
export const AUDIT_ROW_VALUES = 1_000;

type Path = GraphQLResolveInfo["path"];

/** Whether a sensitive value left the service, or was refused. */
export type AuditEntryOutcome = "RETURNED" | "DENIED";
/** Why a value or a root field was refused. */
export type DenialReason = "NO_AGREEMENT" | "NOT_TAKING_PART" | "MISSING_ROLE";

/** One sensitive value returned to a caller, or one refused. */
export interface AuditEntry {
  entityType: string;
  /** The record's id (or its key, for an entity this subgraph knows by another key); null only for a root field. */
  entityId: string | null;
  field: string;
  /** The field's data category; null for a root field refused for want of a role. */
  category: string | null;
  /** The agreement that allowed it; null when the record belongs to the caller's own agency, or when refused. */
  agreementId: string | null;
  outcome: AuditEntryOutcome;
  reason: DenialReason | null;
  /**
   * Where a returned value sits in the response, kept as graphql-js's linked path (no copy per
   * value): if its row cannot be written, the value is withheld there.
   */
  path?: Path;
}

/** The sensitive values one request returned and refused; written before the response leaves. */
export class AuditTrail {
  readonly entries: AuditEntry[] = [];
  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }
}

/** The entries of one request that differ only by record: written as one row naming every record. */
interface AuditGroup {
  at: string;
  user_id: string;
  agency_id: string;
  partnership_id: string | null;
  entity_type: string;
  /** The field, for a row of one field; null when `fields` names several. */
  field: string | null;
  /** The fields read of the same records, for a row of several (AuditGroupedFields migration). */
  fields: string[] | null;
  category: string | null;
  agreement_id: string | null;
  operation: string | null;
  operation_hash: string | null;
  request_id: string;
  outcome: AuditEntryOutcome;
  reason: DenialReason | null;
  client_name: string | null;
  client_version: string | null;
  entity_ids: Array<string | null>;
}

/** One INSERT of a batch's rows, given as one JSON array of AuditGroup. */
const INSERT_AUDIT_ROWS = `INSERT INTO audit_event (at, user_id, agency_id, partnership_id, entity_type, entity_ids, field, fields, category,
                         agreement_id, operation, operation_hash, request_id, outcome, reason, client_name, client_version)
SELECT g.at, g.user_id, g.agency_id, g.partnership_id, g.entity_type, g.entity_ids, g.field, g.fields, g.category,
       g.agreement_id, g.operation, g.operation_hash, g.request_id, g.outcome, g.reason, g.client_name, g.client_version
  FROM jsonb_to_recordset($1::jsonb) AS g(at timestamptz, user_id text, agency_id text, partnership_id text, entity_type text,
                                          field text, fields text[], category text, agreement_id text, operation text,
                                          operation_hash text, request_id text, outcome text, reason text, client_name text,
                                          client_version text, entity_ids text[])`;

/** Requests waiting for the next INSERT: each is answered when its own rows are committed. */
interface Waiting {
  groups: AuditGroup[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes audit rows before the response that carries their values leaves (no value without its
 * row, whatever happens to the process after). Writes are group-committed: the requests that
 * finish within the same `windowMs`, or while the previous INSERT runs, share one INSERT, and each
 * request's promise settles when that INSERT commits. A page of twenty records with two sensitive
 * fields of one category is written as one row naming both fields and the twenty ids
 * (AuditGroupedValues and AuditGroupedFields migrations): the database hashes and indexes one row,
 * not forty. The database chains each row to the one before (audit-chain.ts): the
 * INSERT waits for the log's advisory lock, so replicas writing at once still form one chain, and
 * it must run at READ COMMITTED (the default), which the table's trigger checks.
 */
export class AuditWriter {
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Requests whose rows the INSERT now running carries. */
  private inserting = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly windowMs = 2,
  ) {}

  /** Resolves once this request's rows are committed; rejects if they could not be written. */
  write(caller: Caller, trail: AuditTrail): Promise<void> {
    if (trail.entries.length === 0) return Promise.resolve();
    const groups = groupsOf(caller, trail);
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ groups, resolve, reject });
      this.schedule(this.windowMs);
    });
  }

  /** Requests whose rows are not yet committed: waiting for the next INSERT, or in the one running. */
  get depth(): number {
    return this.waiting.length + this.inserting;
  }

  /** Resolves when everything handed over so far has been written (or refused by the database). */
  async stop(): Promise<void> {
    while (this.writing || this.waiting.length > 0) {
      if (!this.writing) this.schedule(0);
      await (this.writing ?? new Promise((resolve) => setImmediate(resolve)));
    }
  }

  private schedule(delayMs: number): void {
    // One INSERT at a time: whoever arrives meanwhile waits for the next, together.
    if (this.writing || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writeWaiting().finally(() => {
        this.writing = null;
        if (this.waiting.length > 0) this.schedule(0);
      });
    }, delayMs);
  }

  /**
   * The pg pool behind the data source. The INSERT goes to it as a named statement, which TypeORM's
   * `query` cannot send: each connection parses and plans it once, not for every batch (about
   * 0.1 ms of PostgreSQL's CPU a batch, docs/benchmarks.md). TypeORM's logger would not count it
   * anyway (statement-counter.ts), and it is sent outside any request's trace.
   */
  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  private async writeWaiting(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    const groups = batch.flatMap((w) => w.groups);
    this.inserting = batch.length;
    try {
      await this.pool().query({
        name: "audit_event_insert",
        text: INSERT_AUDIT_ROWS,
        values: [JSON.stringify(groups)],
      });
      for (const w of batch) w.resolve();
    } catch (error) {
      // The requests waiting withhold their values instead (subgraph.ts): nothing to retry here.
      this.logger.error({ err: error, requests: batch.length }, "audit rows could not be written");
      for (const w of batch) w.reject(error);
    } finally {
      this.inserting = 0;
    }
  }
}

/**
 * The most fields one row names: with AUDIT_ROW_VALUES records, every value keeps a place within
 * the six digits `audit_event_value.id` gives it (AuditGroupedFields migration).
 */
export const AUDIT_ROW_FIELDS = 999;

/** The rows of one type, category, agreement, outcome and reason: each field's, in chunks of AUDIT_ROW_VALUES records. */
type FieldRows = Map<string, AuditGroup[]>;
/** Keyed level by level (type, category, agreement, outcome, reason): no key string is built per value. */
type GroupIndex = Map<unknown, GroupIndex | FieldRows>;

/**
 * A request's entries as rows: one per type, category, agreement, outcome, reason and field,
 * naming its records (in chunks of AUDIT_ROW_VALUES); then the rows of one type, category,
 * agreement, outcome and reason that name the same records (each as often, in any order) become
 * one row of their fields (AuditGroupedFields migration). A field left out for some records (a null value is
 * not recorded) keeps its own row, so a row's fields × its records are exactly the values read.
 */
export function groupsOf(caller: Caller, trail: AuditTrail): AuditGroup[] {
  // eslint-disable-next-line no-restricted-syntax -- when the read happened: a write's timestamp, real time
  const at = new Date().toISOString();
  const index: GroupIndex = new Map();
  const sets: FieldRows[] = [];
  for (const entry of trail.entries) {
    let level = index;
    for (const key of [entry.entityType, entry.category, entry.agreementId, entry.outcome]) {
      let next = level.get(key) as GroupIndex | undefined;
      if (!next) level.set(key, (next = new Map()));
      level = next;
    }
    let fields = level.get(entry.reason) as FieldRows | undefined;
    if (!fields) {
      level.set(entry.reason, (fields = new Map()));
      sets.push(fields);
    }
    let chunks = fields.get(entry.field);
    if (!chunks) fields.set(entry.field, (chunks = []));
    let group = chunks[chunks.length - 1];
    if (!group || group.entity_ids.length === AUDIT_ROW_VALUES) {
      group = {
        at,
        user_id: caller.userId,
        agency_id: caller.agencyId,
        partnership_id: caller.partnership?.id ?? null,
        entity_type: entry.entityType,
        field: entry.field,
        fields: null,
        category: entry.category,
        agreement_id: entry.agreementId,
        operation: caller.operation ?? null,
        operation_hash: caller.operationHash ?? null,
        request_id: caller.requestId,
        outcome: entry.outcome,
        reason: entry.reason,
        client_name: caller.client?.name ?? null,
        client_version: caller.client?.version ?? null,
        entity_ids: [],
      };
      chunks.push(group);
    }
    group.entity_ids.push(entry.entityId);
  }
  return sets.flatMap(sharingRecords);
}

/** One set's rows, those naming the same records merged into a row of their fields. */
function sharingRecords(fields: FieldRows): AuditGroup[] {
  const rows: AuditGroup[] = [];
  for (const chunks of fields.values()) {
    for (const group of chunks) {
      const same = rows.find(
        (row) => (row.fields?.length ?? 1) < AUDIT_ROW_FIELDS && sameIds(row.entity_ids, group.entity_ids),
      );
      if (!same) rows.push(group);
      else if (same.fields) same.fields.push(group.field!);
      else {
        same.fields = [same.field!, group.field!];
        same.field = null;
      }
    }
  }
  return rows;
}

/**
 * Whether two rows name the same records, each as often: in the same order, or in another (a field
 * resolved through a loader is recorded as its batch answers, not record by record).
 */
function sameIds(a: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return true;
  const counts = new Map<string | null, number>();
  for (let j = i; j < a.length; j++) {
    const id = a[j] as string | null;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (let j = i; j < b.length; j++) {
    const id = b[j] as string | null;
    const left = counts.get(id);
    if (!left) return false;
    counts.set(id, left - 1);
  }
  return true;
}

/**
 * No value without its row: when a request's rows could not be written, every value they record
 * is taken out of the answer (null at its path, a SERVICE_UNAVAILABLE error naming the path) and
 * the rest of the answer stands, as a refused field would. Sensitive fields are nullable, so a
 * null there is always a valid answer; a mutation's answer keeps its ids and so tells the client
 * that its write happened.
 */
export function withholdValues(
  result: { data?: Record<string, unknown> | null; errors?: ReadonlyArray<unknown> },
  entries: ReadonlyArray<AuditEntry>,
): { data?: Record<string, unknown> | null; errors?: ReadonlyArray<unknown> } {
  const errors = [...(result.errors ?? [])];
  for (const entry of entries) {
    if (entry.outcome !== "RETURNED" || !entry.path || !result.data) continue;
    const keys: Array<string | number> = [];
    for (let at: Path | undefined = entry.path; at; at = at.prev) keys.unshift(at.key);
    let parent: unknown = result.data;
    for (const key of keys.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key];
    const holder = parent as Record<string | number, unknown> | null | undefined;
    const last = keys[keys.length - 1]!;
    if (!holder || holder[last] === null || holder[last] === undefined) continue;
    holder[last] = null;
    errors.push({
      message: `${entry.entityType}.${entry.field} is withheld: the audit log could not record it. Try again shortly.`,
      path: keys,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
  return { ...result, errors };
}
