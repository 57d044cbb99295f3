import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AUDIT_MIGRATIONS, dropDatabase, ensureDatabase, withDatabase } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { Client } from "pg";
import { seedRegion } from "./large-seed.js";
import { REGION, regionPartnerships } from "./region.js";

const REPOSITORY = path.resolve(__dirname, "..", "..");

/**
 * Where the suite keeps its embedded PostgreSQL between runs (gitignored, bench/.gitignore): the
 * seeded databases outlive a run, the rest of what a run creates there it drops.
 */
export const CACHE_CLUSTER = path.join(REPOSITORY, "bench", ".cache", "postgres");

/** The files that decide what the large seed holds; the demo it is loaded beside is not read by its stages. */
const SEED_SOURCES = [
  "subgraphs/cases/src/seed/large.ts",
  "subgraphs/governance/src/seed/regional.ts",
  "bench/src/region.ts",
  "bench/src/large-seed.ts",
];

/**
 * The seed's version: a hash of its sources, its sizes and every migration's name (a new
 * migration may change the tables it fills), so a seed built by older code is never reused.
 */
export function seedVersion(): string {
  const hash = createHash("sha256");
  for (const file of SEED_SOURCES) hash.update(`${file}\n${readFileSync(path.join(REPOSITORY, file), "utf8")}\n`);
  hash.update(JSON.stringify(REGION));
  for (const { module } of SUBGRAPHS) for (const migration of module.migrations) hash.update(`${migration.name}\n`);
  for (const migration of AUDIT_MIGRATIONS) hash.update(`${migration.name}\n`);
  return hash.digest("hex").slice(0, 12);
}

/** The two databases the large stages run on: the whole region, and its first partnership alone. */
export interface SeededDatabases {
  /** Connection strings. */
  regional: string;
  single: string;
  version: string;
  /** Seconds each database took to build in this run; absent when it was reused. */
  builtSeconds: { regional?: number; single?: number };
}

/**
 * The region's databases on `server`, named by the seed's version: reused when a finished one is
 * there, built otherwise (under a temporary name, renamed when complete, so a run killed while
 * seeding never leaves a half-filled database that looks finished). Databases of other versions
 * are dropped: they would only fill the disk.
 */
export async function seededDatabases(server: string, log: (line: string) => void): Promise<SeededDatabases> {
  const version = seedVersion();
  const wanted = { regional: `bench_region_${version}`, single: `bench_one_${version}` };
  const existing = await databasesLike(server, "^bench_(region|one)_");
  for (const stale of existing.filter((name) => !Object.values(wanted).includes(name))) {
    log(`dropping ${stale}: an earlier seed version, or left half-built`);
    await dropDatabase(server, stale);
  }
  const builtSeconds: SeededDatabases["builtSeconds"] = {};
  for (const [kind, count] of [
    ["regional", REGION.partnerships],
    ["single", 1],
  ] as const) {
    const name = wanted[kind];
    if (existing.includes(name)) {
      log(`reusing ${name} (${count} partnership(s), seed version ${version})`);
      continue;
    }
    const building = `${name}_building`;
    await ensureDatabase(server, building);
    log(`building ${name}: ${count} partnership(s) × ${REGION.concerns.toLocaleString("en-GB")} concerns`);
    const started = performance.now();
    const timings = await seedRegion(withDatabase(server, building), regionPartnerships(count), REGION, (line) => {
      // The last batch of each table only: a line per table.
      const [done, total] = line.split(": ")[1]?.split(" / ") ?? [];
      if (done === total) log(`  ${line}`);
    });
    log(
      `  ${Object.entries(timings)
        .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
        .join(", ")}`,
    );
    await withClient(server, (client) =>
      client.query(`ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(name)}`),
    );
    builtSeconds[kind] = (performance.now() - started) / 1000;
    log(`built ${name} in ${builtSeconds[kind]!.toFixed(0)} s`);
  }
  return {
    regional: withDatabase(server, wanted.regional),
    single: withDatabase(server, wanted.single),
    version,
    builtSeconds,
  };
}

async function withClient<T>(server: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const databasesLike = (server: string, pattern: string) =>
  withClient(server, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname ~ $1 ORDER BY datname",
      [pattern],
    );
    return rows.map((row) => row.datname);
  });
