import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PoolUse } from "../telemetry/metrics.js";

/** The use of the pg pool behind a TypeORM data source; null before it is connected or after it is destroyed. */
export function poolUse(dataSource: DataSource): PoolUse | null {
  if (!dataSource.isInitialized) return null;
  // TypeORM keeps its PostgreSQL driver's pool as `master` (and `slaves` with replication, which is unused here).
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
