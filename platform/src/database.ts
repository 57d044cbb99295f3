import path from "node:path";
import { checkDatabase, ensureDatabase, type Logger, withDatabase } from "@partnership/runtime";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded-postgres.js";

export interface PlatformDatabase {
  url: string;
  /** Where the data is, for the banner. */
  description: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = "partnership";

/** The server in DATABASE_URL when given (nothing is started); otherwise an embedded one under DATA_DIR. */
export async function openPlatformDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  logger: Logger,
): Promise<PlatformDatabase> {
  if (databaseUrl) {
    await checkDatabase(databaseUrl);
    return { url: databaseUrl, description: "the server in DATABASE_URL", stop: async () => {} };
  }
  const directory = path.join(dataDir, "postgres");
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase(directory, logger);
  try {
    await ensureDatabase(embedded.url, DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    url: withDatabase(embedded.url, DATABASE_NAME),
    description: `embedded PostgreSQL on port ${embedded.port}, data in ${directory}`,
    stop: () => embedded.stop(),
  };
}
