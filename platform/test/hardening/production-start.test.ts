import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { demoAgencyId } from "@partnership/governance";
import { demoPartnershipId, freePort, generateEs256KeyPair, localKeyPair, Role } from "@partnership/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DemoIdentityProvider } from "@partnership/gateway";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { postAs, send } from "./helpers.js";

const SANDWELL = { "x-partnership-id": demoPartnershipId("SANDWELL") };
const ROOT = path.resolve(__dirname, "..", "..", "..");
const MAIN = path.join(ROOT, "platform/dist/main.js");

/** `npm start` (the built entry point) with a clean environment plus `env`. */
function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * `NODE_ENV=production npm start` never trusts the demo identity provider: it refuses to start
 * without trusted issuers, and started with them it prints no token and takes none of the demo's.
 */
describe("npm start in production", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "production-start-"));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses to start without trusted issuers, saying what to set, before anything starts", async () => {
    const run = start({ NODE_ENV: "production", DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    const lines = run
      .output()
      .split("\n")
      .filter((line) => line.trim());
    expect(lines).toEqual([
      "npm start: production trusts no identity provider: set TRUSTED_ISSUERS (or TRUSTED_ISSUERS_FILE) to your agencies' identity providers; the demo identity provider is never trusted in production",
    ]);
  }, 60_000);

  it("refuses the demo identity provider named as a trusted issuer", async () => {
    const issuers = [
      { issuer: "partnership-demo-idp", jwksUrl: "https://idp.example/jwks", agencies: [demoAgencyId("WMP")] },
    ];
    const run = start({ NODE_ENV: "production", DATA_DIR: dataDir, TRUSTED_ISSUERS: JSON.stringify(issuers) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/TRUSTED_ISSUERS\.0\.issuer names the demo identity provider/);
  }, 60_000);

  describe("with a trusted issuer", () => {
    let database: TestDatabase;
    let run: ReturnType<typeof start>;
    let gateway: string;
    let partner: Awaited<ReturnType<typeof generateEs256KeyPair>>;

    beforeAll(async () => {
      database = await createTestDatabase({ empty: true });
      partner = await generateEs256KeyPair("wmp-idp");
      const file = path.join(dataDir, "issuers.json");
      await writeFile(
        file,
        JSON.stringify([
          { issuer: "https://login.wmp.example", jwks: { keys: [partner.publicJwk] }, agencies: [demoAgencyId("WMP")] },
        ]),
      );
      const port = await freePort();
      run = start({
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        PORT: String(port),
        SUBGRAPH_BASE_PORT: "0",
        TRUSTED_ISSUERS_FILE: file,
      });
      for (let i = 0; i < 1200 && !run.output().includes("is running"); i++) {
        if (run.child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(run.output()).toContain("Partnership graph is running in production mode");
      gateway = `http://127.0.0.1:${port}`;
    }, 150_000);
    afterAll(async () => {
      run?.child.kill("SIGTERM");
      await run?.exited;
      await database?.drop();
    }, 60_000);

    it("prints no token and names the identity providers it trusts", () => {
      expect(run.output()).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
      expect(run.output()).not.toMatch(/demo users/i);
      expect(run.output()).toContain("Identity providers trusted: https://login.wmp.example");
    });

    it("refuses the demo identity provider's tokens, and has no demo sign-in", async () => {
      const keys = await localKeyPair(path.join(dataDir, "keys", "demo-identity-provider.json"), "demo-idp");
      const demo = await (
        await DemoIdentityProvider.fromJwk(keys.privateJwk)
      ).issue({
        userId: "demo:wmp:caseworker",
        agencyId: demoAgencyId("WMP"),
        roles: [Role.CASEWORKER],
        name: "Demo",
      });
      const refused = await postAs(`${gateway}/graphql`, demo, { query: "{ __typename }" });
      expect(refused.status).toBe(401);
      expect(refused.json?.errors?.[0]?.message).toMatch(/issuer partnership-demo-idp is not trusted/);
      const signIn = await send(`${gateway}/demo/sign-in`, {
        body: JSON.stringify({ agency: "WMP", roles: ["CASEWORKER"] }),
        headers: { "content-type": "application/json" },
      });
      expect(signIn.status).toBe(404);
    });

    it("takes the trusted issuer's tokens for its agency, and not for another", async () => {
      const wmp = await DemoIdentityProvider.fromJwk(partner.privateJwk, undefined, "https://login.wmp.example");
      const own = await wmp.issue({
        userId: "officer",
        agencyId: demoAgencyId("WMP"),
        roles: [Role.CASEWORKER],
        name: "O",
      });
      const answer = await postAs(`${gateway}/graphql`, own, { query: "{ __typename }" }, SANDWELL);
      expect(answer.status).toBe(200);
      expect(answer.json?.data).toEqual({ __typename: "Query" });
      const other = await wmp.issue({
        userId: "x",
        agencyId: demoAgencyId("HFJ"),
        roles: [Role.CASEWORKER],
        name: "X",
      });
      const refused = await postAs(`${gateway}/graphql`, other, { query: "{ __typename }" }, SANDWELL);
      expect(refused.status).toBe(401);
      expect(refused.json?.errors?.[0]?.message).toMatch(/not trusted to speak for agency/);
    });
  });
});
