import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase, withDatabase } from "@partnership/runtime";
import { Client } from "pg";
import { inject } from "vitest";

export interface TestDatabase {
  url: string;
  /** Runs SQL against the test database (for row counts), outside any service. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A brand-new database on the run's server, so no test file sees another's rows: a copy of the run's
 * template (every subgraph migrated, the demo loaded for TEST_TODAY, see global-setup.ts), or with
 * `empty`, one with nothing in it (for tests of migrating and starting from nothing).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const server = inject("postgresServerUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(server, name, options.empty ? undefined : inject("templateDatabase"));
  const url = withDatabase(server, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    drop: async () => {
      await client.end();
      await dropDatabase(server, name);
    },
  };
}
