import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkDatabase, createLogger, type EmbeddedDatabase, startEmbeddedDatabase } from "@partnership/runtime";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server the tests create their own databases on. */
    postgresServerUrl: string;
  }
}

/**
 * One PostgreSQL server for the run: the one in DATABASE_URL when set, otherwise an embedded one in
 * a temporary directory, removed afterwards. Each test file then creates its own fresh database.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger("tests", "warn");
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkDatabase(external);
    project.provide("postgresServerUrl", external);
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "partnership-test-pg-"));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
  await chmod(dataDir, 0o755);
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = await startEmbeddedDatabase(path.join(dataDir, "postgres"), logger);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("postgresServerUrl", embedded.url);
  return async () => {
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
