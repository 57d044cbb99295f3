import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@partnership/runtime";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point (npm test builds first) with a clean environment plus `env`. */
function run(entry: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, entry)], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const errorLines = (output: string) => output.split("\n").filter((line) => line.trim() && !line.startsWith("{"));

describe("start-up failures give one clear line, a non-zero exit and nothing half-started", () => {
  it("a DATABASE_URL that is not a URL", async () => {
    const result = await run("platform/dist/main.js", { DATABASE_URL: "mysql://wrong" });
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      "npm start: Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL",
    ]);
  });

  it("a DATABASE_URL whose server does not answer", async () => {
    const [port, gatewayPort] = [await freePort(), await freePort()];
    const result = await run("platform/dist/main.js", {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/partnership`,
      PORT: String(gatewayPort),
    });
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^npm start: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}/partnership: `),
    );
    expect(await portIsFree(gatewayPort)).toBe(true);
  });

  it("the gateway in production without a subgraph URL", async () => {
    const result = await run("gateway/dist/main.js", { NODE_ENV: "production", PORT: "not-a-port" });
    expect(result.code).toBe(1);
    const lines = errorLines(result.stderr);
    expect(lines).toHaveLength(1);
    for (const variable of ["GOVERNANCE_URL", "TRUSTED_ISSUERS", "CONTEXT_PRIVATE_KEY"]) {
      expect(lines[0]).toContain(`${variable} is required`);
    }
    expect(lines[0]).toContain("PORT");
  });

  it("a subgraph container without DATABASE_URL", async () => {
    const result = await run("subgraphs/governance/dist/main.js", { NODE_ENV: "production" });
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      "governance: Invalid configuration: DATABASE_URL is required; CONTEXT_PUBLIC_KEY is required",
    ]);
  });

  it("a gateway port already in use, with the embedded database: the port is named and PostgreSQL is stopped", async () => {
    const busy: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => busy.listen(port, "127.0.0.1", resolve));
    const dataDir = await mkdtemp(path.join(tmpdir(), "partnership-start-"));
    await chmod(dataDir, 0o755);
    try {
      const result = await run("platform/dist/main.js", {
        DATA_DIR: dataDir,
        PORT: String(port),
        // Any free ports for the subgraphs, so only the gateway's port can be the one in use.
        SUBGRAPH_BASE_PORT: "0",
      });
      expect(result.code).toBe(1);
      expect(errorLines(result.stderr)).toEqual([
        `npm start: port ${port} is already in use: stop what is using it or set another port`,
      ]);
      expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      busy.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
