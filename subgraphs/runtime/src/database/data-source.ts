import { DataSource, type EntitySchema, type MigrationInterface } from "typeorm";
import { StatementCounter } from "./statement-counter.js";

export interface DataSourceOptions {
  /** Connection string of the database the subgraph's schema lives in. */
  url: string;
  /** The PostgreSQL schema that holds this subgraph's tables, and nothing else's. */
  schema: string;
  entities: Array<Function | EntitySchema>;
  migrations: Array<new () => MigrationInterface>;
  poolSize: number;
  /** Name shown in `pg_stat_activity`, so an operator sees which service holds a connection. */
  applicationName: string;
}

/**
 * A TypeORM data source confined to one PostgreSQL schema. The schema is created if missing and
 * the migrations are applied on start; `synchronize` is never used.
 */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource({
    logger: new StatementCounter(),
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    uuidExtension: "pgcrypto",
    migrationsTransactionMode: "all",
    synchronize: false,
    applicationName: options.applicationName,
    poolSize: options.poolSize,
    extra: { options: `-c search_path=${options.schema},public`, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    await dataSource.runMigrations({ transaction: "all" });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** How many SQL statements a data source opened by `openDataSource` has sent so far. */
export function statementsSent(dataSource: DataSource): number {
  return (dataSource.logger as StatementCounter).statements;
}

/**
 * Whether a subgraph's schema still lacks some of its migrations (a missing schema lacks them all),
 * without applying any: what a new pod waits on while the deployment's migration job runs.
 */
export async function hasPendingMigrations(
  options: Pick<DataSourceOptions, "url" | "schema" | "migrations" | "applicationName">,
): Promise<boolean> {
  const dataSource = new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    applicationName: options.applicationName,
    poolSize: 1,
    extra: { options: `-c search_path=${options.schema},public`, connectionTimeoutMillis: 5_000 },
  });
  await dataSource.initialize();
  try {
    const [found] = (await dataSource.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'migrations'",
      [options.schema],
    )) as Array<{ n: number }>;
    if (!found || found.n === 0) return true;
    return await dataSource.showMigrations();
  } finally {
    await dataSource.destroy();
  }
}
