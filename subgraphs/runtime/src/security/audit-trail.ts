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

interface AuditRow extends AuditEntry {
  at: Date;
  userId: string;
  agencyId: string;
  operation: string | null;
  requestId: string;
}

/**
 * Writes audit rows in batches, off the request path: a response never waits on the audit.
 * Rows are flushed every `intervalMs`, when `batchSize` are waiting, and on stop.
 */
export class AuditWriter {
  private pending: AuditRow[] = [];
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly batchSize = 500,
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  write(caller: Caller, operation: string | null, trail: AuditTrail): void {
    if (trail.entries.length === 0) return;
    const at = new Date();
    for (const entry of trail.entries) {
      this.pending.push({
        ...entry,
        at,
        userId: caller.userId,
        agencyId: caller.agencyId,
        operation,
        requestId: caller.requestId,
      });
    }
    if (this.pending.length >= this.batchSize) void this.flush();
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
    const rows = this.pending;
    this.pending = [];
    const column = <K extends keyof AuditRow>(key: K) => rows.map((row) => row[key]);
    try {
      await this.dataSource.query(
        `INSERT INTO audit_event (at, user_id, agency_id, entity_type, entity_id, field, category, agreement_id, operation, request_id)
         SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
        [
          column("at"),
          column("userId"),
          column("agencyId"),
          column("entityType"),
          column("entityId"),
          column("field"),
          column("category"),
          column("agreementId"),
          column("operation"),
          column("requestId"),
        ],
      );
    } catch (error) {
      // Keep the rows for the next attempt rather than lose the record of who saw what.
      this.pending = rows.concat(this.pending);
      this.logger.error({ err: error, rows: rows.length }, "audit rows could not be written; will retry");
    }
  }
}
