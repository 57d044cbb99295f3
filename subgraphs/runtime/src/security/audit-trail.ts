import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import type { Caller } from "./caller.js";

/** One sensitive value returned to a caller. */
export interface AuditEntry {
  entityType: string;
  entityId: string | null;
  field: string;
  category: string;
  /** The agreement that allowed it; null when the record belongs to the caller's own agency. */
  agreementId: string | null;
}

/** The sensitive values one request returned; handed to the writer when the response is sent. */
export class AuditTrail {
  readonly entries: AuditEntry[] = [];
  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }
}

/** The entries of one request that differ only by record: written as one group, expanded in SQL. */
interface AuditGroup {
  at: string;
  user_id: string;
  agency_id: string;
  partnership_id: string | null;
  entity_type: string;
  field: string;
  category: string;
  agreement_id: string | null;
  operation: string | null;
  request_id: string;
  entity_ids: Array<string | null>;
}

/**
 * Writes audit rows in batches, off the request path: a response never waits on the audit.
 * Rows are flushed every `intervalMs`, when `batchSize` are waiting, and on stop. A page of twenty
 * records with two sensitive fields is sent as two groups and expanded to forty rows by PostgreSQL,
 * so the service does not serialise every row itself.
 */
export class AuditWriter {
  private pending: AuditGroup[] = [];
  private pendingRows = 0;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly batchSize = 2000,
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  write(caller: Caller, operation: string | null, trail: AuditTrail): void {
    if (trail.entries.length === 0) return;
    // eslint-disable-next-line no-restricted-syntax -- when the read happened: a write's timestamp, real time
    const at = new Date().toISOString();
    const groups = new Map<string, AuditGroup>();
    for (const entry of trail.entries) {
      const key = `${entry.entityType}\u0000${entry.field}\u0000${entry.category}\u0000${entry.agreementId}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          at,
          user_id: caller.userId,
          agency_id: caller.agencyId,
          partnership_id: caller.partnership?.id ?? null,
          entity_type: entry.entityType,
          field: entry.field,
          category: entry.category,
          agreement_id: entry.agreementId,
          operation,
          request_id: caller.requestId,
          entity_ids: [],
        };
        groups.set(key, group);
      }
      group.entity_ids.push(entry.entityId);
    }
    this.pending.push(...groups.values());
    this.pendingRows += trail.entries.length;
    if (this.pendingRows >= this.batchSize) void this.flush();
  }

  /** Writes everything waiting; resolves when it is stored. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBatch());
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async writeBatch(): Promise<void> {
    if (this.pending.length === 0) return;
    const groups = this.pending;
    const rows = this.pendingRows;
    this.pending = [];
    this.pendingRows = 0;
    try {
      await this.dataSource.query(
        `INSERT INTO audit_event (at, user_id, agency_id, partnership_id, entity_type, entity_id, field, category, agreement_id, operation, request_id)
         SELECT g.at, g.user_id, g.agency_id, g.partnership_id, g.entity_type, e.entity_id, g.field, g.category, g.agreement_id, g.operation, g.request_id
           FROM jsonb_to_recordset($1::jsonb) AS g(at timestamptz, user_id text, agency_id text, partnership_id text, entity_type text, field text,
                                                   category text, agreement_id text, operation text, request_id text, entity_ids text[])
          CROSS JOIN LATERAL unnest(g.entity_ids) AS e(entity_id)`,
        [JSON.stringify(groups)],
      );
    } catch (error) {
      // Keep the rows for the next attempt rather than lose the record of who saw what.
      this.pending = groups.concat(this.pending);
      this.pendingRows += rows;
      this.logger.error({ err: error, rows }, "audit rows could not be written; will retry");
    }
  }
}
