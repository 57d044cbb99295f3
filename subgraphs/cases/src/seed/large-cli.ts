import { parseArgs } from "node:util";
import { AuditEvent, AUDIT_MIGRATIONS, ensureDatabase, openDataSource } from "@partnership/runtime";
import { cases } from "../module.js";
import { seedLarge } from "./large.js";

/**
 * `DATABASE_URL=… npm run seed:large [-- --concerns 250000 --people 1000000 --append]`: a large
 * synthetic partnership for benchmarks, never part of `npm test`.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      concerns: { type: "string", default: "250000" },
      people: { type: "string", default: "1000000" },
      append: { type: "boolean", default: false },
    },
  });
  const concerns = Number(values.concerns);
  const people = Number(values.people);
  if (!Number.isInteger(concerns) || concerns < 1 || !Number.isInteger(people) || people < 1)
    throw new Error("--concerns and --people must be whole numbers of 1 or more");
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/partnership_bench";
  const parsed = new URL(url);
  const database = parsed.pathname.slice(1);
  parsed.pathname = "/postgres";
  await ensureDatabase(parsed.toString(), database);
  const dataSource = await openDataSource({
    url,
    schema: cases.databaseSchema,
    entities: [...cases.entities, AuditEvent],
    migrations: [...cases.migrations, ...AUDIT_MIGRATIONS],
    poolSize: 2,
    applicationName: "partnership-seed-large",
  });
  const started = performance.now();
  try {
    console.log(
      `seeding ${concerns.toLocaleString("en-GB")} concerns and ${people.toLocaleString("en-GB")} people screened into ${database}`,
    );
    const timings = await seedLarge(dataSource, {
      concerns,
      people,
      append: values.append ?? false,
      progress: (line) => process.stdout.write(`\r  ${line}          `),
    });
    process.stdout.write("\n");
    for (const [table, ms] of Object.entries(timings)) console.log(`  ${table.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
