import { cases } from "@partnership/cases";
import { seedLarge } from "@partnership/cases/seed";
import { governance } from "@partnership/governance";
import { seedRegionalPartnerships } from "@partnership/governance/seed";
import { launchPlatform } from "@partnership/platform";
import {
  AuditEvent,
  AUDIT_MIGRATIONS,
  createLogger,
  generateEs256KeyPair,
  openDataSource,
  systemClock,
  type SubgraphModule,
} from "@partnership/runtime";
import type { RegionPartnership } from "./region.js";

/** How much casework each partnership gets. */
export interface LargeSeedSize {
  concerns: number;
  people: number;
}

/**
 * Fills an empty database with a region's partnerships for benchmarks: every subgraph's schema
 * and the demo (as the platform loads them at start), the partnerships in the directory, then
 * their casework, set-based. Seconds per step, for the log.
 */
export async function seedRegion(
  databaseUrl: string,
  partnerships: readonly RegionPartnership[],
  size: LargeSeedSize,
  progress: (line: string) => void = () => {},
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  let started = performance.now();
  // The platform migrates every schema and loads the demo, whose agencies the region shares.
  const platform = await launchPlatform({
    databaseUrl,
    gatewayPort: 0,
    subgraphBasePort: 0,
    production: false,
    poolSize: 2,
    seedDemo: true,
    clock: systemClock,
    keys: { users: await generateEs256KeyPair("seed"), callerContext: await generateEs256KeyPair("seed") },
    logger: createLogger("bench-seed", "error"),
  });
  await platform.stop();
  timings["schemas and demo"] = performance.now() - started;

  const open = (module: Pick<SubgraphModule, "databaseSchema" | "entities" | "migrations">) =>
    openDataSource({
      url: databaseUrl,
      schema: module.databaseSchema,
      entities: [...module.entities, AuditEvent],
      migrations: [...module.migrations, ...AUDIT_MIGRATIONS],
      poolSize: 2,
      applicationName: "partnership-seed-large",
    });
  started = performance.now();
  const directory = await open(governance);
  try {
    await seedRegionalPartnerships(
      directory,
      partnerships.map((p) => p.directory),
    );
  } finally {
    await directory.destroy();
  }
  timings.directory = performance.now() - started;

  const casework = await open(cases);
  try {
    Object.assign(
      timings,
      await seedLarge(casework, {
        partnerships: partnerships.map((p) => p.casework),
        concerns: size.concerns,
        people: size.people,
        append: false,
        progress,
      }),
    );
  } finally {
    await casework.destroy();
  }
  return timings;
}
