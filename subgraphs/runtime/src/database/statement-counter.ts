import type { Logger as TypeOrmLogger } from "typeorm";

/**
 * Counts the SQL statements a data source sends, so tests can prove a page of 100 rows costs the
 * same number of statements as a page of 10 (N+1 is a bug). The audit log's batched inserts go to
 * the pg pool itself (audit-trail.ts), at their own pace, and are not counted.
 */
export class StatementCounter implements TypeOrmLogger {
  private count = 0;

  get statements(): number {
    return this.count;
  }

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
