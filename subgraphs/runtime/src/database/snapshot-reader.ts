import type { DataSource, QueryRunner } from "typeorm";
import type { RequestResources } from "../server/request-resources.js";

/**
 * One request's reads of many figures: its statements one after another on one connection, so a
 * request holds at most one connection from the pool however many figures it asks for. Statements
 * asked for while others are still waiting or running share one read-only REPEATABLE READ
 * transaction, so the figures asked together count the same committed moment.
 *
 * The connection is given back as soon as no statement is waiting, not at the end of the request:
 * a request holding a connection while it waits for a second one (a loader's) would, with every
 * connection so held, wait for ever. Figures asked later (a previous period's) get a new snapshot.
 */
export class SnapshotReader {
  private runner: QueryRunner | null = null;
  /** Statements run one after another: one connection runs one statement at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly dataSource: DataSource,
    resources: RequestResources,
  ) {
    // A request abandoned mid-way still gives its connection back.
    resources.onRelease(() => this.queue.then(() => this.close()));
  }

  query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    this.waiting++;
    const run = this.queue.then(async () => (await this.open()).query(sql, parameters) as Promise<T[]>);
    this.queue = run
      .catch(() => undefined)
      .then(async () => {
        if (--this.waiting === 0) await this.close();
      })
      .catch(() => undefined);
    return run;
  }

  private async open(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    const runner = this.dataSource.createQueryRunner("slave");
    try {
      await runner.connect();
      await runner.query("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    } catch (error) {
      await runner.release();
      throw error;
    }
    this.runner = runner;
    return runner;
  }

  private async close(): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    this.runner = null;
    try {
      // Read only: nothing to keep, and a transaction a failed statement aborted cannot commit.
      await runner.query("ROLLBACK");
    } finally {
      await runner.release();
    }
  }
}
