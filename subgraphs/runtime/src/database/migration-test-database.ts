import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { type DataSourceOptions, openDataSource } from "./data-source.js";
import { dropDatabase, ensureDatabase, withDatabase } from "./database-admin.js";

/** The migrations a data source runs, in order. */
export type Migrations = DataSourceOptions["migrations"];

/** Every migration of `list` before `migration`: the state a migration test writes its old rows in. */
export function migrationsBefore(list: Migrations, migration: Migrations[number]): Migrations {
  const index = list.indexOf(migration);
  if (index < 0) throw new Error(`${migration.name} is not in the list of migrations`);
  return list.slice(0, index);
}

/** Every migration of `list` up to and including `migration`: the one under test is the last to undo. */
export function migrationsThrough(list: Migrations, migration: Migrations[number]): Migrations {
  return [...migrationsBefore(list, migration), migration];
}

/**
 * A database of a migration test's own on the test server: opened at the state a list of
 * migrations leaves (each open closes the connection before), dropped with everything in it at the
 * end. Migrations later than the one under test never run before it, however many are added.
 */
export class MigrationTestDatabase {
  private open: DataSource | undefined;

  private constructor(
    private readonly server: string,
    private readonly name: string,
    private readonly schema: string,
  ) {}

  static async create(server: string, schema: string): Promise<MigrationTestDatabase> {
    const database = new MigrationTestDatabase(server, `test_${randomBytes(6).toString("hex")}`, schema);
    await ensureDatabase(server, database.name);
    return database;
  }

  /** The database with `migrations` applied (those not yet applied run now, in order). */
  async migrate(migrations: Migrations): Promise<DataSource> {
    await this.close();
    this.open = await openDataSource({
      url: withDatabase(this.server, this.name),
      schema: this.schema,
      entities: [],
      migrations,
      poolSize: 1,
      applicationName: `${this.schema}-migration-test`,
    });
    return this.open;
  }

  async drop(): Promise<void> {
    await this.close();
    await dropDatabase(this.server, this.name);
  }

  /** Closes the open connection, unless the test closed it itself. */
  private async close(): Promise<void> {
    if (this.open?.isInitialized) await this.open.destroy();
    this.open = undefined;
  }
}
