import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import {
  checkDatabase,
  createLogger,
  dropDatabase,
  ensureDatabase,
  type Logger,
  openSubgraphDatabase,
  withDatabase,
} from "@partnership/runtime";
import { demoSeedOf } from "../../src/demo-seeds.js";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../src/embedded-postgres.js";
import { SUBGRAPHS } from "@partnership/schema";
import type { TestProject } from "vitest/node";
import { testClock } from "./today.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server the tests create their own databases on. */
    postgresServerUrl: string;
    /** A database on it with every subgraph migrated and the demo loaded: what test databases are copied from. */
    templateDatabase: string;
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
    const template = await createTemplate(external, logger);
    project.provide("templateDatabase", template);
    return () => dropDatabase(external, template);
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
  project.provide("templateDatabase", await createTemplate(embedded.url, logger));
  return async () => {
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * Migrates every subgraph's schema and loads the demo (for TEST_TODAY) once, in a database each test
 * file's own is then copied from: migrating and loading it again in every file was most of the
 * suite's time.
 */
async function createTemplate(server: string, logger: Logger): Promise<string> {
  const name = `test_template_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(server, name);
  for (const { module } of SUBGRAPHS) {
    const dataSource = await openSubgraphDatabase(module, withDatabase(server, name), 2);
    try {
      await demoSeedOf(module.name)(dataSource, logger, testClock);
    } finally {
      await dataSource.destroy();
    }
  }
  return name;
}
