import type { DataSource, QueryRunner } from "typeorm";
import type { RequestResources } from "../server/request-resources.js";

/**
 * One request's reads of many figures: every statement on one connection, in one read-only
 * REPEATABLE READ transaction, so the request holds one connection from the pool however many
 * figures it asks for, and every figure of one answer counts the same committed moment. The
 * connection is taken at the first statement and given back when the answer is ready.
 */
export class SnapshotReader {
  private runner: QueryRunner | null = null;
  /** Statements run one after another: one connection runs one statement at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    resources: RequestResources,
  ) {
    resources.onRelease(() => this.close());
  }

  query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    const run = this.queue.then(async () => (await this.open()).query(sql, parameters) as Promise<T[]>);
    this.queue = run.catch(() => undefined);
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
    await this.queue;
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
