import { Client } from "pg";

/** Runs one statement against a server with a short-lived client. */
async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Replaces the database name in a connection string. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates `database` on the server of `url` unless it exists (CREATE DATABASE has no IF NOT EXISTS),
 * as a copy of `template` when one is given (a file copy: far cheaper than migrating and loading it).
 */
export async function ensureDatabase(url: string, database: string, template?: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return;
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
  });
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await withClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`),
  );
}

/** Connects once and reports a clear reason when the server cannot be used. */
export async function checkDatabase(url: string): Promise<void> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
  } catch (error) {
    const host = (() => {
      try {
        const parsed = new URL(url);
        return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
      } catch {
        return "the configured server";
      }
    })();
    throw new Error(`cannot connect to PostgreSQL at ${host}: ${(error as Error).message}`);
  }
}
